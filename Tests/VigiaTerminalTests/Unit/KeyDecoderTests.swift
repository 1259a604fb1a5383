import Testing
import VigiaViews
@testable import VigiaTerminal

/// Raw `wget_wch` codes, as terminals send them, decoded to keys.
@Suite struct KeyDecoderTests {
    @Test func arrowsAndNavigationKeyCodes() {
        // Values from <curses.h>.
        #expect(KeyDecoder.decode(.keyCode(0o403)) == .up)
        #expect(KeyDecoder.decode(.keyCode(0o402)) == .down)
        #expect(KeyDecoder.decode(.keyCode(0o404)) == .left)
        #expect(KeyDecoder.decode(.keyCode(0o405)) == .right)
        #expect(KeyDecoder.decode(.keyCode(0o523)) == .pageUp)
        #expect(KeyDecoder.decode(.keyCode(0o522)) == .pageDown)
        #expect(KeyDecoder.decode(.keyCode(0o406)) == .home)
        #expect(KeyDecoder.decode(.keyCode(0o550)) == .end)
        #expect(KeyDecoder.decode(.keyCode(0o512)) == .delete)
    }

    @Test func homeAndEndVariantsOfOtherTerminals() {
        #expect(KeyDecoder.decode(.keyCode(0o552)) == .home)  // KEY_FIND (vt220, PuTTY)
        #expect(KeyDecoder.decode(.keyCode(0o601)) == .end)  // KEY_SELECT
        #expect(KeyDecoder.decode(.keyCode(0o534)) == .home)  // keypad A1
        #expect(KeyDecoder.decode(.keyCode(0o537)) == .end)  // keypad C1
        #expect(KeyDecoder.decode(.keyCode(0o535)) == .pageUp)  // keypad A3
        #expect(KeyDecoder.decode(.keyCode(0o540)) == .pageDown)  // keypad C3
    }

    /// The bytes after ESC, as xterm-type terminals send Home and End when their terminfo entry
    /// names others: they are Home and End, never "[", a digit (which would switch screens) and "~".
    @Test func homeAndEndAsEscapeSequences() {
        func bytes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        for home in ["[H", "OH", "[1~", "[7~"] { #expect(KeyDecoder.decodeEscape(bytes(home)) == .key(.home), "ESC \(home)") }
        for end in ["[F", "OF", "[4~", "[8~"] { #expect(KeyDecoder.decodeEscape(bytes(end)) == .key(.end), "ESC \(end)") }
        #expect(KeyDecoder.decodeEscape(bytes("[5~")) == .key(.pageUp))
        #expect(KeyDecoder.decodeEscape(bytes("[A")) == .key(.up))
        #expect(KeyDecoder.decodeEscape(bytes("[")) == .partial)
        #expect(KeyDecoder.decodeEscape(bytes("[1")) == .partial)
        #expect(KeyDecoder.decodeEscape(bytes("1")) == .none, "Escape then 1 is Escape, then the Overview")
        #expect(KeyDecoder.decodeEscape(bytes("[1x")) == .none)
        #expect(KeyDecoder.decodeEscape([]) == .none)
    }

    @Test(arguments: [UInt32(13), 10])
    func enterAsCharacter(code: UInt32) {
        #expect(KeyDecoder.decode(.character(code)) == .enter)
    }

    @Test func enterAsKeyCode() {
        #expect(KeyDecoder.decode(.keyCode(0o527)) == .enter)
    }

    @Test func escapeTabAndBackTab() {
        #expect(KeyDecoder.decode(.character(27)) == .escape)
        #expect(KeyDecoder.decode(.character(9)) == .tab)
        #expect(KeyDecoder.decode(.keyCode(0o541)) == .backTab)
    }

    @Test func backspaceInAllItsForms() {
        #expect(KeyDecoder.decode(.character(127)) == .backspace)
        #expect(KeyDecoder.decode(.character(8)) == .backspace)
        #expect(KeyDecoder.decode(.keyCode(0o407)) == .backspace)
    }

    @Test func functionKeys() {
        #expect(KeyDecoder.decode(.keyCode(0o411)) == .function(1))
        #expect(KeyDecoder.decode(.keyCode(0o410 + 12)) == .function(12))
        #expect(KeyDecoder.decode(.keyCode(0o410 + 63)) == .function(63))
        #expect(KeyDecoder.decode(.keyCode(0o410)) == nil)  // F0 does not exist on keyboards
    }

    @Test func controlLetters() {
        #expect(KeyDecoder.decode(.character(1)) == .control("a"))
        #expect(KeyDecoder.decode(.character(12)) == .control("l"))
        #expect(KeyDecoder.decode(.character(26)) == .control("z"))
        #expect(KeyDecoder.decode(.character(3)) == .control("c"))
    }

    @Test func otherControlCodesAreIgnored() {
        #expect(KeyDecoder.decode(.character(0)) == nil)
        #expect(KeyDecoder.decode(.character(28)) == nil)
        #expect(KeyDecoder.decode(.character(31)) == nil)
        #expect(KeyDecoder.decode(.character(0x9B)) == nil)  // C1 CSI
    }

    @Test func printableCharactersIncludingNonASCII() {
        #expect(KeyDecoder.decode(.character(0x71)) == .character("q"))
        #expect(KeyDecoder.decode(.character(0x20)) == .character(" "))
        #expect(KeyDecoder.decode(.character(0x2F)) == .character("/"))
        #expect(KeyDecoder.decode(.character(0xF1)) == .character("ñ"))
        #expect(KeyDecoder.decode(.character(0xE9)) == .character("é"))
        #expect(KeyDecoder.decode(.character(0x20AC)) == .character("€"))
        #expect(KeyDecoder.decode(.character(0x1F600)) == .character("😀"))
    }

    @Test func invalidScalarsAreIgnored() {
        #expect(KeyDecoder.decode(.character(0xD800)) == nil)  // lone surrogate
        #expect(KeyDecoder.decode(.character(0x110000)) == nil)
    }

    @Test func resizeAndUnknownKeyCodes() {
        #expect(KeyDecoder.decode(.keyCode(0o632)) == .resize)
        #expect(KeyDecoder.decode(.keyCode(0o1000)) == nil)
    }

    @Test func mouseClicksAndWheel() {
        #expect(KeyDecoder.decodeMouse(buttons: .button1Pressed, x: 3, y: 4)
            == .mouse(MouseEvent(kind: .click, position: Point(x: 3, y: 4))))
        #expect(KeyDecoder.decodeMouse(buttons: .button1Clicked, x: 0, y: 0)
            == .mouse(MouseEvent(kind: .click, position: Point(x: 0, y: 0))))
        #expect(KeyDecoder.decodeMouse(buttons: .wheelUp, x: 10, y: 2)
            == .mouse(MouseEvent(kind: .wheelUp, position: Point(x: 10, y: 2))))
        #expect(KeyDecoder.decodeMouse(buttons: .wheelDown, x: 10, y: 2)
            == .mouse(MouseEvent(kind: .wheelDown, position: Point(x: 10, y: 2))))
        #expect(KeyDecoder.decodeMouse(buttons: [], x: 1, y: 1) == nil)
    }
}
