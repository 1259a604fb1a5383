import VigiaViews

extension Bench {
    /// The Map at 200×60: `]` and `[` change the year, so every frame rasterises and fills
    /// every country again (nothing of the previous frame is reused).
    func measureMap(into report: inout Report) {
        let state = dashboard.reduce(dashboard.initialState(), .show(.map))
        let sample = inProcess(dashboard, from: state, keys: [.character("]"), .character("[")], size: Size(width: 200, height: 60),
                               iterations: settings.renderIterations)
        report.add("2.9", "Map frame in-process, 200×60", sample, .milliseconds, note: "reduce + render, ] / [")
    }
}
