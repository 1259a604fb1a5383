/// Chains of measures (a declaration and what extends it) and what the data says about them.
extension Dataset {
    /// The declaration `decree` ultimately extends (itself when it extends nothing). Stops at
    /// a missing target or a loop, which the validator reports.
    public func chainRoot(of decree: Decree) -> Decree {
        Self.chainRoot(of: decree, byID: decreesByID)
    }

    /// The declaration `rootID` and every record of its country extending it, directly or
    /// through another, in the country's order.
    public func chain(of rootID: String) -> [Decree] {
        chainsByRoot[rootID] ?? []
    }

    static func chainRoot(of decree: Decree, byID: [String: Decree]) -> Decree {
        var current = decree
        var seen: Set<String> = [decree.id]
        while let parent = current.extends.flatMap({ byID[$0] }), seen.insert(parent.id).inserted {
            current = parent
        }
        return current
    }

    /// `decrees` (sorted by country) grouped by the id of the declaration each extends, keeping
    /// only those of that declaration's country.
    static func chains(_ decrees: [Decree], byID: [String: Decree]) -> [String: [Decree]] {
        var chains: [String: [Decree]] = [:]
        for decree in decrees {
            let root = chainRoot(of: decree, byID: byID).id
            if byID[root]?.country == decree.country { chains[root, default: []].append(decree) }
        }
        return chains
    }

    /// The day-by-day coverage of the chain hanging from `rootID`. An extension without a start
    /// is placed at its end if it has one, else at its main source's publication date: the
    /// chain was still going then, though the data cannot say whether in force.
    public func coverage(of rootID: String) -> DecreeCoverage {
        let members = chain(of: rootID)
        let reported = members.filter { $0.start == nil && $0.isPeriodMeasure }.compactMap { member in
            member.end?.lastDayNumber ?? member.sources.first.flatMap { source($0)?.date?.dayNumber }
        }
        return DecreeCoverage(root: rootID, members: members, reported: reported)
    }

    /// The declarations of `country` that head a chain of period measures, in date order.
    public func chainRoots(of country: String) -> [Decree] {
        decrees(of: country).filter { $0.extends == nil && $0.isPeriodMeasure }
    }

    /// Measures in force on `day`, one per chain (its declaration), across every country.
    /// A continuous stretch counts as in force; an unknown stretch does not.
    public func measuresInForce(on day: Int) -> [Decree] {
        decrees.filter { $0.extends == nil && $0.isPeriodMeasure && coverage(of: $0.id).status(on: day) == .inForce }
    }
}
