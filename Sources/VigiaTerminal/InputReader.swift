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

    static func next() -> Event {
        var character: wint_t = 0
        errno = 0
        let result = wget_wch(vigia_stdscr(), &character)
        if result == ERR {
            if errno == EIO || errno == ENXIO || errno == EBADF { return .hangup }
            return .empty
        }
        if result == vigia_key_code_yes() {
            if Int32(character) == KeyDecoder.Code.mouse { return mouse() }
            return KeyDecoder.decode(.keyCode(Int32(character))).map(Event.key) ?? .ignored
        }
        return KeyDecoder.decode(.character(UInt32(character))).map(Event.key) ?? .ignored
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
