/// Something the user asked for, decoded from a key by the key map (or from a command).
public enum Action: Hashable, Sendable {
    case moveUp, moveDown, moveLeft, moveRight
    case pageUp, pageDown, jumpToTop, jumpToBottom
    case nextPane, previousPane
    case show(ScreenID)
    case drill, back
    case toggleMeasure, togglePick, toggleAllDecrees
    case zoomIn, zoomOut
    case openSource
    case help
    case beginFilter, beginCommand
    /// A key typed while a filter or command line is open.
    case edit(Key)
    case quit
    /// A terminal resize: nothing to change, but the frame must be redrawn.
    case redraw
}
