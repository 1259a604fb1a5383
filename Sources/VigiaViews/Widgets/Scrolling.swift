/// The scroll arithmetic shared by lists: keep the selection in view, move as little as possible.
public enum Scrolling {
    /// The first visible index for `count` items in `visible` rows, starting from `previous`
    /// (clamped) and moved just enough to show `selected`.
    public static func offset(selected: Int?, count: Int, visible: Int, previous: Int) -> Int {
        guard visible > 0, count > 0 else { return 0 }
        var offset = min(max(0, previous), max(0, count - visible))
        if let selected, selected >= 0, selected < count {
            if selected < offset { offset = selected }
            if selected >= offset + visible { offset = selected - visible + 1 }
        }
        return offset
    }
}
