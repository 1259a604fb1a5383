import Foundation
import Testing

/// `vigia validate` counts the map's outlines beside the record files.
@Suite struct OutlineValidationCommandLineTests {
    @Test func validateCountsTheOutlines() throws {
        let text = try BuiltProduct.run("vigia", ["validate"])
        #expect(text.status == 0 && text.stdout.contains("geo/outlines.geojson          28 outlines"), "\(text.stdout)")
        let json = try BuiltProduct.run("vigia", ["validate", "--format", "json"])
        #expect(json.stdout.contains(#""outlines" : 28"#), "\(json.stdout)")
    }
}
