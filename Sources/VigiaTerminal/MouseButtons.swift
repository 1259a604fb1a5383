/// The mouse events the dashboard asks curses for, independent of curses' bit layout.
///
/// curses encodes buttons in computed macros (`BUTTON1_PRESSED` …) that Swift cannot
/// import; the input reader translates them into this set so `KeyDecoder` stays pure.
public struct MouseButtons: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let button1Pressed = MouseButtons(rawValue: 1 << 0)
    public static let button1Clicked = MouseButtons(rawValue: 1 << 1)
    public static let wheelUp = MouseButtons(rawValue: 1 << 2)
    public static let wheelDown = MouseButtons(rawValue: 1 << 3)
}
