/// `vigia-floor`: the least a curses program can do, as the baseline for `vigia-bench`.
///
/// It opens the terminal exactly as the dashboard does (`TerminalSession`: locale, signal
/// handling, `newterm`, colours, mouse), presents a one-line canvas through the same
/// `CanvasPresenter`, and exits on its own. The time from exec until its line appears is the
/// floor for Vigía's first frame: process start-up, the Swift runtime, dynamic linking and
/// ncurses initialisation, with no data and no layout.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VigiaTerminal
import VigiaViews

/// The line the benchmark waits for; nothing else on the screen contains it.
let readyLine = "vigia-floor ready"

let status: Int32 = MainActor.assumeIsolated {
    let session: TerminalSession
    do {
        session = try TerminalSession()
    } catch {
        var message = Array("vigia-floor: \(error)\n".utf8)
        _ = message.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        return 1
    }
    var canvas = Canvas(size: session.size)
    canvas.put(readyLine, x: 0, y: 0)
    CanvasPresenter(session: session).present(canvas)
    session.close()
    return 0
}
exit(status)
