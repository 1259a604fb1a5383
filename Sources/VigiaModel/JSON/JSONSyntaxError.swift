/// Why a file is not well-formed JSON, and where.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public var position: SourcePosition
    public var message: String

    public init(position: SourcePosition, message: String) {
        self.position = position
        self.message = message
    }
}
