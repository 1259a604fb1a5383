#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VigiaViews

/// The input loop: waits for input, turns it into `Key`s, asks the caller what to do, and
/// presents frames.
///
/// Why it looks like this:
/// - It blocks in `poll()` on stdin, the signal self-pipe and an optional caller descriptor
///   (follow mode's socket) with no timeout, so an idle dashboard uses no CPU and sends no
///   bytes; all keys that arrived together are handled before one frame is drawn.
/// - It notices a vanished terminal (SSH dropped, pty closed: `POLLHUP`, `EIO`, or input that
///   stays readable but yields nothing) and returns instead of spinning at 100% CPU.
/// - Signals arrive as flags: SIGINT/SIGTERM/SIGHUP end the loop with `.signal`, SIGTSTP
///   suspends the session, SIGCONT and SIGWINCH redraw.
/// - It knows nothing of screens or minimum sizes: `render` draws every size, including the
///   "too small" notice (`TooSmallNotice`); `drive` runs an `InteractiveLoop` on it.
@MainActor
public final class TerminalRunner {
    /// The session being driven.
    public let session: TerminalSession
    /// Draws frames; exposed so callers can force a full redraw (Ctrl-L).
    public let presenter: CanvasPresenter

    /// Consecutive wake-ups with readable input but nothing decoded before the terminal is
    /// considered gone (a closed tty reads as end-of-file forever).
    private let emptyWakeupLimit = 64

    public init(session: TerminalSession) {
        self.session = session
        self.presenter = CanvasPresenter(session: session)
    }

    /// Runs until `handle` returns `.quit`, a quit signal arrives, or the terminal goes away.
    ///
    /// - Parameters:
    ///   - extraFileDescriptor: also wait on this descriptor (e.g. the follow-mode socket);
    ///     `onExtraReadable` runs on the main actor whenever it is readable or closed.
    ///   - render: the frame for a screen size, any size.
    ///   - handle: what to do with a key; `.resize` is passed on after the size is updated.
    public func run(
        extraFileDescriptor: Int32? = nil,
        onExtraReadable: (() -> Disposition)? = nil,
        render: (Size) -> Canvas,
        handle: (Key) -> Disposition
    ) -> Outcome {
        guard session.isOpen else { return .hangup }
        var needsRender = true
        var emptyWakeups = 0
        var extraDescriptor = extraFileDescriptor

        while true {
            // Signals first: they may change what the next frame looks like.
            if let outcome = takeSignals(needsRender: &needsRender, handle: handle) { return outcome }

            // Everything already typed, before a single frame.
            var decoded = 0
            if let outcome = drainInput(decoded: &decoded, needsRender: &needsRender, handle: handle) { return outcome }

            if needsRender {
                presenter.present(render(session.size))
                needsRender = false
            }
            if SignalGuard.hasPendingSignal { continue }

            // Sleep until something happens.
            var descriptors = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: SignalGuard.wakeFileDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            if let extraDescriptor { descriptors.append(pollfd(fd: extraDescriptor, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
            if ready < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .hangup
            }
            let input = descriptors[0].revents
            if input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hangup }
            if descriptors[1].revents != 0 { SignalGuard.drainWakePipe() }
            if descriptors.count > 2, descriptors[2].revents != 0,
               let outcome = serviceExtra(descriptors[2].revents, onExtraReadable: onExtraReadable,
                                          extraDescriptor: &extraDescriptor, needsRender: &needsRender) {
                return outcome
            }

            // Readable input that decodes to nothing, again and again, is a dead terminal.
            if input & Int16(POLLIN) != 0 && decoded == 0 {
                emptyWakeups += 1
                if emptyWakeups >= emptyWakeupLimit || isatty(STDIN_FILENO) != 1 { return .hangup }
            } else {
                emptyWakeups = 0
            }
        }
    }

    /// Acts on the signals that arrived since the last look; returns how the loop ends, if it does.
    private func takeSignals(needsRender: inout Bool, handle: (Key) -> Disposition) -> Outcome? {
        let quitSignal = SignalGuard.takeQuitSignal()
        if quitSignal != 0 { return .signal(quitSignal) }
        if SignalGuard.takeStop() {
            session.suspend()
            _ = SignalGuard.takeContinue()
            presenter.invalidate(clearScreen: true)
            needsRender = true
        }
        if SignalGuard.takeContinue() {
            session.resume()
            presenter.invalidate(clearScreen: true)
            needsRender = true
        }
        if SignalGuard.takeResize(), session.synchronizeSize() {
            presenter.invalidate(clearScreen: true)
            needsRender = true
            if handle(.resize) == .quit { return .quit }
        }
        return nil
    }

    /// Hands every key already typed to `handle`, counting what was decoded; returns how the
    /// loop ends, if it does.
    private func drainInput(decoded: inout Int, needsRender: inout Bool, handle: (Key) -> Disposition) -> Outcome? {
        while true {
            switch InputReader.next() {
            case .key(let key):
                decoded += 1
                if key == .resize {
                    presenter.invalidate(clearScreen: true)
                    needsRender = true
                }
                switch handle(key) {
                case .quit: return .quit
                case .redraw: needsRender = true
                case .continue: break
                }
            case .ignored:
                decoded += 1
            case .empty:
                return nil
            case .hangup:
                return .hangup
            }
        }
    }

    /// The extra descriptor is readable: passes it to `onExtraReadable`, or stops watching it
    /// when there is no one to tell. Returns how the loop ends, if it does.
    private func serviceExtra(
        _ revents: Int16,
        onExtraReadable: (() -> Disposition)?,
        extraDescriptor: inout Int32?,
        needsRender: inout Bool
    ) -> Outcome? {
        guard let onExtraReadable else {
            extraDescriptor = nil
            return nil
        }
        let closed = revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        switch onExtraReadable() {
        case .quit: return .quit
        case .redraw: needsRender = true
        case .continue: break
        }
        // A closed descriptor stays "readable" forever; stop watching it.
        if closed { extraDescriptor = nil }
        return nil
    }
}
