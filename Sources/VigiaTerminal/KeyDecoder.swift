import VigiaViews

/// Turns raw curses input into the terminal-agnostic `Key` of VigiaViews.
///
/// Pure on purpose: every terminal sends something slightly different (Backspace as 127, 8
/// or `KEY_BACKSPACE`; Enter as `\r`, `\n` or `KEY_ENTER`; Home as `KEY_HOME`, `KEY_FIND` or
/// keypad `KEY_A1`), and these mappings are tested from raw codes without a terminal. The
/// curses call itself lives in `InputReader`.
public enum KeyDecoder {
    /// curses key codes (values from `<curses.h>`), named here so the table below reads well.
    public enum Code {
        public static let down: Int32 = 0o402
        public static let up: Int32 = 0o403
        public static let left: Int32 = 0o404
        public static let right: Int32 = 0o405
        public static let home: Int32 = 0o406
        public static let backspace: Int32 = 0o407
        public static let function0: Int32 = 0o410
        public static let deleteCharacter: Int32 = 0o512
        public static let nextPage: Int32 = 0o522
        public static let previousPage: Int32 = 0o523
        public static let enter: Int32 = 0o527
        public static let keypadA1: Int32 = 0o534
        public static let keypadA3: Int32 = 0o535
        public static let keypadB2: Int32 = 0o536
        public static let keypadC1: Int32 = 0o537
        public static let keypadC3: Int32 = 0o540
        public static let backTab: Int32 = 0o541
        public static let end: Int32 = 0o550
        public static let find: Int32 = 0o552
        public static let select: Int32 = 0o601
        public static let mouse: Int32 = 0o631
        public static let resize: Int32 = 0o632
    }

    /// The key for one `wget_wch` result, or nil for input the dashboard ignores
    /// (other control codes, unknown function keys, C1 controls).
    public static func decode(_ input: RawInput) -> Key? {
        switch input {
        case .character(let value):
            return decodeCharacter(value)
        case .keyCode(let code):
            return decodeKeyCode(code)
        }
    }

    /// The key for a mouse report, or nil for events the dashboard does not use.
    /// Coordinates are the cell under the pointer (zero-based, as curses reports them).
    public static func decodeMouse(buttons: MouseButtons, x: Int, y: Int) -> Key? {
        let position = Point(x: x, y: y)
        if buttons.contains(.wheelUp) { return .mouse(MouseEvent(kind: .wheelUp, position: position)) }
        if buttons.contains(.wheelDown) { return .mouse(MouseEvent(kind: .wheelDown, position: position)) }
        if !buttons.isDisjoint(with: [.button1Pressed, .button1Clicked]) {
            return .mouse(MouseEvent(kind: .click, position: position))
        }
        return nil
    }

    /// What the characters read after an Escape make of it.
    public enum EscapeMatch: Equatable, Sendable {
        /// A whole sequence: the key it stands for.
        case key(Key)
        /// The start of a sequence: read on.
        case partial
        /// No sequence: an Escape, then the characters as typed.
        case none
    }

    /// Home, End and the other navigation keys as terminals send them when their terminfo
    /// entry names other bytes (xterm's entry says `ESC O H` for Home; inside tmux or in
    /// normal cursor mode it arrives as `ESC [ H` or `ESC [ 1 ~`). curses hands such a
    /// sequence over as an Escape and its characters; read as keys, `ESC [ 1 ~` would be the
    /// digit 1 and show the Overview.
    static let escapeSequences: [String: Key] = [
        "[H": .home, "OH": .home, "[1~": .home, "[7~": .home,
        "[F": .end, "OF": .end, "[4~": .end, "[8~": .end,
        "[5~": .pageUp, "[6~": .pageDown, "[3~": .delete, "[Z": .backTab,
        "[A": .up, "[B": .down, "[C": .right, "[D": .left,
        "OA": .up, "OB": .down, "OC": .right, "OD": .left,
    ]

    /// The meaning of `following`, the characters read after an Escape so far.
    public static func decodeEscape(_ following: [UInt32]) -> EscapeMatch {
        let text = String(String.UnicodeScalarView(following.compactMap(Unicode.Scalar.init)))
        guard text.unicodeScalars.count == following.count, !text.isEmpty else { return .none }
        if let key = escapeSequences[text] { return .key(key) }
        return escapeSequences.keys.contains { $0.hasPrefix(text) } ? .partial : .none
    }

    private static func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26:
            // Ctrl-A … Ctrl-Z, except those taken above (Ctrl-H, Ctrl-I, Ctrl-J, Ctrl-M).
            guard let scalar = Unicode.Scalar(value + 0x60) else { return nil }
            return .control(Character(scalar))
        case 0..<32, 0x80..<0xA0:
            return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    private static func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case Code.up: return .up
        case Code.down: return .down
        case Code.left: return .left
        case Code.right: return .right
        case Code.home, Code.find, Code.keypadA1: return .home
        case Code.end, Code.select, Code.keypadC1: return .end
        case Code.previousPage, Code.keypadA3: return .pageUp
        case Code.nextPage, Code.keypadC3: return .pageDown
        case Code.enter: return .enter
        case Code.backspace: return .backspace
        case Code.deleteCharacter: return .delete
        case Code.backTab: return .backTab
        case Code.resize: return .resize
        case (Code.function0 + 1)...(Code.function0 + 63): return .function(Int(code - Code.function0))
        default: return nil
        }
    }
}
