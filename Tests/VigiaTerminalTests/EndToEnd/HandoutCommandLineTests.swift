import Foundation
import Testing

/// `vigia brief DECK --export html`: the handout on standard output.
@Suite struct HandoutCommandLineTests {
    @Test func theBundledDeckExportsAsOneHtmlPage() throws {
        let plain = try BuiltProduct.run("vigia", ["brief", "plan-ecuador", "--export", "html"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.hasPrefix("<!DOCTYPE html>") && plain.stdout.contains("<svg ") && !plain.stdout.contains("class=\"notes\""))
        let noted = try BuiltProduct.run("vigia", ["brief", "plan-ecuador", "--export", "html", "--with-notes"])
        #expect(noted.status == 0 && noted.stdout.contains("<div class=\"notes\">"))
        let misplaced = try BuiltProduct.run("vigia", ["brief", "plan-ecuador", "--export", "md", "--with-notes"])
        #expect(misplaced.status == 64 && misplaced.stderr.contains("--with-notes goes with --export html"))
    }
}
