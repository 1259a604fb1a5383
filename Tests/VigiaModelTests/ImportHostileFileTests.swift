import Foundation
import Testing
@testable import VigiaModel

/// Bad input files: each is refused with the line and column of the problem, before anything
/// is planned or written.
@Suite struct ImportHostileFileTests {
    static let dataset = Result { try DatasetLoader.load(from: FixtureFolder.bundledData) }

    private func owid(_ text: String, indicator: OWIDReader.Indicator = .rate) throws -> ImportIssue? {
        let scope = ImportScope(dataset: try Self.dataset.get(), source: "UNODC_OWID")
        do {
            _ = try OWIDReader.read(try ImportFixture.table(text), file: "in.csv", indicator: indicator, scope: scope)
            return nil
        } catch {
            return error
        }
    }

    private func foreignAssistance(_ text: String) throws -> ImportIssue? {
        let scope = ImportScope(dataset: try Self.dataset.get(), source: "PRG-P201")
        do {
            _ = try ForeignAssistanceReader.read(try ImportFixture.table(text), file: "in.csv", scope: scope)
            return nil
        } catch {
            return error
        }
    }

    private func monthly(_ text: String) throws -> ImportIssue? {
        let scope = ImportScope(dataset: try Self.dataset.get(), source: "EC_EXPRESO_2026")
        do {
            _ = try MonthlyCountReader.read(try ImportFixture.table(text), file: "in.csv", scope: scope)
            return nil
        } catch {
            return error
        }
    }

    static let owidHeader = "Entity,Code,Year,\"Homicide rate per 100,000 population\",World region according to OWID\n"
    static let faHeader = "Country Code,Country Name,Region ID,Region Name,Income Group Acronym,Income Group Name,Transaction Type ID,Transaction Type Name,Fiscal Year,current_amount,constant_amount,,,ilte=\r\n"

    @Test func aWellFormedFileIsAccepted() throws {
        #expect(try owid(Self.owidHeader + "Ecuador,ECU,2010,17.4,South America\n") == nil)
        #expect(try foreignAssistance(Self.faHeader + "ECU,Ecuador,6,Western Hemisphere,UMIC,x,2,Obligations,2010,1000,2000,,,\r\n") == nil)
        #expect(try monthly("country,month,count\nECU,2026-03,702\n") == nil)
    }

    @Test func aRenamedOrMissingColumnIsNamed() throws {
        let renamed = try #require(try owid("Entity,Code,Yr,value\nEcuador,ECU,2010,17.4\n"))
        #expect(renamed.description == "in.csv:1:13: column 3 should be \"Year\", found \"Yr\" (an Our World in Data grapher export starts Entity,Code,Year)")
        let missing = try #require(try foreignAssistance("Country Code,Country Name,Transaction Type Name,Fiscal Year,constant_amount\nECU,Ecuador,Obligations,2010,1\n"))
        #expect(missing.line == 1 && missing.message.hasPrefix("missing column \"current_amount\""))
        let monthlyRenamed = try #require(try monthly("country,month,homicides\nECU,2026-03,702\n"))
        #expect(monthlyRenamed.description.hasPrefix("in.csv:1:15: column 3 should be \"count\""))
    }

    @Test func theIndicatorMustMatchTheValueColumn() throws {
        let issue = try #require(try owid(Self.owidHeader + "Ecuador,ECU,2010,17.4,South America\n", indicator: .count))
        #expect(issue.line == 1 && issue.column == 18)
        #expect(issue.message.contains("--indicator rate"))
    }

    @Test func aNonNumericValueIsLocated() throws {
        let issue = try #require(try owid(Self.owidHeader + "Ecuador,ECU,2010,17.4,x\nEcuador,ECU,2011,n/a,x\n"))
        #expect(issue.description == "in.csv:3:18: rate \"n/a\" is not a number")
        let amount = try #require(try foreignAssistance(Self.faHeader + "ECU,Ecuador,6,W,U,x,2,Obligations,2010,1e3x,2,,,\r\n"))
        #expect(amount.line == 2 && amount.message == "current_amount \"1e3x\" is not a number")
        let count = try #require(try monthly("country,month,count\nECU,2026-03,7.5\n"))
        #expect(count.description == "in.csv:2:13: count \"7.5\" is not a whole number")
    }

