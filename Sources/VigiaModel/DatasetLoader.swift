import Foundation

/// Loads, decodes and validates a data folder, reporting every problem in one pass.
///
/// Reading never writes: the folder is opened read-only, and nothing is cached beside it.
public enum DatasetLoader {
    /// Loads the folder at `folder`; `displayPath` is how errors name it (as the user typed it).
    public static func load(from folder: URL, displayPath: String? = nil) throws(LoadFailure) -> Dataset {
        let shown = displayPath ?? folder.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missing([DataIssue(file: shown, position: nil, path: nil, message: "no such data folder")])
        }
        var displayPaths: [DataFile: String] = [:]
        for file in DataFile.allCases {
            displayPaths[file] = (shown as NSString).appendingPathComponent(file.fileName)
        }
        var log = IssueLog(displayPaths: displayPaths)
        var missing: [DataIssue] = []
        var arrays: [DataFile: [JSONNode]] = [:]

        for file in DataFile.allCases {
            let url = folder.appendingPathComponent(file.fileName)
            let bytes: [UInt8]
            do {
                bytes = try readBounded(url)
            } catch let failure as ReadFailure {
                switch failure {
                case .missing(let reason):
                    missing.append(DataIssue(file: displayPaths[file]!, position: nil, path: nil, message: reason))
                case .tooLarge(let size):
                    log.add(file, at: nil, path: nil, "the file is \(size / 1_048_576) MB; the limit is \(DataFile.maximumBytes / 1_048_576) MB")
                }
                continue
            } catch {
                missing.append(DataIssue(file: displayPaths[file]!, position: nil, path: nil, message: error.localizedDescription))
                continue
            }
            var parser = JSONParser(bytes: bytes)
            let tree: JSONNode
            do {
                tree = try parser.parse()
            } catch {
                log.add(file, at: error.position, path: nil, "malformed JSON: \(error.message)")
                continue
            }
            log.register(tree, for: file)
            for duplicate in parser.duplicateKeys {
                log.add(file, at: duplicate.position, path: duplicate.path, "duplicate key \"\(duplicate.key)\" (first at \(duplicate.firstPosition)); only the first is used")
            }
            checkScalars(tree, path: .root, file: file, log: &log)
            if let items = topLevelArray(tree, file: file, log: &log) { arrays[file] = items }
        }
        if !missing.isEmpty { throw .missing(missing) }

        var decoder = RecordDecoder(arrays: arrays, log: log)
        let folderRecords = DecodedFolder(
            sources: decoder.decode(.sources),
            countries: decoder.decode(.countries),
            regions: decoder.decode(.regions),
            population: decoder.decode(.population),
            homicides: decoder.decode(.homicides),
            regionalHomicides: decoder.decode(.regionalHomicides),
            monthlyHomicides: decoder.decode(.monthlyHomicides),
            decrees: decoder.decode(.decrees),
            events: decoder.decode(.events),
            programs: decoder.decode(.programs),
            programFunding: decoder.decode(.programFunding),
            usAid: decoder.decode(.usAid),
            lessons: decoder.decode(.lessons),
            claims: decoder.decode(.claims)
        )
        log = decoder.log
        Validator(folder: folderRecords).validate(into: &log)
        if !log.issues.isEmpty { throw .invalid(log.issues) }
        return Dataset(folderRecords)
    }

    private enum ReadFailure: Error {
        case missing(String)
        case tooLarge(Int)
    }

    private static func readBounded(_ url: URL) throws -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        } catch {
            throw ReadFailure.missing("no such file")
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory { throw ReadFailure.missing("is a folder, expected a JSON file") }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > DataFile.maximumBytes { throw ReadFailure.tooLarge(size) }
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw ReadFailure.missing("cannot be opened for reading") }
        defer { try? handle.close() }
        let data = try handle.read(upToCount: DataFile.maximumBytes + 1) ?? Data()
        if data.count > DataFile.maximumBytes { throw ReadFailure.tooLarge(data.count) }
        return [UInt8](data)
    }

    private static func topLevelArray(_ tree: JSONNode, file: DataFile, log: inout IssueLog) -> [JSONNode]? {
        guard case .object(let members) = tree.value else {
            log.add(file, at: tree.position, path: .root, "expected an object with the key \"\(file.key)\", found \(tree.typeName)")
            return nil
        }
        for member in members where member.key != file.key {
            var message = "unknown top-level key \"\(member.key)\"; this file holds only \"\(file.key)\""
            if Suggestion.closest(to: member.key, among: [file.key]) != nil { message += " (did you mean \"\(file.key)\"?)" }
            log.add(file, at: member.keyPosition, path: JSONPath.root.appending(member.key), message)
        }
        guard let member = tree.member(file.key) else {
            log.add(file, at: tree.position, path: .root, "missing required key \"\(file.key)\"")
            return nil
        }
        guard case .array(let items) = member.value.value else {
            log.add(file, at: member.value.position, path: JSONPath.root.appending(file.key), "expected an array, found \(member.value.typeName)")
            return nil
        }
        return items
    }

    /// Rejects what no field may hold: terminal control characters in strings, infinite numbers.
    private static func checkScalars(_ node: JSONNode, path: JSONPath, file: DataFile, log: inout IssueLog) {
        switch node.value {
        case .string(let text):
            if let scalar = text.unicodeScalars.first(where: Self.isForbidden) {
                log.add(file, at: node.position, path: path, "string contains \(describe(scalar)); data must not carry control characters or escape sequences")
            }
        case .number(let value) where !value.isFinite:
            log.add(file, at: node.position, path: path, "number is not finite (too large to represent)")
        case .array(let items):
            for (index, item) in items.enumerated() { checkScalars(item, path: path.appending(index), file: file, log: &log) }
        case .object(let members):
            for member in members {
                if let scalar = member.key.unicodeScalars.first(where: Self.isForbidden) {
                    log.add(file, at: member.keyPosition, path: path.appending(member.key), "key contains \(describe(scalar))")
                }
                checkScalars(member.value, path: path.appending(member.key), file: file, log: &log)
            }
        default:
            break
        }
    }

    /// Control characters (C0, DEL, C1) and bidirectional overrides and isolates.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch scalar.value {
        case 0x1B: return "an escape character (\(code), ESC)"
        case 0x00: return "a NUL character (\(code))"
        case 0x9B: return "a C1 control sequence introducer (\(code), CSI)"
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return "a bidirectional-text control (\(code))"
        default: return "a control character (\(code))"
        }
    }
}
