import Foundation
import Testing
import VigiaModel
@testable import VigiaViews

/// `vigia export` keeps everything: numbers stay numbers in JSON and gaps are `null`, each
/// screen exports its own figures, and alternative values travel with their sources.
@Suite struct ScreenExportTests {
    let support = ScreenTestSupport.self

    private func table(_ screen: ScreenID) -> ExportTable {
        ScreenExport.table(for: screen, dashboard: support.dashboard, state: support.dashboard.initialState())
    }

    private func objects(_ table: ExportTable) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(table.json().utf8)) as? [[String: Any]])
    }

    @Test func jsonWritesNumbersAsNumbersAndGapsAsNull() throws {
        let rows = try objects(table(.homicides))
        let argentina = try #require(rows.first { $0["iso3"] as? String == "ARG" && $0["year"] as? Int == 2001 && $0["measure"] as? String == "rate_per_100k" })
        let rate = try #require(argentina["rate_per_100k"] as? NSNumber)
        #expect(rate.doubleValue == 8.32)
        #expect(!(argentina["rate_per_100k"] is String))
        #expect(argentina["year"] as? Int == 2001)
        #expect(argentina["default"] as? Bool == true)
        // The count is not sourced for that year: a gap, written as null, never "".
        let gap = try #require(rows.first { $0["iso3"] as? String == "ARG" && $0["year"] as? Int == 2001 && $0["measure"] as? String == "count" })
        #expect(gap["count"] is NSNull)
        #expect(gap["source"] is NSNull)
        #expect(try table(.homicides).json().contains("\"rate_per_100k\": 8.32,"))

        let programs = try objects(table(.programs))
        #expect(programs.allSatisfy { $0["usd_millions"] is NSNumber && !($0["usd_millions"] is String) })
        #expect(programs.contains { $0["from_fiscal_year"] is NSNull })
    }

    @Test func plainNumbersAreNeitherGroupedNorRounded() {
        #expect(ExportValue.number(8.32).text == "8.32")
        #expect(ExportValue.number(9216).text == "9216")
        #expect(ExportValue.number(-0.125).text == "-0.125")
        #expect(ExportValue.number(.nan).json == "null")
        #expect(ExportValue.text("a \"quoted\"\nline\\").json == #""a \"quoted\"\nline\\""#)
        #expect(ExportValue.gap.text.isEmpty && ExportValue.gap.json == "null")
    }

    @Test func overviewExportsItsOwnFiguresNotTheHomicidesTable() throws {
        let overview = table(.overview), homicides = table(.homicides)
        #expect(overview != homicides)
        #expect(overview.csv != homicides.csv)
        let rows = try objects(overview)
        let sections = Set(rows.compactMap { $0["section"] as? String })
        #expect(sections.isSuperset(of: ["Ecuador", "Region", "In force", "U.S. aid", "Latest events"]))
        // Ecuador's latest rate, its year and source, as the tile shows it.
        let dataset = support.dashboard.dataset
        let series = dataset.series("ECU", .ratePer100k)
        let year = try #require(series.latestYear)
        let rate = try #require(rows.first { $0["section"] as? String == "Ecuador" && $0["figure"] as? String == "Homicide rate" && $0["default"] as? Bool == true })
        #expect((rate["value"] as? NSNumber)?.doubleValue == series.value(in: year))
        #expect(rate["year"] as? Int == year)
        #expect(rate["sources"] as? String == series.record(in: year)?.source)
        // The region's shares and the aid totals are numbers with their units.
        let share = try #require(rows.first { $0["figure"] as? String == "Share of the world's homicides" })
        #expect(share["value"] is NSNumber && share["unit"] as? String == "percent")
        let carsi = try #require(rows.first { $0["id"] as? String == "carsi" })
        #expect((carsi["value"] as? NSNumber)?.doubleValue == 495 && carsi["unit"] as? String == "USD millions")
        // The measures in force on the data's latest date, and the latest events.
        let latest = try #require(dataset.latestDate)
        let inForce = try #require(rows.first { $0["figure"] as? String == "Gang-violence measures in force" })
        #expect(inForce["date"] as? String == latest.description)
        let events = rows.filter { $0["section"] as? String == "Latest events" }.compactMap { $0["id"] as? String }
        #expect(events == support.dashboard.latestEvents.map(\.id))
    }

    @Test func alternativesTravelWithTheirSourcesBesideTheDefault() throws {
        let homicides = table(.homicides)
        let ecuador2023 = homicides.rows.filter {
            homicides.value("iso3", in: $0) == "ECU" && homicides.value("year", in: $0) == .integer(2023)
                && homicides.value("measure", in: $0) == .keyed(HomicideMeasure.ratePer100k)
        }
        let alternative = try #require(ecuador2023.first { homicides.value("source", in: $0) == "IC_ROUNDUP_2023" })
        #expect(homicides.value("rate_per_100k", in: alternative) == .number(44.5))
        #expect(homicides.value("default", in: alternative) == .flag(false))
        #expect(ecuador2023.filter { homicides.value("default", in: $0) == .flag(true) }.count == 1)
        #expect(homicides.csv.contains("ECU,Ecuador,2023,,rate per 100k,44.5,,IC_ROUNDUP_2023,no,"))
        let json = try objects(homicides)
        #expect(json.contains { $0["source"] as? String == "IC_ROUNDUP_2023" && $0["iso3"] as? String == "ECU" && $0["default"] as? Bool == false })
    }

    @Test func csvHeadersAreWordsWithUnitsWhileJSONKeepsFieldNames() throws {
        let homicides = table(.homicides)
        #expect(homicides.csv.hasPrefix("ISO3,Country,Year,Period,Measure,\"Rate per 100,000\",Homicides (count),Source,Series default,"))
        #expect(homicides.columns.contains("rate_per_100k") && homicides.columns.contains("default"))
        #expect(table(.programs).headers.contains("USD millions"))
        #expect(try table(.programs).json().contains("\"usd_millions\": "))
    }

    /// A claim's figures are rows of their own: the value a number (8008, not "=8008.0
    /// homicides"), the unit apart; CSV says the verdict and topic in words, JSON keeps the keys.
    @Test func claimFiguresExportAsNumbersWithLabelsInWords() throws {
        let claims = table(.claims)
        let c02 = claims.rows.filter { claims.value("id", in: $0) == "C02" }
        let government = try #require(c02.first { claims.value("figure_source", in: $0) == "DEC-S078" })
        #expect(claims.value("value", in: government) == .number(8008))
        #expect(claims.value("unit", in: government) == "homicides")
        #expect(claims.csv.contains("C02,\"supported, with caveats\",Ecuador homicides 2023,"))
        #expect(claims.csv.contains(",8008,homicides,DEC-S078,"))
        #expect(!claims.csv.contains("=8008") && !claims.csv.contains("supported_with_caveats") && !claims.markdown.contains("regional_homicide_share"))
        let json = try objects(claims)
        #expect(json.contains { $0["verdict"] as? String == "supported_with_caveats" && $0["value"] as? Double == 8008 })
        for claim in support.dashboard.dataset.claims {
            #expect(claims.rows.filter { claims.value("id", in: $0) == .text(claim.id) }.count == max(1, claim.figures.count))
        }
    }
}

