import ArgumentParser
import Testing
@testable import vigia

/// `vigia` with no arguments makes its command without ArgumentParser
/// (`DashboardCommand.withDefaults`); it must be the command parsing gives.
@Suite struct DashboardDefaultsTests {
    @Test func theCommandMadeWithoutParsingIsTheParsedOne() throws {
        var parsed = "", made = ""
        let command = try Vigia.parseAsRoot([])
        #expect(command is DashboardCommand)
        dump(command, to: &parsed)
        dump(try DashboardCommand.withDefaults(), to: &made)
        // An option left unset reads as its definition, which dump spells out.
        #expect(!parsed.contains("definition"))
        #expect(made == parsed)
    }
}
