import CNcurses
import VigiaViews

/// Maps (foreground, background) colours to ncurses colour pairs, allocated on first use.
///
/// Why: curses draws with numbered pairs, terminals offer 256, 16, 8 or no colours, and
/// themes are written once for 256. Downgrading happens here, once per pair, with pure
/// functions (`resolve`) that tests check without a terminal. `Color.standard` maps to -1 so
/// the user's own foreground/background (light or transparent terminals) is kept, when the
/// terminal supports default colours.
@MainActor
public final class ColorPairs {
    /// The depth colours are reduced to.
    public let depth: ColorDepth
    /// Whether -1 (the terminal's default colour) may be used in a pair.
    public let defaultColorsAvailable: Bool

    private let pairLimit: Int
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    init(depth: ColorDepth, defaultColorsAvailable: Bool, pairLimit: Int) {
        self.depth = depth
        self.defaultColorsAvailable = defaultColorsAvailable
        self.pairLimit = pairLimit
    }

    /// Number of pairs allocated so far.
    public var allocatedCount: Int { pairs.count }

    /// The pair number for drawing `foreground` on `background`; 0 (the default pair) in
    /// monochrome, for default-on-default, or when the terminal has no pairs left.
    public func pair(foreground: Color, background: Color) -> Int32 {
        guard depth != .none else { return 0 }
        let resolved = Self.resolve(
            foreground: foreground, background: background, depth: depth, defaultColors: defaultColorsAvailable)
        if resolved.foreground == -1 && resolved.background == -1 { return 0 }
        let key = PairKey(foreground: resolved.foreground, background: resolved.background)
        if let existing = pairs[key] { return existing }
        guard Int(nextPair) < pairLimit, init_extended_pair(nextPair, key.foreground, key.background) == OK else {
            // Out of pairs (8-colour terminals offer 64): keep at least the foreground.
            return pairs[PairKey(foreground: key.foreground, background: -1)] ?? 0
        }
        pairs[key] = nextPair
        nextPair += 1
        return pairs[key] ?? 0
    }

    // MARK: - Pure mapping

    /// The curses colour numbers for a pair at `depth`: each colour downgraded, default
    /// colours replaced when the terminal lacks them, and a pair that downgrading made
    /// invisible (the same colour on itself) given a readable foreground.
    public nonisolated static func resolve(
        foreground: Color, background: Color, depth: ColorDepth, defaultColors: Bool = true
    ) -> (foreground: Int32, background: Int32) {
        guard depth != .none else { return (-1, -1) }
        var fg = resolve(foreground, depth: depth)
        var bg = resolve(background, depth: depth)
        if !defaultColors {
            if fg == -1 { fg = 7 }
            if bg == -1 { bg = 0 }
        }
        if fg != -1, fg == bg, foreground != background {
            fg = readableForeground(on: bg, depth: depth)
        }
        return (fg, bg)
    }

    /// One colour at `depth`: -1 for `.standard` (and for everything in monochrome).
    public nonisolated static func resolve(_ color: Color, depth: ColorDepth) -> Int32 {
        switch color {
        case .standard:
            return -1
        case .ansi(let value):
            return downgrade(index: Int(value % 16), to: depth)
        case .indexed(let value):
            return downgrade(index: Int(value), to: depth)
        }
    }

    /// An xterm palette index (0–255) at `depth`.
    public nonisolated static func downgrade(index: Int, to depth: ColorDepth) -> Int32 {
        switch depth {
        case .none:
            return -1
        case .twoFiftySix:
            return Int32(index)
        case .sixteen:
            return Int32(nearestANSI(index: index))
        case .eight:
            let ansi = nearestANSI(index: index)
            // Bright black (grey) would become black and vanish on dark terminals: use white.
            if ansi == 8 { return 7 }
            return Int32(ansi % 8)
        }
    }

    /// The nearest of the 16 ANSI colours (by RGB distance in the xterm palette).
    public nonisolated static func nearestANSI(index: Int) -> Int {
        if index < 16 { return max(0, index) }
        let target = rgb(index: index)
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<16 {
            let c = ansiPalette[candidate]
            let distance = square(c.0 - target.0) + square(c.1 - target.1) + square(c.2 - target.2)
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// The xterm RGB value of a palette index.
    public nonisolated static func rgb(index: Int) -> (Int, Int, Int) {
        switch index {
        case ..<16:
            return ansiPalette[max(0, index)]
        case 16...231:
            let cube = index - 16
            let levels = [0, 95, 135, 175, 215, 255]
            return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
        default:
            let grey = 8 + 10 * (min(index, 255) - 232)
            return (grey, grey, grey)
        }
    }

    /// A foreground that reads on `background` at `depth`.
    nonisolated static func readableForeground(on background: Int32, depth: ColorDepth) -> Int32 {
        let dark: Set<Int32> = [0, 1, 4, 5, 8]
        if depth == .eight { return dark.contains(background) ? 7 : 0 }
        if background >= 16 {
            let (r, g, b) = rgb(index: Int(background))
            return (r * 299 + g * 587 + b * 114) / 1000 < 128 ? 15 : 0
        }
        return dark.contains(background) ? 15 : 0
    }

    /// xterm's default 16 colours.
    nonisolated static let ansiPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private nonisolated static func square(_ value: Int) -> Int { value * value }
}
