import Testing

/// What makes a test slow, so a contributor can see why a suite is left out of the inner loop
/// (README, "Contributing"). Swift Testing tags cannot be chosen on the `swift test` command
/// line, so the inner-loop command skips the tagged suites by name; these tags document them
/// and show in the test report.
extension Tag {
    /// Slow: a real terminal, an sshd, a fuzzer, a key or resize storm, or the benchmark.
    /// `swift test` (and CI) runs it; the inner loop skips it.
    @Tag static var slow: Self
    /// Drives a real binary in a real terminal (a private tmux server or a pseudo-terminal).
    @Tag static var terminal: Self
    /// Starts a real OpenSSH server and connects attendees to it.
    @Tag static var ssh: Self
    /// Builds and runs the libFuzzer targets.
    @Tag static var fuzz: Self
    /// Hammers a running dashboard: thousands of keys or hundreds of resizes.
    @Tag static var storm: Self
    /// Runs the benchmark (`vigia-bench --quick`).
    @Tag static var benchmark: Self
}
