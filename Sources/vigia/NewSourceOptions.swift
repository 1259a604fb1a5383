import ArgumentParser
import VigiaModel

/// `--source-title`, `--publisher`, `--url` and `--date`: the source an import brings with it
/// when `--source` names one the data does not have yet. They describe one source together,
/// so they are given all at once or not at all, and read as one value.
struct NewSourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A new source's title.", valueName: "TEXT"))
    var sourceTitle: String?

    @Option(help: ArgumentHelp("A new source's publisher.", valueName: "TEXT"))
    var publisher: String?

    @Option(help: ArgumentHelp("A new source's address (http or https).", valueName: "URL"))
    var url: String?

    @Option(help: ArgumentHelp("A new source's publication date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "DATE"))
    var date: String?

    /// The source described, with the id `--source` gives it; nil when none of the options is
    /// given. Only some of them, or a date that is not one, is a usage error.
    func source(id: String) throws -> Source? {
        let details = [sourceTitle, publisher, url, date]
        if details.contains(where: { $0 != nil }), details.contains(where: { $0 == nil }) {
            throw ValidationError("a new source needs all of --source-title, --publisher, --url and --date")
        }
        if let date, PartialDate(date) == nil { throw ValidationError("--date takes YYYY, YYYY-MM or YYYY-MM-DD, not \"\(date)\"") }
        if let url, !Source.isWebAddress(url) { throw ValidationError("--url takes an http or https address without spaces, not \"\(url)\"") }
        if sourceTitle != nil, !Source.isWellFormedID(id) {
            throw ValidationError("--source \"\(id)\" cannot name a new source: use letters, digits, - and _, starting with a capital or a digit")
        }
        guard let sourceTitle, let publisher, let url, let date = date.flatMap(PartialDate.init) else { return nil }
        return Source(id: id, title: sourceTitle, publisher: publisher, url: url, date: date)
    }
}
