import VigiaModel

enum ClaimsScreen {
    static func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {}
}
