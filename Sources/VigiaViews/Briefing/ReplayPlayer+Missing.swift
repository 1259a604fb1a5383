import VigiaModel

/// Says, in words, what a recorded step shows that this data set does not have.
extension ReplayPlayer {
    /// `country XXX`, `decree D999 and country XXX`, or the snapshot's own reason when no single
    /// record is to blame.
    func missing(in broadcast: BriefingBroadcast, reason: NavigationSnapshot.Rejection) -> String {
        let dataset = follower.dashboard.dataset
        var missing: [String] = []
        for words in broadcast.view.stack where Route(words: words, in: dataset) == nil {
            if let described = Self.record(words), !missing.contains(described) { missing.append(described) }
        }
        for code in broadcast.view.compared where dataset.country(code) == nil {
            let described = "country \(Self.shown(code))"
            if !missing.contains(described) { missing.append(described) }
        }
        let what = missing.isEmpty ? "something this data set does not have (\(reason))" : missing.joined(separator: " and ") + ", which this data set does not have"
        return "Step \(broadcast.step + 1), \u{201C}\(broadcast.title)\u{201D}, shows \(what). "
            + "It was recorded with other data; replay it with that data set to see this step."
    }

    /// The record a route's words name, in words; nil for words that name no record.
    private static func record(_ words: [String]) -> String? {
        guard words.count >= 2 else { return nil }
        let kinds = ["country": "country", "countryYear": "country", "countryDecrees": "country", "decree": "decree",
                     "event": "event", "program": "program", "programYear": "program", "claim": "claim", "source": "source",
                     "lessonCell": "lesson"]
        return kinds[words[0]].map { "\($0) \(shown(words[1]))" }
    }

    /// An id from a file, safe to draw and never longer than a title's worth.
    private static func shown(_ id: String) -> String {
        SafeText.sanitize(String(id.prefix(40)))
    }
}
