import Foundation
import VigiaModel

/// Parses and completes `:` commands against the loaded data set.
public struct CommandParser: Sendable {
    public let dataset: Dataset

    public init(dataset: Dataset) {
        self.dataset = dataset
    }

    /// The command `text` names, or a message saying what is wrong with it.
    public func parse(_ text: String) -> Result<Command, CommandError> {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = words.first?.lowercased() else { return .failure(CommandError("empty command")) }
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        // A screen's own name is a command too (`:map`), checked before names are completed.
        if argument.isEmpty, let screen = ScreenID(rawValue: name) { return .success(.screen(screen)) }
        let matches = Command.names.map(\.name).filter { $0.hasPrefix(name) }
        guard let command = matches.count == 1 ? matches[0] : (matches.contains(name) ? name : nil) else {
            return .failure(CommandError(matches.isEmpty ? "unknown command \"\(name)\"; try :help" : "ambiguous command \"\(name)\": \(matches.joined(separator: ", "))"))
        }
        switch command {
        case "country":
            return country(argument).map(Command.country)
        case "year":
            return year(argument).map(Command.year)
        case "compare":
            return compare(argument)
        case "screen":
            return screen(argument)
        case "decree", "program", "source":
            return named(command, argument)
        case "measure":
            switch argument.lowercased() {
            case "rate": return .success(.measure(.ratePer100k))
            case "count": return .success(.measure(.count))
            default: return .failure(CommandError("measure is rate or count"))
            }
        case "zoom":
            guard let zoom = DecreeZoom.allCases.first(where: { $0.label == argument.lowercased() }) else {
                return .failure(CommandError("zoom is years, months or days"))
            }
            return .success(.zoom(zoom))
        case "help":
            return .success(.help)
        case "about":
            return .success(.dataStatus)
        case "set":
            return set(argument)
        default:
            return .success(.quit)
        }
    }

    /// `:compare ECU,COL MEX`: countries separated by commas or spaces, each once.
    private func compare(_ argument: String) -> Result<Command, CommandError> {
        var codes: [String] = []
        for part in argument.split(whereSeparator: { $0 == "," || $0 == " " }) {
            switch country(String(part)) {
            case .success(let code): if !codes.contains(code) { codes.append(code) }
            case .failure(let error): return .failure(error)
            }
        }
        return codes.isEmpty ? .failure(CommandError("compare needs countries, e.g. :compare ECU,COL,MEX")) : .success(.compare(codes))
    }

