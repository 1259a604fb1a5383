import Foundation

extension String {
    /// The text with each scalar `escapes` names written as its escape, and each other scalar
    /// `otherwise` gives text for written as that text: the one loop behind every escaping
    /// Vigía writes (`jsonLiteral` in the data files, exports and recordings; XML text in SVG
    /// and HTML), each format being only its table and its rule for the rest.
    public func escaping(_ escapes: [Unicode.Scalar: String], otherwise: (Unicode.Scalar) -> String? = { _ in nil }) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if let escape = escapes[scalar] ?? otherwise(scalar) {
                out += escape
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The text as a JSON string literal: quotes, backslashes and control characters escaped,
    /// other text as it is (the data files keep accents as typed). With
    /// `escapingLineSeparators`, U+2028 and U+2029 are escaped too, for files a JavaScript
    /// reader may take as code (exports, recordings).
    public func jsonLiteral(escapingLineSeparators: Bool = false) -> String {
        let escaped = escaping(Self.jsonEscapes) { scalar in
            let isSeparator = scalar.value == 0x2028 || scalar.value == 0x2029
            return scalar.value < 0x20 || (escapingLineSeparators && isSeparator) ? String(format: "\\u%04x", scalar.value) : nil
        }
        return "\"" + escaped + "\""
    }

    private static let jsonEscapes: [Unicode.Scalar: String] = ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"]
}
