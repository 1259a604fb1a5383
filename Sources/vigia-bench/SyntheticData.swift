import Foundation
import VigiaModel

/// Writes a synthetic data folder `scale` times the size of the bundled one, for measuring
/// how load, validation, drawing and memory grow with the data.
///
/// Why it is built from the bundled records rather than from scratch: every field, nesting
/// and text length stays realistic (layout and decoding see what they will see in real use),
/// and fields added to the data format later are carried along without changing this file.
///
/// Copy 0 is the bundled data, unchanged, so every screen (which names Ecuador, LAC and the
/// big programs) draws exactly what it draws for users. Copies 1 … scale−1 are synthetic:
/// - ids get a `SYN<copy>-` prefix (programs `syn<copy>_`), sources are titled
///   "Synthetic source n" with an example.org URL, events, programs and decrees get
///   synthetic titles, so nothing can be mistaken for a real figure;
/// - copies come in groups of four: each group has its own countries (generated codes from
///   `XAA` upwards, named "Synthetic country XAA"; group 0 keeps the real ones) and regions,
///   and the four members of a group move every year and date back by 0, 28, 56 or 84 years,
///   which gives each country a series four times as long (1916–2024) without two records
///   for one country-year; 28 keeps leap days valid. So at 100× there are 25× the countries
///   with 4× the years each, and 100× the records of every other file;
/// - figures (rates, counts, populations, dollars) are scaled by a seeded random factor
///   between 0.75 and 1.25, so the output is the same for the same seed.
///
/// The result passes `vigia validate`. It is written to a folder of the caller's choosing and
/// never committed.
struct SyntheticData {
    /// Years each member of a group of copies is moved back by (multiples of 28).
    static let yearShift = 28
    static let groupSize = 4
    /// Synthetic country codes run from XAA; XAA…ZZZ holds 2,028 codes.
    static let maximumScale = 360

    let bundled: URL
    let scale: Int
    let seed: UInt64

