#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import VigiaViews

/// The one place that reads input from curses.
///
/// The window is in `nodelay` mode: the runner has already waited in `poll()` (so an idle
/// dashboard sleeps in the kernel), and this drains what is there. Mouse reports are fetched
/// with `getmouse` and translated to `MouseButtons`, then everything goes through the pure
/// `KeyDecoder`.
@MainActor
enum InputReader {
    enum Event: Equatable {
        /// A key the dashboard understands.
        case key(Key)
        /// Input that was read but means nothing to the dashboard.
        case ignored
        /// Nothing left to read.
        case empty
        /// The terminal is gone (read failed with EIO/ENXIO).
        case hangup
    }

    /// Input read after an Escape that turned out to start no known sequence, handed out as
    /// typed before anything else is read.
    private static var pending: [RawInput] = []

    static func next() -> Event {
        if !pending.isEmpty { return event(for: pending.removeFirst()) }
        var character: wint_t = 0
        errno = 0
        let result = wget_wch(vigia_stdscr(), &character)
        if result == ERR {
            if errno == EIO || errno == ENXIO || errno == EBADF { return .hangup }
            return .empty
        }
        if result == vigia_key_code_yes() { return event(for: .keyCode(Int32(character))) }
        if character == 27 { return escape() }
        return event(for: .character(UInt32(character)))
    }

    private static func event(for input: RawInput) -> Event {
        if input == .keyCode(KeyDecoder.Code.mouse) { return mouse() }
        return KeyDecoder.decode(input).map(Event.key) ?? .ignored
    }

    /// An Escape, or the key of the sequence that follows it at once (Home as `ESC [ 1 ~`
    /// under a terminal type whose entry names other bytes).
    private static func escape() -> Event {
        var following: [UInt32] = []
        var character: wint_t = 0
        while true {
            let result = wget_wch(vigia_stdscr(), &character)
            if result == ERR { break }
            if result == vigia_key_code_yes() {
                pending.append(.keyCode(Int32(character)))
                break
            }
            following.append(UInt32(character))
            let match = KeyDecoder.decodeEscape(following)
            if case .key(let key) = match { return .key(key) }
            if match == .none { break }
        }
        pending.insert(contentsOf: following.map(RawInput.character), at: 0)
        return .key(.escape)
    }

    private static func mouse() -> Event {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .ignored }
        var buttons: MouseButtons = []
        if event.bstate & vigia_button1_pressed() != 0 { buttons.insert(.button1Pressed) }
        if event.bstate & vigia_button1_clicked() != 0 { buttons.insert(.button1Clicked) }
        if event.bstate & vigia_button4_pressed() != 0 { buttons.insert(.wheelUp) }
        if vigia_button5_pressed() != 0, event.bstate & vigia_button5_pressed() != 0 { buttons.insert(.wheelDown) }
        return KeyDecoder.decodeMouse(buttons: buttons, x: Int(event.x), y: Int(event.y)).map(Event.key) ?? .ignored
    }
}
