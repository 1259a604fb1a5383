import ArgumentParser

/// `--no-mouse`, shared by the commands that take this terminal's keys (the dashboard,
/// `brief`, `follow` and `replay`), so the flag reads and means the same in each.
struct MouseOptions: ParsableArguments {
    @Flag(help: "Ignore the mouse (it is never required).")
    var noMouse = false

    /// Whether to ask the terminal for mouse events.
    var reportsMouse: Bool { !noMouse }
}