    /// Writes the folder; returns the records and bytes written per file.
    func write(to folder: URL) throws -> [(file: DataFile, records: Int, bytes: Int)] {
        guard (1...Self.maximumScale).contains(scale) else {
            throw BenchError("--scale must be 1…\(Self.maximumScale)")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var trees: [DataFile: [JSONNode]] = [:]
        for file in DataFile.allCases {
            let bytes = try [UInt8](Data(contentsOf: bundled.appendingPathComponent(file.fileName)))
            var parser = JSONParser(bytes: bytes)
            let root: JSONNode
            do {
                root = try parser.parse()
            } catch {
                throw BenchError("\(file.fileName): \(error.message)")
            }
            guard let member = root.member(file.key), case .array(let items) = member.value.value else {
                throw BenchError("\(file.fileName): no \"\(file.key)\" array; run `vigia validate` on \(bundled.path)")
            }
            trees[file] = items
        }
        let countryCodes = (trees[.countries] ?? []).compactMap { $0.member("iso3").flatMap(Self.string) }
        let regionCodes = Set((trees[.regions] ?? []).compactMap { $0.member("code").flatMap(Self.string) })

        var random = SplitMix64(seed: seed)
        var written: [(DataFile, Int, Int)] = []
        for file in DataFile.allCases {
            var text = "{\"\(file.key)\": [\n"
            var records = 0
            // Countries and regions belong to a group of copies, not to each copy.
            let perGroup = file == .countries || file == .regions
            for copy in 0..<scale where !perGroup || copy % Self.groupSize == 0 {
                let mapping = Mapping(copy: copy, countries: countryCodes, regions: regionCodes)
                for (index, item) in (trees[file] ?? []).enumerated() {
                    let record = copy == 0 ? item : mapping.record(item, file: file, serial: index + 1, random: &random)
                    if records > 0 { text += ",\n" }
                    Self.serialize(record, into: &text)
                    records += 1
                }
            }
            text += "\n]}\n"
            let data = Data(text.utf8)
            if data.count > DataFile.maximumBytes {
                throw BenchError("\(file.fileName) would be \(data.count) bytes, over the loader's \(DataFile.maximumBytes) byte limit; use a smaller --scale")
            }
            try data.write(to: folder.appendingPathComponent(file.fileName))
            written.append((file, records, data.count))
        }
        return written
    }

    /// How one synthetic copy renames ids and moves years.
    struct Mapping {
        let copy: Int
        let group: Int
        let shift: Int
        let countries: [String: String]
        let regions: Set<String>

        init(copy: Int, countries codes: [String], regions: Set<String>) {
            self.copy = copy
            group = copy / SyntheticData.groupSize
            shift = -SyntheticData.yearShift * (copy % SyntheticData.groupSize)
            var map: [String: String] = [:]
            for (index, code) in codes.enumerated() {
                map[code] = group == 0 ? code : Self.countryCode((group - 1) * codes.count + index)
            }
            countries = map
            self.regions = regions
        }

        /// The n-th synthetic ISO3-shaped code: XAA, XAB, … ZZZ.
        static func countryCode(_ n: Int) -> String {
            let value = 23 * 676 + n
            let letters = [value / 676, value / 26 % 26, value % 26].map { Character(Unicode.Scalar(UInt8(65 + $0))) }
            return String(letters)
        }

        func country(_ code: String) -> String { countries[code] ?? code }
        func region(_ code: String) -> String { group == 0 ? code : "\(code)-S\(group)" }
        func area(_ code: String) -> String { regions.contains(code) ? region(code) : country(code) }
        func id(_ value: String) -> String { "SYN\(copy)-\(value)" }
        func program(_ value: String) -> String { "syn\(copy)_\(value)" }

        /// A copy of `node` (one record of `file`) with ids renamed, years moved, names made
        /// synthetic and figures scaled. Only a record's own `id` is renamed: the `id` of an object
        /// nested in it (a program's funding category) is a key local to that record.
        func record(_ node: JSONNode, file: DataFile, serial: Int, random: inout SplitMix64, nested: Bool = false) -> JSONNode {
            guard case .object(let members) = node.value else { return node }
            let label = "\(copy)-\(serial)"
            var result: [JSONNode.Member] = []
            for var member in members {
                let value = member.value
                if let own = ownFields(value, key: member.key, of: node, file: file, label: label, nested: nested) {
                    member.value = own
                    result.append(member)
                    continue
                }
                switch (file, member.key) {
                case (_, "area"):
                    member.value = map(value) { .string(area($0)) }
                case (_, "country"):
                    member.value = map(value) { .string(country($0)) }
                case (_, "recipients"):
                    member.value = mapArray(value) { .string(country($0)) }
                case (_, "source"):
                    member.value = map(value) { .string(id($0)) }
                case (_, "sources"):
                    member.value = mapArray(value) { .string(id($0)) }
                case (_, "extends"), (_, "rules_on"):
                    member.value = map(value) { .string(id($0)) }
                case (_, "program"):
                    member.value = map(value) { .string(program($0)) }
                case (_, "programs"):
                    member.value = mapArray(value) { .string(program($0)) }
                case (_, "year"), (_, "fiscal_year"), (_, "from_fiscal_year"), (_, "start_year"), (_, "end_year"):
                    if case .integer(let year) = value.value { member.value = .init(.integer(year + shift), at: value.position) }
                case (_, "date"), (_, "start"), (_, "end"), (_, "month"):
                    member.value = map(value) { .string(moved($0)) }
                case (.homicides, "value"), (.regionalHomicides, "value"):
                    let isCount = node.member("measure").flatMap { Self.string($0.value.value) } == "count"
                    member.value = scaled(value, random: &random, decimals: isCount ? 0 : 2, maximum: isCount ? nil : 1000)
                case (.population, "persons"), (.monthlyHomicides, "count"):
                    member.value = scaled(value, random: &random, decimals: 0, minimum: file == .population ? 1 : 0)
                case (_, "usd_millions"):
                    member.value = scaled(value, random: &random, decimals: 3)
                default:
                    if case .object = value.value {
                        member.value = record(value, file: file, serial: serial, random: &random, nested: true)
                    } else if case .array(let items) = value.value {
                        member.value = .init(.array(items.map { record($0, file: file, serial: serial, random: &random, nested: true) }), at: value.position)
                    }
                }
                result.append(member)
            }
            return JSONNode(.object(result), at: node.position)
        }

        /// A record's own identity and names (`record(_:…)`'s first cases): the renamed or
        /// synthetic value of the member `key` of `node`, or nil when `key` is not one of them.
        func ownFields(_ value: JSONNode, key: String, of node: JSONNode, file: DataFile, label: String, nested: Bool) -> JSONNode? {
            switch (file, key) {
            case (.sources, "id") where !nested, (.decrees, "id") where !nested, (.events, "id") where !nested,
                 (.lessons, "id") where !nested, (.claims, "id") where !nested:
                return map(value) { .string(id($0)) }
            case (.programs, "id") where !nested:
                return map(value) { .string(program($0)) }
            case (.countries, "iso3"):
                return map(value) { .string(country($0)) }
            case (.countries, "name") where group > 0:
                let code = node.member("iso3").flatMap { Self.string($0.value.value) }.map(country) ?? label
                return map(value) { _ in .string("Synthetic country \(code)") }
            case (.regions, "code"):
                return map(value) { .string(region($0)) }
            case (.regions, "name") where group > 0:
                return map(value) { .string("Synthetic region \($0) \(group)") }
            case (.sources, "title"):
                return .init(.string("Synthetic source \(label)"), at: value.position)
            case (.sources, "publisher"):
                return .init(.string("Synthetic publisher"), at: value.position)
            case (.sources, "urls"):
                return .init(.array([.init(.string("https://example.org/synthetic/source-\(label)"), at: value.position)]), at: value.position)
            case (.events, "title"):
                return .init(.string("Synthetic event \(label)"), at: value.position)
            case (.decrees, "reference"):
                return map(value) { _ in .string("Synthetic decree \(label)") }
            case (.programs, "name"), (.programs, "short_name"):
                return .init(.string("Synthetic program \(label)"), at: value.position)
            case (.lessons, "title"):
                return .init(.string("Synthetic lesson \(label)"), at: value.position)
            default:
                return nil
            }
        }

        /// "2023-05-01" moved by `shift` years (the day stays valid: shifts are multiples of 28).
        func moved(_ date: String) -> String {
            guard date.count >= 4, let year = Int(date.prefix(4)) else { return date }
            return String(year + shift) + date.dropFirst(4)
        }

        private func map(_ node: JSONNode, _ transform: (String) -> JSONNode.Value) -> JSONNode {
            guard case .string(let text) = node.value else { return node }
            return JSONNode(transform(text), at: node.position)
        }

        private func mapArray(_ node: JSONNode, _ transform: (String) -> JSONNode.Value) -> JSONNode {
            guard case .array(let items) = node.value else { return node }
            return JSONNode(.array(items.map { map($0, transform) }), at: node.position)
        }

        private func scaled(_ node: JSONNode, random: inout SplitMix64, decimals: Int, minimum: Double = 0, maximum: Double? = nil) -> JSONNode {
            let original: Double
            switch node.value {
            case .integer(let value): original = Double(value)
            case .number(let value): original = value
            default: return node
            }
            let factor = 0.75 + 0.5 * random.nextUnit()
            let power = pow(10, Double(decimals))
            var value = max(minimum, (original * factor * power).rounded() / power)
            if let maximum { value = min(maximum, value) }
            if decimals == 0 { return JSONNode(.integer(Int(value)), at: node.position) }
            return JSONNode(.number(value), at: node.position)
        }

        static func string(_ value: JSONNode.Value) -> String? {
            if case .string(let text) = value { return text }
            return nil
        }
    }

    static func string(_ member: JSONNode.Member) -> String? { Mapping.string(member.value.value) }

    /// Compact JSON for one value; records go one per line, as the bundled large files do.
    static func serialize(_ node: JSONNode, into text: inout String) {
        switch node.value {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .integer(let value): text += String(value)
        case .number(let value):
            text += value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .string(let value): quote(value, into: &text)
        case .array(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += ", " }
                serialize(item, into: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += ", " }
                quote(member.key, into: &text)
                text += ": "
                serialize(member.value, into: &text)
            }
            text += "}"
        }
    }

    private static func quote(_ value: String, into text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\u{00}"..."\u{1F}": text += String(format: "\\u%04X", scalar.value)
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}

/// A small, fast, seedable generator (SplitMix64), so synthetic data is reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in [0, 1).
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
