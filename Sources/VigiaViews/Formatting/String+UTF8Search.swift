extension String {
    /// The UTF-8 offset of the first `phrase` at or after byte `start`, compared byte by byte.
    ///
    /// For ASCII phrases in free text, such as a program's total basis, which the Overview
    /// reads on every frame: Foundation's `range(of:)` goes through `NSString` (about 20,000
    /// instructions a search), and the standard library's `firstRange(of:)` compares
    /// characters and pays for its generic metadata on first use. An ASCII byte never occurs
    /// inside another character's UTF-8, so a match always starts a character.
    func utf8Offset(of phrase: String, from start: Int = 0) -> Int? {
        var text = self, phrase = phrase
        return text.withUTF8 { haystack in
            phrase.withUTF8 { needle in
                guard !needle.isEmpty, start >= 0, haystack.count >= needle.count else { return nil }
                var offset = start
                while offset <= haystack.count - needle.count {
                    var length = 0
                    while length < needle.count, haystack[offset + length] == needle[length] { length += 1 }
                    if length == needle.count { return offset }
                    offset += 1
                }
                return nil
            }
        }
    }
}
