/// A JSONPath-style location such as `$.decrees[3].end`, the way errors name a field.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static let root = JSONPath()

    public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
    public func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

    /// Builds a path from a `Codable` coding path (array positions arrive as `intValue` keys).
    public init(codingPath: [any CodingKey], under base: JSONPath = .root) {
        var parts = base.components
        for key in codingPath {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                parts.append(.index(index))
            } else {
                parts.append(.key(key.stringValue))
            }
        }
        self.init(parts)
    }

    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .key(let key):
                if key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) && !key.isEmpty {
                    text += "." + key
                } else {
                    text += "[\"" + key.map { $0 == "\"" ? "\\\"" : String($0) }.joined() + "\"]"
                }
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}
