extension JSONParser {
    /// The tree of a file read whole (a deck, a scenario, the map's outlines, the settings),
    /// with malformed JSON failing at once as a `LoadFailure` naming `file` and the position,
    /// as every such file reports it.
    mutating func parse(file: String) throws(LoadFailure) -> JSONNode {
        do {
            return try parse()
        } catch {
            throw .invalid([DataIssue(file: file, position: error.position, path: nil, message: "malformed JSON: \(error.message)")])
        }
    }
}
