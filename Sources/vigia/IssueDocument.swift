import VigiaModel

/// One data issue in a JSON report (`validate --json`, `scenario validate --format json`):
/// its place as separate fields, so a script need not take `FILE:LINE:COLUMN` apart.
///
/// JSON escapes C0 controls but not DEL, C1 or bidi controls, so the text fields are escaped
/// as on standard error: a report piped to a terminal stays inert.
struct IssueDocument: Encodable {
    var file: String
    var line: Int?
    var column: Int?
    var path: String?
    var message: String

    init(_ issue: DataIssue) {
        file = DataIssue.escaped(issue.file)
        line = issue.position?.line
        column = issue.position?.column
        path = issue.path.map { DataIssue.escaped($0.description) }
        message = DataIssue.escaped(issue.message)
    }
}
