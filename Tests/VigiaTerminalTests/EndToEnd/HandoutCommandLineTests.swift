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
        let misplaced = try BuiltProduct.run("vigia", ["brief", "plan-ecuador", "--with-notes"])
        #expect(misplaced.status == 64 && misplaced.stderr.contains("--with-notes goes with --export md or --export html"), "\(misplaced.stderr)")
    }

    /// The Markdown handout follows the HTML one: the speaker notes only with `--with-notes`.
    @Test func theMarkdownHandoutHasTheNotesOnlyWithWithNotes() throws {
        let plain = try BuiltProduct.run("vigia", ["brief", "plan-ecuador", "--export", "md"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!plain.stdout.contains("The op-ed: Latin America and the Caribbean hold 9 percent"))
        let noted = try BuiltProduct.run("vigia", ["brief", "plan-ecuador", "--export", "md", "--with-notes"])
        #expect(noted.status == 0, "\(noted.stderr)")
        #expect(noted.stdout.contains("Notes:\n\nThe op-ed: Latin America and the Caribbean hold 9 percent"))
    }
}
