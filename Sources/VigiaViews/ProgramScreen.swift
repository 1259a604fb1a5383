import VigiaModel

enum ProgramScreen {
    static func draw(_ id: String, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {}
}
