extension Rect {
    /// Splits side by side (`first` columns on the left) or stacked (`first` rows on top):
    /// screens lay panes out side by side when wide and stacked when narrow.
    public func split(sideBySide: Bool, first: Int) -> (first: Rect, second: Rect) {
        if sideBySide {
            let parts = splitLeft(first)
            return (parts.left, parts.rest)
        }
        let parts = splitTop(first)
        return (parts.top, parts.rest)
    }
}
