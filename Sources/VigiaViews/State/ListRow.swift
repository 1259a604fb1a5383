/// A selectable row of a list: what it drills into, and the text `/` filters on.
public struct ListRow: Hashable, Sendable {
    public var id: String
    public var searchText: String

    public init(id: String, searchText: String) {
        self.id = id
        self.searchText = searchText
    }
}
