import ArgumentParser
import VigiaViews

/// `--size` for `brief --export` and `replay --export`: the screen every exported step or
/// frame is drawn at, whatever the terminal's size.
struct ExportSizeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Screen size for --export, columns x rows.", valueName: "WxH"))
    var size: String = "100x30"

    /// The size asked for, refused below `minimum` (what the export can draw in).
    func size(minimum: Size) throws -> Size {
        try screenSize(size, minimum: minimum)
    }
}
