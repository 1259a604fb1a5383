import Testing
@testable import VigiaModel

/// Programs on one footing in the bundled data: each program's best sourced total over its own
/// span, the same in the Programs table and the scenario's comparison, and a whole-funding
/// chart that is never one account standing for the program.
@Suite struct ProgramTotalTests {
    let data: Dataset

    init() throws {
        data = try DatasetLoader.load(from: FixtureFolder.bundledData, displayPath: "Data")
    }

    @Test func ecuadorsAidIsASumOverItsOwnYearsWithItsArithmetic() throws {
        let program = try #require(data.program("us_ecuador_assistance"))
        let best = ProgramTotal.best(program, dataset: data)
        let value = try #require(best.figure.value.value)
        let derivation = try #require(best.figure.derivation, "a sum no source states says how it was computed")
        #expect(best.window == 2015...2023)
        #expect(derivation.inputs.count == 9)
        let inputs = derivation.inputs.compactMap { input -> Double? in if case .number(let n) = input.value { return n }; return nil }
        #expect(abs(inputs.reduce(0, +) - value) < 1e-6)
        #expect(value == 974.945)
        #expect(best.figure.basis.hasPrefix("obligated, FY2015–FY2023 sum of annual"))
        // The scenario's comparison uses the same money.
        #expect(ProgramFooting.compute(data, program: program).total.value.value == value)
    }

    @Test func aStatedTotalOrAGapSayingWhy() throws {
        let pledge = ProgramTotal.best(try #require(data.program("plan_colombia_colombia_cofunding")), dataset: data)
        #expect(pledge.isStated && pledge.figure.value.value == 4864)
        let framework = ProgramTotal.best(try #require(data.program("bicentennial_framework")), dataset: data)
        #expect(framework.figure.value.gap?.missing.first?.contains("framework") == true, "no total is invented")
    }

    @Test func groupsComeFromTheData() throws {
        #expect(data.program("plan_colombia")?.kind == .usProgram)
        #expect(data.program("plan_colombia_colombia_cofunding")?.kind == .hostCountryPlan)
        #expect(data.program("plan_ecuador_correa_2007")?.kind == .hostCountryPlan)
        #expect(data.program("plan_ecuador_lasso_2022")?.kind == .pledgeOrProposal)
        let names = data.programs.map(\.shortName)
        #expect(Set(names).count == names.count)
        #expect(names.contains("Plan Ecuador 2007 (Correa)"))
    }

    @Test func planColombiaIsChartedByItsTotalsNotOneAccount() throws {
        let program = try #require(data.program("plan_colombia"))
        let funding = try #require(ProgramFunding.of(program, records: data.funding(of: program.id)))
        #expect(funding.kind == .checkpoints)
        #expect(funding.bars.allSatisfy { $0.fromFiscalYear == 2000 })
        #expect(funding.bars.last?.usdMillions == 10_000)
        #expect(!funding.bars.contains { $0.label.contains("DoD") && !$0.label.contains("Total") })
        let ecuador = try #require(data.program("us_ecuador_assistance"))
        let annual = try #require(ProgramFunding.of(ecuador, records: data.funding(of: ecuador.id)))
        #expect(annual.kind == .annualTotals)
        #expect(annual.bars.map(\.fiscalYear) == Array(2015...2023))
    }

    /// Mérida's total rests on one CRS record holding two versions (2020 and 2021): the series'
    /// name is quoted, with its own "(CRS, 2021)", and the bracket says it lists the source,
    /// with the versions that explain its year.
    @Test func aCheckpointsNameAndItsSourceBracketSayWhatTheyAre() throws {
        let merida = try #require(data.program("merida"))
        let text = ScenarioReport.basisText(ProgramFooting.compute(data, program: merida).total, dataset: data)
        #expect(text == #"appropriated, FY2008–FY2021 checkpoint "Appropriated to date (CRS, 2021)" [source: CRS, 2020, versions of 20 Jul 2020 and 1 Nov 2021]"#)
    }

    @Test func additiveSeriesAreSummedWithTheirInputs() throws {
        let records = [
            ProgramFootingTests.funding("p", 2020, group: .militaryPolice, 30, category: "mil", basis: .reported),
            ProgramFootingTests.funding("p", 2021, group: .militaryPolice, 40, category: "mil", basis: .reported),
            ProgramFootingTests.funding("p", 2020, group: .economicSocial, 10, category: "soc", basis: .reported),
            ProgramFootingTests.funding("p", 2021, group: .economicSocial, 5, category: "soc", basis: .reported),
        ]
        let funding = try #require(ProgramFunding.of(ProgramFootingTests.program("p"), records: records))
        #expect(funding.kind == .annualSums)
        #expect(funding.bars.map(\.usdMillions) == [40, 45])
        #expect(funding.bars.first?.derivation?.arithmetic == "30 + 10")
    }
}
