/// The benchmark's output: one row per figure with min / median / max, plus targets.
///
/// Rows carry a fixed id ("1.1", "3.2", …) so documentation and the smoke test can refer to
/// them; the test checks that every id is printed with numbers, never what the numbers are.
struct Report {
    enum Content {
        case sample(Sample, unit: Unit)
        case single(Double, unit: Unit)
        case text(String)
    }

    enum Unit: String {
        case milliseconds = "ms"
        case bytes = "B"
        case megabytes = "MB"
        case ratio = "×"
        case count = ""
    }

    struct Row {
        var id: String
        var label: String
        var content: Content
        var note: String
    }

    /// Every row id the benchmark prints, in order. `BenchmarkSmokeTests` checks the same
    /// list; `Bench.measure` refuses to print a table that differs from it.
    static let rowIDs = [
        "1.1", "1.2", "1.3", "1.4", "1.5",
        "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9",
        "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
        "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10", "4.11", "4.12", "4.13", "4.14",
        "5.1", "5.2", "5.3", "5.4",
        "6.1",
    ]

    private(set) var rows: [Row] = []
    private(set) var targets: [(text: String, met: Bool?)] = []

    mutating func add(_ id: String, _ label: String, _ sample: Sample, _ unit: Unit, note: String = "") {
        rows.append(Row(id: id, label: label, content: sample.isEmpty ? .text("no measurement") : .sample(sample, unit: unit), note: note))
    }

    mutating func add(_ id: String, _ label: String, single value: Double, _ unit: Unit, note: String = "") {
        rows.append(Row(id: id, label: label, content: .single(value, unit: unit), note: note))
    }

    mutating func add(_ id: String, _ label: String, text: String) {
        rows.append(Row(id: id, label: label, content: .text(text), note: ""))
    }

    /// A target and whether this run met it (nil: not measured in this run).
    mutating func target(_ text: String, met: Bool?) {
        targets.append((text, met))
    }

    /// The table as fixed-width text.
    func render() -> String {
        let labelWidth = max(20, rows.map { $0.label.count }.max() ?? 20)
        var lines: [String] = []
        let header = "     " + "figure".padded(labelWidth) + "  " + "min".leftPadded(9) + "  " + "median".leftPadded(9) + "  " + "max".leftPadded(9) + "  unit  note"
        lines.append(header)
        lines.append(String(repeating: "-", count: header.count + 10))
        var section = ""
        for row in rows {
            let rowSection = String(row.id.prefix { $0 != "." })
            if rowSection != section, !section.isEmpty { lines.append("") }
            section = rowSection
            let id = row.id.padded(5)
            switch row.content {
            case .sample(let sample, let unit):
                lines.append(id + row.label.padded(labelWidth) + "  " + Self.format(sample.min, unit).leftPadded(9) + "  "
                    + Self.format(sample.median, unit).leftPadded(9) + "  " + Self.format(sample.max, unit).leftPadded(9)
                    + "  " + unit.rawValue.padded(4) + "  " + (row.note.isEmpty ? "n=\(sample.count)" : "n=\(sample.count); \(row.note)"))
            case .single(let value, let unit):
                lines.append(id + row.label.padded(labelWidth) + "  " + "".leftPadded(9) + "  " + Self.format(value, unit).leftPadded(9)
                    + "  " + "".leftPadded(9) + "  " + unit.rawValue.padded(4) + "  " + row.note)
            case .text(let text):
                lines.append(id + row.label.padded(labelWidth) + "  " + text)
            }
        }
        if !targets.isEmpty {
            lines.append("")
            lines.append("Targets")
            for target in targets {
                let verdict = target.met.map { $0 ? "met    " : "NOT MET" } ?? "n/a    "
                lines.append("  [\(verdict)] \(target.text)")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double, _ unit: Unit) -> String {
        guard value.isFinite else { return "-" }
        switch unit {
        case .bytes, .count: return String(Int(value.rounded()))
        case .megabytes: return fixed(value, 1)
        case .ratio: return fixed(value, 1)
        case .milliseconds: return value < 10 ? fixed(value, 3) : fixed(value, 1)
        }
    }

    /// `value` with `decimals` digits after the point (no Foundation formatting needed).
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled) - whole * Int(scale)
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(whole) }
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
}

extension String {
    func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
