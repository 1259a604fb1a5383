/// Figures are compared and kept in sets like any value; a gap hashes by what was missing.
extension Computed: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .value(let value):
            hasher.combine(0)
            hasher.combine(value)
        case .gap(let gap):
            hasher.combine(1)
            hasher.combine(gap)
        }
    }
}
