import VigiaModel

enum ClaimCard {
    static func draw(_ id: String, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {}
}
