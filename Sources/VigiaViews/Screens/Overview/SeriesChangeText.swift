import VigiaModel

/// How a change within one source's series (`SeriesChange`) reads in a table cell and on the
/// figure's source card: a percentage, "≠ src" where the two years come from different
/// sources, or the gap.
enum SeriesChangeText {
    /// The cell's text: "−6%", "≠ src" ("!= src" in ASCII) or "n/a".
    static func cell(_ change: Computed<SeriesChange>, glyphs: GlyphSet) -> String {
        switch change {
        case .gap: return Format.missing
        case .value(let change): return change.isAcrossSources ? acrossSources(glyphs) : Format.percent(change.percent)
        }
    }

    /// The mark of a change not computed because its two years come from different sources.
    static func acrossSources(_ glyphs: GlyphSet) -> String {
        glyphs.isUnicode ? "≠ src" : "!= src"
    }

    /// The marks of the screens that show homicide series (sparklines and change columns), for
    /// help's "Its marks": a step across sources is shown, never drawn as a change.
    static func legend(_ context: ScreenContext) -> [(glyph: String, meaning: String)] {
        [(context.glyphs.seriesBreak, "the source changes here (in a chart: a break in the line)"),
         (acrossSources(context.glyphs), "change not computed: two sources; s shows both values"),
         (context.glyphs.gap, "no value for that year")]
    }

    /// Rising homicides are bad news: red up, green down; a change across sources is a warning.
    static func style(_ change: Computed<SeriesChange>, _ theme: Theme) -> Style? {
        if change.value?.isAcrossSources == true { return theme.warning }
        return HomicidesScreen.changeStyle(change.value?.percent, theme)
    }

    /// The sentence a source card shows for the change of `series` over `years` years to
    /// `year`: the change with the one source it rests on, or both values with their sources.
    static func sentence(_ series: HomicideSeries, to year: Int, overYears years: Int, dataset: Dataset) -> String {
        let label = years == 1 ? "Change on \(year - 1)" : "Change over \(years) years"
        switch series.sourcedChange(to: year, overYears: years) {
        case .gap(let gap):
            return "\(label): \(Format.missing) (\(gap.missing.joined(separator: "; ")))"
        case .value(.sameSource(let change, let source, let usesAlternative)):
            let from = Format.homicide(change.fromValue, series.measure)
            let to = Format.homicide(change.toValue, series.measure)
            let basis = usesAlternative
                ? "; \(change.fromYear) as this source gives it, not the \(change.fromYear) default, which another source gives"
                : ""
            return "\(label): \(Format.percent(change.percent)), \(from) in \(change.fromYear) to \(to) in \(change.toYear), both \(dataset.citation(source))\(basis)"
        case .value(.differentSources(let from, let to)):
            return "\(label): not computed. \(from.year): \(Format.homicide(from.value, series.measure)) (\(dataset.citation(from.source))); "
                + "\(to.year): \(Format.homicide(to.value, series.measure)) (\(dataset.citation(to.source))). "
                + "Different sources count differently, and \(dataset.citation(to.source)) gives no \(from.year) figure."
        }
    }
}