    /// `:screen NAME`: a screen by (the start of) its id or its title.
    private func screen(_ argument: String) -> Result<Command, CommandError> {
        let key = argument.lowercased()
        guard let screen = ScreenID.allCases.first(where: { $0.rawValue.hasPrefix(key) && !key.isEmpty }) ?? ScreenID.allCases.first(where: { $0.title.lowercased().hasPrefix(key) && !key.isEmpty }) else {
            return .failure(CommandError("screen needs one of: " + ScreenID.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return .success(.screen(screen))
    }

    /// `:set N`: a number, ignoring `%`, `$` and thousands separators.
    private func set(_ argument: String) -> Result<Command, CommandError> {
        let cleaned = argument.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "$", with: "")
            .replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
        guard let value = Double(cleaned), value.isFinite else { return .failure(CommandError("set needs a number, e.g. :set 25")) }
        return .success(.set(value))
    }

    /// `:year N`: a year the homicide data covers; outside them the error names the range.
    private func year(_ argument: String) -> Result<Int, CommandError> {
        guard let years = dataset.homicideYears else { return .failure(CommandError("the data has no homicide years")) }
        let range = "\(years.lowerBound)–\(years.upperBound)"
        guard let year = Int(argument) else { return .failure(CommandError("year needs a year from \(range), e.g. :year \(years.upperBound)")) }
        guard years.contains(year) else {
            return .failure(CommandError("no data for \(year): homicide years run \(range)"))
        }
        return .success(year)
    }

    /// A country by ISO3 code, or by any part of its English or Spanish name, ignoring case
    /// and accents ("salv", "perú", "haiti"); several matches are listed, not guessed between.
    func country(_ text: String) -> Result<String, CommandError> {
        let query = Self.folded(text)
        guard !query.isEmpty else { return .failure(CommandError("country needs an ISO3 code or a name, e.g. :country ECU")) }
        if let exact = dataset.countries.first(where: { $0.iso3.lowercased() == query }) { return .success(exact.iso3) }
        let names = { (country: Country) in [country.name] + (CountryNames.spanish[country.iso3] ?? []) }
        if let whole = dataset.countries.first(where: { names($0).contains { Self.folded($0) == query } }) { return .success(whole.iso3) }
        let byName = dataset.countries.filter { names($0).contains { Self.folded($0).contains(query) } }
        if byName.count == 1 { return .success(byName[0].iso3) }
        if byName.isEmpty { return .failure(CommandError("no country \"\(text)\"; try its ISO3 code or part of its name")) }
        return .failure(CommandError("\"\(text)\" could be", candidates: byName.map { "\($0.name) (\($0.iso3))" }))
    }

    /// What `:decree`, `:program` and `:source` look for: each record's id (as the data and
    /// `--format json` have it) and the names a person reads on screen.
    private func items(_ command: String) -> [(id: String, names: [String])] {
        switch command {
        case "decree": return dataset.decrees.map { ($0.id, [dataset.decreeName($0.id)]) }
        case "program": return dataset.programs.map { ($0.id, [$0.shortName, $0.name]) }
        default: return dataset.sources.map { ($0.id, [$0.shortCitation, $0.shortTitle, $0.title, $0.publisher]) }
        }
    }

    /// A decree, program or source by its id or any part of a name it is shown by, ignoring
    /// case and accents ("824", "bicent", "unodc"); several matches are listed by name.
    private func named(_ command: String, _ text: String) -> Result<Command, CommandError> {
        let query = Self.folded(text)
        let items = items(command)
        let found: [(id: String, names: [String])]
        if let exact = items.first(where: { $0.id.lowercased() == query || $0.names.contains { Self.folded($0) == query } }) {
            found = [exact]
        } else {
            let parts = query.isEmpty ? [] : items.filter { $0.names.contains { Self.folded($0).contains(query) } }
            // A whole word wins over a part of one: "202" is Decreto Ejecutivo 202, not 2022 or 1202.
            let words = parts.filter { $0.names.contains { Self.words(of: $0).contains(query) } }
            found = words.isEmpty ? parts : words
        }
        guard found.count == 1 else {
            if found.isEmpty { return .failure(CommandError("no \(command) \"\(text)\"; try part of its name")) }
            return .failure(CommandError("\"\(text)\" could be \(found.count) \(command)s:", candidates: Self.distinct(found.map(\.names))))
        }
        switch command {
        case "decree": return .success(.decree(found[0].id))
        case "program": return .success(.program(found[0].id))
        default: return .success(.source(found[0].id))
        }
    }

    /// Completes the last word of `text` to the longest prefix its candidates share; a
    /// decree, program or source to the longest start its names share.
    public func complete(_ text: String) -> String {
        if let space = text.firstIndex(of: " "), ["decree", "program", "source"].contains(text[..<space].lowercased()) {
            return completeName(text, command: String(text[..<space]))
        }
        let candidates = self.candidates(for: text)
        guard let first = candidates.first else { return text }
        var common = first
        for candidate in candidates.dropFirst() {
            while !candidate.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        let head = text.hasSuffix(" ") || text.hasSuffix(",") ? text : String(text.dropLast(lastWord(text).count))
        let completed = head + (common.count >= lastWord(text).count ? common : lastWord(text))
        return candidates.count == 1 && !completed.contains(" ") ? completed + " " : completed
    }

    private func completeName(_ text: String, command: String) -> String {
        let candidates = self.candidates(for: text)
        guard var common = candidates.first else { return text }
        for candidate in candidates.dropFirst() {
            while !Self.folded(candidate).hasPrefix(Self.folded(common)) { common.removeLast() }
        }
        let typed = text.drop { $0 != " " }.dropFirst()
        return command + " " + (common.count >= typed.count ? common : String(typed))
    }

    /// Everything the word being typed could become; for a decree, program or source, the
    /// names that start with what is typed.
    public func candidates(for text: String) -> [String] {
        let word = lastWord(text).lowercased()
        guard let space = text.firstIndex(of: " ") else {
            return Command.names.map(\.name).filter { $0.hasPrefix(word) }
        }
        let command = String(text[..<space]).lowercased()
        if ["decree", "program", "source"].contains(command) {
            let typed = Self.folded(String(text[text.index(after: space)...]))
            var names: [String] = []
            for item in items(command) where !names.contains(item.names[0]) && Self.folded(item.names[0]).hasPrefix(typed) { names.append(item.names[0]) }
            return names
        }
        let options: [String]
        switch command {
        case "country", "compare": options = dataset.countries.map(\.iso3)
        case "screen": options = ScreenID.allCases.map(\.rawValue)
        case "measure": options = ["rate", "count"]
        case "zoom": options = DecreeZoom.allCases.map(\.label)
        case "year": options = dataset.homicideYears.map { $0.map(String.init) } ?? []
        default: options = []
        }
        return options.filter { $0.lowercased().hasPrefix(word) }
    }

    private func lastWord(_ text: String) -> String {
        String(text.reversed().prefix { $0 != " " && $0 != "," }.reversed())
    }

    /// The words of `text`, folded, split at anything but letters and digits.
    static func words(of text: String) -> [String] {
        folded(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Each candidate by its first name, with its second (a source's title) where two would
    /// otherwise read alike ("ForeignAssistance.gov, 2025" twice).
    static func distinct(_ names: [[String]]) -> [String] {
        let first = names.map { $0.first ?? "" }
        return names.map { candidate in
            guard let name = candidate.first, first.filter({ $0 == name }).count > 1, candidate.count > 1 else { return candidate.first ?? "" }
            return "\(name) (\(candidate[1]))"
        }
    }

    static func folded(_ text: String) -> String {
        text.lowercased().folding(options: .diacriticInsensitive, locale: nil).trimmingCharacters(in: .whitespaces)
    }
}

/// Why a command could not run, shown in the status bar; when several records match, the
/// candidates, listed as far as the bar has room and then counted.
public struct CommandError: Error, Hashable, Sendable {
    public var lead: String
    public var candidates: [String]

    public init(_ message: String, candidates: [String] = []) {
        self.lead = message
        self.candidates = candidates
    }

    /// The whole message, every candidate named.
    public var message: String { message(fitting: .max) }

    /// The message in at most `width` columns: the candidates that fit, in order, then "and 9
    /// more; type more letters" rather than a list cut in the middle of a name.
    public func message(fitting width: Int) -> String {
        guard !candidates.isEmpty else { return lead }
        let whole = lead + " " + candidates.joined(separator: "; ")
        if DisplayWidth.of(whole) <= width { return whole }
        func text(_ shown: [String]) -> String {
            let left = candidates.count - shown.count
            let rest = shown.isEmpty ? "\(left) in all; type more letters" : "and \(left) more; type more letters"
            return ([lead] + [shown.joined(separator: "; ")].filter { !$0.isEmpty } + [rest]).joined(separator: " ")
        }
        var shown: [String] = []
        for candidate in candidates where DisplayWidth.of(text(shown + [candidate])) <= width {
            shown.append(candidate)
        }
        return text(shown)
    }
}
