import ArgumentParser

/// `vigia manual`: the man page, written from the same command tree as `--help`.
///
/// The parser's generate-manual plugin needs a package build of its own, which cannot run
/// inside the tests; this page is built from the parser's help instead, so a test can compare
/// it with the committed `Docs/man/vigia.1` and fail when a command changes without it.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print the man page (roff) for vigia(1).",
        shouldDisplay: false
    )

    func run() {
        print(Self.page, terminator: "")
    }

    static var page: String {
        var lines = [
            ".TH VIGIA 1 \"\" \"vigia \(Vigia.version)\" \"User Commands\"",
            ".SH NAME",
            "vigia \\- " + roff(Vigia.configuration.abstract),
            ".SH SYNOPSIS",
            ".B vigia",
            "[\\fISUBCOMMAND\\fR] [\\fIOPTIONS\\fR]",
            ".SH DESCRIPTION",
            "Without a subcommand, vigia opens the dashboard. Every subcommand has its own \\fB\\-\\-help\\fR; they are listed below as it prints them.",
            ".SH COMMANDS",
        ]
        for (name, command) in commands(Vigia.self, path: "vigia") {
            lines += [".SS \"\(name)\"", ".nf"]
            lines += Vigia.helpMessage(for: command, columns: 78).split(separator: "\n", omittingEmptySubsequences: false).map { roff(String($0)) }
            lines.append(".fi")
        }
        lines += sections
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every displayed command under `root`, depth first, with its full name.
    private static func commands(_ root: ParsableCommand.Type, path: String) -> [(String, ParsableCommand.Type)] {
        var found: [(String, ParsableCommand.Type)] = [(path, root)]
        for sub in root.configuration.subcommands where sub.configuration.shouldDisplay {
            let name = sub.configuration.commandName ?? String(describing: sub)
            found += commands(sub, path: path + " " + name)
        }
        return found
    }

    private static let sections = [
        ".SH ENVIRONMENT",
        ".TP", ".B VIGIA_DATA", "The data folder when \\fB\\-\\-data\\fR is not given.",
        ".TP", ".B NO_COLOR", "Draw without colour (the mono theme).",
        ".TP", ".B XDG_CONFIG_HOME", "Where the configuration file is looked for (default \\fI~/.config\\fR).",
        ".SH FILES",
        ".TP", ".I $XDG_CONFIG_HOME/vigia/config.json",
        "The theme, default country and data folder: a JSON object with any of \\fBtheme\\fR, \\fBcountry\\fR and \\fBdata\\fR. Flags beat the environment, which beats the file.",
        ".TP", ".I PREFIX/share/vigia/Data",
        "The bundled data set, read when no other folder is named; \\fBvigia import\\fR writes it only when \\fB\\-\\-data\\fR names it.",
        ".SH EXIT STATUS",
        "0 success; 64 a usage error; 65 invalid data, configuration or import file; 66 a missing file or folder; 73 a refused write; 74 a failed write.",
    ]

    /// Text escaped for roff: backslashes, and a leading dot or quote that would start a request.
    static func roff(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}
