/// `vigia-terminal-probe`: a test card that shows what Vigía will look like on *this* terminal.
///
/// A user (or an SSH host's administrator) runs it to check, before a briefing, which
/// terminal description was loaded (and whether a fallback was needed), whether the locale
/// allows Unicode, how many colours are available, and how box drawing, braille, block
/// elements, accented names, wide glyphs, attributes and colours render; every key pressed is
/// named on the card. `--self-test-crash` adds a `!` key that crashes on purpose, to check
/// that the terminal is restored after a crash. The VigiaTerminal tests drive it inside tmux.
///
/// Usage: vigia-terminal-probe [--ascii] [--no-mouse] [--theme mono] [--self-test-crash]
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VigiaTerminal
import VigiaViews

func writeError(_ text: String) {
    var bytes = Array(text.utf8)
    bytes.append(UInt8(ascii: "\n"))
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
    writeError("usage: vigia-terminal-probe [--ascii] [--no-mouse] [--theme mono] [--self-test-crash]")
    exit(0)
}
var options = TerminalOptions()
options.forceASCII = arguments.contains("--ascii")
options.mouse = !arguments.contains("--no-mouse")
if let index = arguments.firstIndex(of: "--theme"), index + 1 < arguments.count, arguments[index + 1] == "mono" {
    options.monochrome = true
}
let crashKeyEnabled = arguments.contains("--self-test-crash")

let session: TerminalSession
do {
    session = try TerminalSession(options: options)
} catch let error as TerminalError {
    writeError("vigia-terminal-probe: \(error.description)")
    exit(1)
} catch {
    writeError("vigia-terminal-probe: \(error)")
    exit(1)
}

/// A readable name for a key, as shown on the card.
func describe(_ key: Key) -> String {
    switch key {
    case .character(let character): return "character '\(character)'"
    case .control(let letter): return "Ctrl-\(letter.uppercased())"
    case .function(let number): return "F\(number)"
    case .mouse(let event): return "mouse \(event.kind) at \(event.position.x),\(event.position.y)"
    default: return "\(key)"
    }
}

/// Draws the test card for `size`.
func card(size: Size, capabilities: TerminalCapabilities, lastKey: String) -> Canvas {
    var canvas = Canvas(size: size)
    let bar = Style(attributes: [.reverse, .bold])
    canvas.fill(Rect(x: 0, y: 0, width: size.width, height: 1), with: Cell(" ", style: bar))
    canvas.put(" Vigía terminal probe — press q to quit", x: 0, y: 0, style: bar)
    let requested = capabilities.requestedTerminalName ?? "(unset)"
    var row = 2
    func line(_ label: String, _ text: String, style: Style = .plain) {
        canvas.put(label, x: 1, y: row, style: Style(attributes: .bold))
        canvas.put(text, x: 14, y: row, style: style)
        row += 1
    }
    line("Status:", "probe ready")
    line("Terminal:", "\(capabilities.terminalName) (TERM=\(requested))\(capabilities.usedFallback ? " fallback" : "")")
    line("Unicode:", capabilities.unicode ? "yes" : "no (ASCII fallback)")
    line("Colours:", capabilities.colorDepth.description)
    line("Mouse:", capabilities.mouse ? "on" : "off")
    line("Size:", "\(size.width)x\(size.height)")
    row += 1
    line("Box:", "┌──┬──┐ ├──┼──┤ └──┴──┘ │")
    line("Braille:", "⠁⠃⠇⡇⣇⣧⣷⣿ ⢀⣀⣠⣤⣴⣶⣾⣿")
    line("Blocks:", "▁▂▃▄▅▆▇█ ░▒▓")
    line("Accents:", "Bogotá, São Paulo, Perú, Ñuñoa, Córdoba")
    line("Wide:", "漢字 (two columns each)")
    canvas.put("Attributes:", x: 1, y: row, style: Style(attributes: .bold))
    var x = 14
    for (name, attribute) in [("bold", TextAttributes.bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline)] {
        x += canvas.put(name, x: x, y: row, style: Style(attributes: attribute)) + 1
    }
    row += 1
    canvas.put("ANSI 16:", x: 1, y: row, style: Style(attributes: .bold))
    for index in 0..<16 {
        canvas.put("  ", x: 14 + index * 2, y: row, style: Style(background: .ansi(UInt8(index))))
    }
    row += 1
    canvas.put("256 cube:", x: 1, y: row, style: Style(attributes: .bold))
    for index in 0..<32 {
        canvas.put(" ", x: 14 + index, y: row, style: Style(background: .indexed(UInt8(16 + index * 7))))
    }
    row += 2
    let keyRow = row
    line("Last key:", lastKey)
    line("Keys:", "arrows, PgUp/PgDn, Home/End, F-keys, mouse; Ctrl-L redraws; q quits")
    if crashKeyEnabled { line("Crash test:", "press ! to crash on purpose (the terminal must come back)") }
    canvas.cursor = Point(x: 14, y: keyRow)
    return canvas
}

var lastKey = "none"
let runner = TerminalRunner(session: session)
let outcome = runner.run(
    render: { size in
        TooSmallNotice.canvas(size: size, minimum: Frame.minimumSize, glyphs: session.capabilities.unicode ? .unicode : .ascii,
                              style: Style(attributes: .bold))
            ?? card(size: size, capabilities: session.capabilities, lastKey: lastKey)
    },
    handle: { key in
        switch key {
        case .character("q"):
            return .quit
        case .character("!") where crashKeyEnabled:
            fatalError("vigia-terminal-probe: self-test crash")
        case .control("l"):
            runner.presenter.invalidate(clearScreen: true)
        default:
            break
        }
        lastKey = describe(key)
        return .redraw
    }
)
session.close()
exit(outcome.exitStatus)
