/// A selectable row of a list: what it stands for (where Enter and `s` lead), and the text
/// `/` filters on. Selection is remembered by position, so a row needs no string id.
public struct ListRow: Hashable, Sendable {
    public var target: RowTarget
    public var searchText: String

    public init(_ target: RowTarget, searchText: String) {
        self.target = target
        self.searchText = searchText
    }
}
