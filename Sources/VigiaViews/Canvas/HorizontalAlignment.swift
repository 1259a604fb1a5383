/// Where text sits in a column wider than it: names left, numbers right, so digits line up.
public enum HorizontalAlignment: Hashable, Sendable {
    case left
    case right
}
