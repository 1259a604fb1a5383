/// What no field of any loaded file may hold, and how each is reported.
extension DatasetLoader {
    /// Walks a parsed file for what no field may hold — control characters, escapes and bidi
    /// controls in strings or keys, infinite numbers — and reports each with its position.
    /// Shared by every loader (data, decks, scenarios) so the rule is written once.
    static func forbiddenScalars(in node: JSONNode, path: JSONPath, subject: String, report: (SourcePosition, JSONPath, String) -> Void) {
        switch node.value {
        case .string(let text):
            if let scalar = text.unicodeScalars.first(where: Self.isForbidden) {
                report(node.position, path, "string contains \(describe(scalar)); \(subject) must not carry control characters or escape sequences")
            }
        case .number(let value) where !value.isFinite:
            report(node.position, path, "number is not finite (too large to represent)")
        case .array(let items):
            for (index, item) in items.enumerated() { forbiddenScalars(in: item, path: path.appending(index), subject: subject, report: report) }
        case .object(let members):
            for member in members {
                if let scalar = member.key.unicodeScalars.first(where: Self.isForbidden) {
                    report(member.keyPosition, path.appending(member.key), "key contains \(describe(scalar))")
                }
                forbiddenScalars(in: member.value, path: path.appending(member.key), subject: subject, report: report)
            }
        default:
            break
        }
    }

    /// The same walk over a tape: reports each forbidden string, key or number with its
    /// entry, in the order the tree walk does (repeated keys are skipped, as the tree drops them).
    static func forbiddenScalars(in tape: JSONTape, at entry: Int, path: JSONPath, subject: String, report: (Int, JSONPath, String) -> Void) {
        let flagged = tape.entries[entry].flags & JSONTape.Flag.forbidden != 0
        switch tape.entries[entry].kind {
        case .string where flagged:
            if let scalar = tape.string(at: entry).unicodeScalars.first(where: Self.isForbidden) {
                report(entry, path, "string contains \(describe(scalar)); \(subject) must not carry control characters or escape sequences")
            }
        case .number where flagged:
            report(entry, path, "number is not finite (too large to represent)")
        case .array:
            for (index, item) in tape.items(of: entry).enumerated() {
                forbiddenScalars(in: tape, at: item, path: path.appending(index), subject: subject, report: report)
            }
        case .object:
            tape.forEachMember(of: entry) { key, value in
                let name = tape.string(at: key)
                if tape.entries[key].flags & JSONTape.Flag.forbidden != 0, let scalar = name.unicodeScalars.first(where: Self.isForbidden) {
                    report(key, path.appending(name), "key contains \(describe(scalar))")
                }
                forbiddenScalars(in: tape, at: value, path: path.appending(name), subject: subject, report: report)
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

    static func describe(_ scalar: Unicode.Scalar) -> String {
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
