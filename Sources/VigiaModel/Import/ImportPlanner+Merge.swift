/// The per-file rules of `ImportPlanner`: how an imported figure meets the records already there.
extension ImportPlanner {
    func mergeHomicides(_ figures: [ImportBatch.Figure<HomicideRecord>], into lines: inout RecordLineFile<HomicideRecord>) -> FileDiff {
        var diff = FileDiff(file: lines.file)
        for figure in figures {
            var new = figure.record
            let records = lines.records
            let cell = records.indices.filter {
                let old = records[$0]
                return old.area == new.area && old.year == new.year && old.measure == new.measure && old.period == nil
            }
            func entry(_ kind: DiffEntry.Kind, old: HomicideRecord? = nil) -> DiffEntry {
                DiffEntry(kind: kind, line: figure.line, area: new.area, period: String(new.year), measure: new.measure.rawValue,
                          value: new.value, source: new.source, oldValue: old?.value, oldSource: old?.source)
            }
            if cell.contains(where: { records[$0].value == new.value }) {
                diff.unchanged += 1
            } else if let same = cell.first(where: { records[$0].source == new.source && records[$0].release == nil }) {
                let old = records[same]
                var revised = old
                revised.value = new.value
                lines.replace(at: same, with: revised)
                diff.entries.append(entry(.revised, old: old))
            } else if cell.isEmpty {
                lines.insert(new, group: { $0.area == new.area && $0.measure == new.measure }, before: { $0.year > new.year })
                diff.entries.append(entry(.added))
            } else if let current = cell.first(where: { records[$0].isDefault }) {
                let old = records[current]
                if options.makeDefault {
                    var demoted = old
                    demoted.isDefault = false
                    demoted.whyDefault = nil
                    lines.replace(at: current, with: demoted)
                    new.whyDefault = options.reason
                    diff.entries.append(entry(.revised, old: old))
                } else {
                    new.isDefault = false
                    if (old.whyDefault ?? "").isEmpty {
                        if let reason = options.reason {
                            var kept = old
                            kept.whyDefault = reason
                            lines.replace(at: current, with: kept)
                        } else {
                            diff.unexplainedDefaults += 1
                        }
                    }
                    diff.entries.append(entry(.alternative, old: old))
                }
                lines.insert(new, group: { $0.area == new.area && $0.measure == new.measure }, before: { $0.year > new.year })
            }
        }
        return diff
    }

    func mergeAid(_ figures: [ImportBatch.Figure<AidRecord>], into lines: inout RecordLineFile<AidRecord>) -> FileDiff {
        var diff = FileDiff(file: lines.file)
        let index = Self.positions(lines.records)
        var additions: [AidRecord] = []
        for figure in figures {
            let new = figure.record
            func entry(_ kind: DiffEntry.Kind, old: AidRecord? = nil) -> DiffEntry {
                DiffEntry(kind: kind, line: figure.line, area: new.country, period: "FY\(new.fiscalYear)", measure: new.series,
                          value: new.usdMillions, source: new.source, oldValue: old?.usdMillions, oldSource: old?.source)
            }
            let key = "\(new.country) \(new.fiscalYear) \(new.series)"
            guard let position = index[key] else {
                additions.append(new)
                diff.entries.append(entry(.added))
                continue
            }
            let old = lines.entries[position].record
            if old.usdMillions == new.usdMillions {
                diff.unchanged += 1
            } else if old.source == new.source {
                lines.replace(at: position, with: new)
                diff.entries.append(entry(.revised, old: old))
            } else {
                // Aid keeps one figure per series and no alternatives, so another source's
                // figure would erase the cited one and leave no record of why: it stays out,
                // even with --default.
                let reason = "another source's figure is held (aid keeps one figure per series, without alternatives)"
                diff.kept.append(SkippedRow(line: figure.line, reason: reason, subject: "FY\(new.fiscalYear) \(entry(.revised).measureLabel)", area: new.country))
            }
        }
        // Added last, so the positions found above stay valid while records are replaced.
        for new in additions {
            lines.insert(new, group: { $0.country == new.country && $0.series == new.series }, before: { $0.fiscalYear > new.fiscalYear })
        }
        return diff
    }

    /// Each aid record's position by its key (country, fiscal year, series).
    private static func positions(_ records: [AidRecord]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, record) in records.enumerated() { index["\(record.country) \(record.fiscalYear) \(record.series)"] = position }
        return index
    }

    func mergeMonthly(_ figures: [ImportBatch.Figure<MonthlyHomicideRecord>], into lines: inout RecordLineFile<MonthlyHomicideRecord>) -> FileDiff {
        var diff = FileDiff(file: lines.file)
        for figure in figures {
            var new = figure.record
            new.release = options.release
            let records = lines.records
            let month = records.indices.filter { records[$0].country == new.country && records[$0].month == new.month }
            func entry(_ kind: DiffEntry.Kind, old: MonthlyHomicideRecord? = nil) -> DiffEntry {
                DiffEntry(kind: kind, line: figure.line, area: new.country, period: new.month.description, measure: "monthly_count",
                          value: Double(new.count), source: new.source, oldValue: old.map { Double($0.count) }, oldSource: old?.source)
            }
            if month.contains(where: { records[$0].count == new.count }) {
                diff.unchanged += 1
            } else if let same = month.first(where: { records[$0].source == new.source && records[$0].release == new.release }) {
                let old = records[same]
                var revised = old
                revised.count = new.count
                lines.replace(at: same, with: revised)
                diff.entries.append(entry(.revised, old: old))
            } else if month.isEmpty || (new.release != nil && !month.contains(where: { records[$0].release == new.release })) {
                lines.insert(new, group: { $0.country == new.country }, before: { $0.month > new.month })
                diff.entries.append(entry(.added, old: month.last.map { records[$0] }))
            } else {
                let reason = "the month already has a different count, which is kept (--release DATE adds this one as a later release)"
                diff.kept.append(SkippedRow(line: figure.line, reason: reason, subject: "\(new.month)", area: new.country))
            }
        }
        return diff
    }
}
