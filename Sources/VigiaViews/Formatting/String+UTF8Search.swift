extension String {
    /// The UTF-8 offset of the first `phrase` at or after byte `start` that begins and ends
    /// on whole characters, compared byte by byte.
    ///
    /// For ASCII phrases in free text, such as a program's total basis, which the Overview
    /// reads on every frame: Foundation's `range(of:)` goes through `NSString` (about 20,000
    /// instructions a search), and the standard library's `firstRange(of:)` compares
    /// characters and pays for its generic metadata on first use. A match that ends inside a
    /// character ("planned" before a combining accent) is not one, as with `range(of:)`.
    func utf8Offset(of phrase: String, from start: Int = 0) -> Int? {
        var from = start
        while let offset = bytes(of: phrase, from: from) {
            if isCharacterBoundary(offset), isCharacterBoundary(offset + phrase.utf8.count) { return offset }
            from = offset + 1
        }
        return nil
    }

    /// The first byte-for-byte occurrence of `phrase` at or after byte `start`.
    private func bytes(of phrase: String, from start: Int) -> Int? {
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

    /// True when byte `offset` starts a character or is the end of the text.
    private func isCharacterBoundary(_ offset: Int) -> Bool {
        utf8.index(utf8.startIndex, offsetBy: offset).samePosition(in: self) != nil
    }
}
