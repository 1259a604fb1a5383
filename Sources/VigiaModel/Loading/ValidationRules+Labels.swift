/// Rules that keep keys out of what a person reads: every open-ended key shown on a screen
/// has a label declared in the data.
extension ValidationRules {
    /// Every funding category a program uses in program_funding.json must be declared in that
    /// program's `categories` with a non-empty label, reported at the funding record; labels
    /// are checked where they are declared, and a category is declared once.
    mutating func checkFundingCategories(_ programs: RecordList<Program>, funding: RecordList<FundingRecord>) {
        var declared: [String: Set<String>] = [:]
        for (i, program) in programs.records.enumerated() {
            let categories = program.categories ?? []
            duplicates(categories, in: programs.file, what: "funding category",
                       at: { programs.path(i, .key("categories"), .index($0), .key("id")) }, key: \.id)
            for (j, category) in categories.enumerated() where category.label.allSatisfy(\.isWhitespace) {
                log.add(programs.file, path: programs.path(i, .key("categories"), .index(j), .key("label")),
                        "funding category \"\(category.id)\" needs a label: it is what the screens show")
            }
            // An empty label is reported once, where it is written, not again at each use.
            declared[program.id] = Set(categories.map(\.id))
        }
        for (i, record) in funding.records.enumerated() {
            guard let known = declared[record.program], !known.contains(record.category) else { continue }
            log.add(funding.file, path: funding.path(i, .key("category")),
                    "category \"\(record.category)\" is not declared with a label in the categories of program \"\(record.program)\" in programs.json")
        }
    }
}