    @Test func aYearOutOfRangeIsRefused() throws {
        let issue = try #require(try owid(Self.owidHeader + "Ecuador,ECU,1850,17.4,x\n"))
        #expect(issue.description == "in.csv:2:13: year 1850 is outside 1900–2100")
        let month = try #require(try monthly("country,month,count\nECU,2226-03,7\n"))
        #expect(month.line == 2 && month.column == 5)
    }

    @Test func aDuplicateRowNamesTheFirst() throws {
        let issue = try #require(try owid(Self.owidHeader + "Ecuador,ECU,2010,17.4,x\nPeru,PER,2010,6,x\nEcuador,ECU,2010,17.5,x\n"))
        #expect(issue.description == "in.csv:4:1: duplicate row for Ecuador 2010 (first on line 2)")
        let aid = try #require(try foreignAssistance(Self.faHeader + "ECU,Ecuador,6,W,U,x,2,Obligations,2010,1,2,,,\r\nECU,Ecuador,6,W,U,x,2,Obligations,2010,1,2,,,\r\n"))
        #expect(aid.line == 3 && aid.message.hasPrefix("duplicate row"))
    }

    @Test func anUnknownCountryCodeIsRefused() throws {
        let issue = try #require(try owid(Self.owidHeader + "Ecuador,ec1,2010,17.4,x\n"))
        #expect(issue.line == 2 && issue.column == 9 && issue.message.hasPrefix("unknown country code \"ec1\""))
        let monthly = try #require(try monthly("country,month,count\nEQU,2026-03,7\n"))
        #expect(monthly.description.hasPrefix("in.csv:2:1: unknown country code \"EQU\""))
        let aid = try #require(try foreignAssistance(Self.faHeader + "E C,Ecuador,6,W,U,x,2,Obligations,2010,1,2,,,\r\n"))
        #expect(aid.message == "unknown country code \"E C\"")
        let misnamed = try #require(try owid(Self.owidHeader + "Ecuador,XXQ,2010,17.4,x\n"))
        #expect(misnamed.description == "in.csv:2:9: unknown country code \"XXQ\" for Ecuador, which the data set codes ECU")
    }

    @Test func aRowWithMoreFieldsThanTheHeaderIsRefused() throws {
        let issue = try #require(try owid(Self.owidHeader + "Ecuador,ECU,2010,17.4,x\nEcuador,ECU,2011,5,7,8\n"))
        #expect(issue.description == "in.csv:3:22: the row has 6 fields but the header names 5 columns (a comma inside a value must be quoted)")
    }

    @Test func textThatIsNotUTF8IsRefusedWhereItGoesWrong() throws {
        var bytes = Array((Self.owidHeader + "Ecuador,ECU,2010,17.4,x\nPer").utf8)
        bytes += [0xFA] + Array("u,PER,2010,6,x\n".utf8)
        do {
            _ = try CSVTable(bytes: bytes, file: "in.csv")
            Issue.record("Latin-1 text was accepted")
        } catch {
            #expect(error.line == 3 && error.column == 4)
            #expect(error.message.contains("not UTF-8"))
        }
    }

    @Test func anEmptyFileOrAHeaderAloneIsRefused() throws {
        for (text, line) in [("", 1), ("\n\n", 1), (Self.owidHeader, 2)] {
            do {
                _ = try ImportFixture.table(text)
                Issue.record("\(text.debugDescription) was accepted")
            } catch {
                #expect(error.line == line, "\(text.debugDescription)")
            }
        }
    }

    @Test func anUnclosedQuoteAndAStrayQuoteAreLocated() throws {
        #expect(throws: ImportIssue.self) { try ImportFixture.table("a,b\n\"x,1\n") }
        do {
            _ = try ImportFixture.table("a,b\nx\"y,1\n")
            Issue.record("a stray quote was accepted")
        } catch {
            #expect(error.description == "in.csv:2:2: a quote inside an unquoted field; quote the whole field and double the quote")
        }
    }

    @Test func quotedFieldsCRLFAndAByteOrderMarkAreRead() throws {
        let table = try ImportFixture.table("\u{FEFF}a,\"b, c\",\"d \"\"e\"\"\"\r\n1,2,3\r\n")
        #expect(table.header.fields.map(\.text) == ["a", "b, c", "d \"e\""])
        #expect(table.rows.count == 1 && table.rows[0].fields.map(\.column) == [1, 3, 5])
    }
}
