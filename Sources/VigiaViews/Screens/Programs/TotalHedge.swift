import VigiaModel

/// The hedge on a program's total, read from its free-text `total_basis`.
///
/// A basis often quotes the total and its parts ("'nearly $20 million' = >$13m … + $6m …"), so
/// a hedge counts only when it is not attached to a different dollar amount: the ">" of a
/// part must not turn a total that is "nearly" $20m into "at least" $20m. The first hedge
/// that qualifies wins, since the basis names the total before its parts.
enum TotalHedge: Equatable {
    case atLeast, approximately, nearly

    private static let phrases: [(String, TotalHedge)] = [
        ("lower bound", .atLeast), ("more than", .atLeast), (">", .atLeast),
        ("approx", .approximately), ("roughly", .approximately), ("~", .approximately),
        ("nearly", .nearly), ("almost", .nearly),
    ]

    /// The hedge that applies to `total` ($ millions), if any.
    static func of(basis: String, total: Double) -> TotalHedge? {
        let text = basis.lowercased()
        var best: (offset: Int, hedge: TotalHedge)?
        for (phrase, hedge) in phrases {
            var searchStart = 0
            while let offset = text.utf8Offset(of: phrase, from: searchStart) {
                searchStart = offset + phrase.utf8.count
                let after = text.utf8.index(text.startIndex, offsetBy: searchStart)
                if let amount = amount(after: text[after...]), abs(amount - total) > max(0.01, abs(total) * 0.01) { continue }
                if best.map({ offset < $0.offset }) ?? true { best = (offset, hedge) }
                break
            }
        }
        return best?.hedge
    }

    /// The dollar amount a hedge is attached to, in $ millions: "$20 million", "$1.2bn", "$708m".
    private static func amount(after text: Substring) -> Double? {
        let rest = text.drop { $0 == " " || $0 == "(" || $0 == "'" || $0 == "\"" }
        guard rest.first == "$" else { return nil }
        let digits = rest.dropFirst().prefix { $0.isNumber || $0 == "." || $0 == "," }
        guard let number = Double(digits.filter { $0 != "," }) else { return nil }
        let unit = rest.dropFirst(1 + digits.count).drop { $0 == " " }
        return unit.hasPrefix("bn") || unit.hasPrefix("billion") ? number * 1000 : number
    }

    /// Writes `money` ("$20.0m") hedged: "nearly $20m", "$10.00bn ≥", "$3.30bn ≈".
    func apply(to total: Double, stage: String?, context: ScreenContext) -> String {
        let staged = { (money: String) in money + (stage.map { " " + $0 } ?? "") }
        switch self {
        case .atLeast: return staged(Format.money(total)) + (context.glyphs.isUnicode ? " ≥" : " >=")
        case .approximately: return staged(Format.money(total)) + (context.glyphs.isUnicode ? " ≈" : " ~")
        case .nearly:
            // Words, not a symbol: "nearly" is just under the amount, which neither ≈ nor ≥ says.
            var money = Format.money(total)
            if money.hasSuffix(".0m") { money = String(money.dropLast(3)) + "m" }
            return staged("nearly " + money)
        }
    }
}
