/// Decodes each element of a file's array on its own, straight from the tape, so one bad
/// record never hides the rest.
struct RecordDecoder {
    var log: IssueLog

    /// The records of `file`, whose array is the entry `array` of `tape` (none without one).
    ///
    /// `read` reads a record by its fields (`TapeFields`): a record it refuses is decoded again
    /// through `Decodable`, whose error is the one reported.
    mutating func decode<Record: Decodable & Sendable>(_ file: DataFile, from tape: JSONTape?, array: Int?, located: LocatedFile?,
                                                       read: (TapeDecoder) throws -> Record) -> RecordList<Record> {
        var list = RecordList<Record>(file: file)
        guard let tape, let array else { return list }
        tape.withView { view in
            let base = JSONPath([.key(file.key)])
            // One context per file, so field names are listed once and decoders allocate nothing.
            let decoding = TapeDecoding(view: view)
            var item = array + 1
            let end = Int(view.entries[array].payload)
            var index = 0
            list.reserveCapacity(view.count(of: array))
            while item < end {
                defer {
                    item = view.next(after: item)
                    index += 1
                }
                // Every record is an object; saying so here spares a hostile file of millions of
                // bad elements a thrown error each (the message is the one decoding would throw).
                guard view.entries[item].kind == .object else {
                    log.add(file, path: base.appending(index), "expected an object, found \(view.typeName(at: item))")
                    continue
                }
                decoding.record = item
                decoding.recordIndex = index
                decoding.unknownFields.removeAll(keepingCapacity: true)
                decodeRecord(TapeDecoder(decoding: decoding, entry: item), index: index, into: &list, file: file, base: base, read: read)
                for unknown in decoding.unknownFields {
                    let field = view.string(at: unknown.key)
                    // Built only if listed: a hostile record may carry thousands of unknown fields.
                    log.add(file, at: located?.position(ofEntry: unknown.key), path: JSONPath(codingPath: decoding.codingPath(to: unknown.container), under: base).appending(field),
                            "unknown field \"\(field)\"" + (Suggestion.closest(to: field, among: unknown.known).map { " (did you mean \"\($0)\"?)" } ?? ""))
                }
            }
        }
        return list
    }

    /// Decodes one record through `read`, or through `Decodable` when `read` refuses it,
    /// reporting `Decodable`'s error.
    private mutating func decodeRecord<Record: Decodable>(_ decoder: TapeDecoder, index: Int, into list: inout RecordList<Record>, file: DataFile, base: JSONPath,
                                                          read: (TapeDecoder) throws -> Record) {
        if let record = try? read(decoder) {
            list.append(record, index: index)
            return
        }
        // Checked again from the start, so each unknown field is noted once.
        decoder.decoding.unknownFields.removeAll(keepingCapacity: true)
        do {
            list.append(try Record(from: decoder), index: index)
        } catch let error as DecodingError {
            report(error, file: file, base: base)
            list.appendUndecoded(Self.strings(of: decoder.entry, in: decoder.tape))
        } catch {
            log.add(file, path: base.appending(index), "\(error)")
            list.appendUndecoded(Self.strings(of: decoder.entry, in: decoder.tape))
        }
    }

    /// The string members of an object that failed to decode, by key.
    private static func strings(of object: Int, in tape: JSONTape.View) -> [String: String] {
        var strings: [String: String] = [:]
        tape.forEachMember(of: object) { key, value in
            if tape.entries[value].kind == .string { strings[tape.string(at: key)] = tape.string(at: value) }
        }
        return strings
    }

    private mutating func report(_ error: DecodingError, file: DataFile, base: JSONPath) {
        switch error {
        case .keyNotFound(let key, let context):
            log.add(file, path: JSONPath(codingPath: context.codingPath, under: base), "missing required field \"\(key.stringValue)\"")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            log.add(file, path: JSONPath(codingPath: context.codingPath, under: base), context.debugDescription)
        @unknown default:
            log.add(file, path: base, "\(error)")
        }
    }
}
