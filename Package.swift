// swift-tools-version:6.0
import PackageDescription

/// Release builds reach generic type metadata through its accessors, not by mangled name:
/// making a type from its name has the runtime check its generic requirements by scanning every
/// conformance record of every loaded library (Foundation's included) the first time each type
/// is used, about 7 M instructions before the dashboard's first frame (Docs/performance.md).
/// Not for `VigiaModel`: it is a library product, and another package cannot depend on a target
/// built with unsafe flags.
let releaseSettings: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

let package = Package(
    name: "Vigia",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vigia", targets: ["vigia"]),
        .library(name: "VigiaModel", targets: ["VigiaModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The shared model library: Foundation only, never UI.
        .target(name: "VigiaModel"),
        // Terminal-agnostic UI: canvas, widgets, screens, state.
        .target(name: "VigiaViews", dependencies: ["VigiaModel"], swiftSettings: releaseSettings),
        // The only place that talks to ncurses.
        // No pkgConfig: SwiftPM would drop ncursesw.pc's -D flags with a warning; shim.h defines them.
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
        .target(name: "VigiaTerminal", dependencies: ["VigiaViews", "CNcurses"], swiftSettings: releaseSettings),
        // Follow mode: the briefing protocol and its Unix-socket server and client (no ncurses).
        .target(name: "VigiaBriefing", dependencies: ["VigiaViews", "VigiaModel"], swiftSettings: releaseSettings),
        .executableTarget(
            name: "vigia",
            dependencies: [
                "VigiaModel", "VigiaViews", "VigiaTerminal", "VigiaBriefing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: releaseSettings
        ),
        .testTarget(name: "VigiaModelTests", dependencies: ["VigiaModel"], exclude: ["Fixtures", "Hostile"]),
        .testTarget(name: "VigiaViewsTests", dependencies: ["VigiaViews", "VigiaModel"], exclude: ["Renders"]),
        .testTarget(name: "VigiaBriefingTests", dependencies: ["VigiaBriefing", "VigiaViews", "VigiaModel"]),
        // Diagnostic test card for a user's terminal; also driven by VigiaTerminalTests in tmux.
        .executableTarget(name: "vigia-terminal-probe", dependencies: ["VigiaTerminal", "VigiaViews"]),
        // The benchmark (Docs/performance.md): its pseudo-terminal helpers, the floor it compares
        // the first frame with, and the benchmark itself.
        .target(name: "CPseudoTerminal"),
        .executableTarget(name: "vigia-floor", dependencies: ["VigiaTerminal", "VigiaViews"], swiftSettings: releaseSettings),
        .executableTarget(
            name: "vigia-bench",
            dependencies: [
                "VigiaModel", "VigiaViews", "CPseudoTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "VigiaCommandTests", dependencies: ["vigia"]),
        // Also drives the built `vigia` and probe binaries in real processes and terminals (tmux).
        .testTarget(name: "VigiaTerminalTests", dependencies: ["VigiaTerminal", "VigiaViews"]),
    ]
)
