import VigiaModel

enum ProgramYearScreen {
    static func draw(_ id: String, _ year: Int, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {}
}
