/// Decodes each array element of each file on its own, so one bad record never hides the rest.
struct RecordDecoder {
    let arrays: [DataFile: [JSONNode]]
    var log: IssueLog

    mutating func decode<Record: Decodable & Sendable>(_ file: DataFile, as type: Record.Type = Record.self) -> RecordList<Record> {
        var list = RecordList<Record>(file: file)
        guard let items = arrays[file] else { return list }
        let base = JSONPath([.key(file.key)])
        // One collector per file, emptied after each record, so field names are listed once.
        let collector = NodeDecoder.Collector()
        for (index, item) in items.enumerated() {
            collector.unknownFields.removeAll(keepingCapacity: true)
            let decoder = NodeDecoder(node: item, basePath: base, codingPath: [IndexKey(index)], collector: collector)
            do {
                list.append(try Record(from: decoder), index: index)
            } catch let error as DecodingError {
                report(error, file: file, base: base)
                list.appendUndecoded(item)
            } catch {
                log.add(file, path: base.appending(index), "\(error)")
                list.appendUndecoded(item)
            }
            for unknown in collector.unknownFields {
                let field = unknown.path.components.last.flatMap { if case .key(let key) = $0 { return key } else { return nil } } ?? ""
                // Built only if listed: a hostile record may carry thousands of unknown fields.
                log.add(file, at: unknown.position, path: unknown.path,
                        "unknown field \"\(field)\"" + (Suggestion.closest(to: field, among: unknown.known).map { " (did you mean \"\($0)\"?)" } ?? ""))
            }
        }
        return list
    }

    private mutating func report(_ error: DecodingError, file: DataFile, base: JSONPath) {
        switch error {
        case .keyNotFound(let key, let context):
            let path = JSONPath(codingPath: context.codingPath, under: base)
            log.add(file, path: path, "missing required field \"\(key.stringValue)\"")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = JSONPath(codingPath: context.codingPath, under: base)
            log.add(file, path: path, context.debugDescription)
        @unknown default:
            log.add(file, path: base, "\(error)")
        }
    }
}
