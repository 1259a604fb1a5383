/// Records decoded from one file, each remembering its index in the file's array.
///
/// Records that failed to decode are left out (their errors are already reported), so the
/// index is what lets later rules still point at the right `$.key[n]`.
public struct RecordList<Record: Sendable>: Sendable {
    public private(set) var records: [Record] = []
    public private(set) var indices: [Int] = []
    let file: DataFile

    init(file: DataFile) {
        self.file = file
    }

    /// The string fields of the objects that failed to decode; their ids still count, so one
    /// broken record does not also make every reference to it "dangling".
    private(set) var undecoded: [[String: String]] = []

    mutating func appendUndecoded(_ strings: [String: String]) {
        if !strings.isEmpty { undecoded.append(strings) }
    }

    /// The decoded records' keys plus whatever string the undecoded elements hold in `field`.
    func identifiers(_ key: (Record) -> String, field: String) -> Set<String> {
        var ids = Set(records.map(key))
        for strings in undecoded {
            if let value = strings[field] { ids.insert(value) }
        }
        return ids
    }

    /// Room for `count` records, when the file says how many it holds: a quarter million
    /// records appended one by one would be copied into ever larger arrays on the way.
    mutating func reserveCapacity(_ count: Int) {
        records.reserveCapacity(count)
        indices.reserveCapacity(count)
    }

    mutating func append(_ record: Record, index: Int) {
        records.append(record)
        indices.append(index)
    }

    /// The JSON path of the `position`-th decoded record, optionally down to one field.
    func path(_ position: Int, _ fields: JSONPath.Component...) -> JSONPath {
        JSONPath([.key(file.key), .index(indices[position])] + fields)
    }
}
