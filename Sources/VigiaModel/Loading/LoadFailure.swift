/// Why a data folder could not be loaded; the exit status follows the BSD sysexits convention.
public enum LoadFailure: Error, Sendable {
    /// The folder or one of its files does not exist or cannot be read (EX_NOINPUT, 66).
    case missing([DataIssue])
    /// The files exist but hold invalid data (EX_DATAERR, 65).
    case invalid([DataIssue])

    public var issues: [DataIssue] {
        switch self {
        case .missing(let issues), .invalid(let issues): return issues
        }
    }

    public var exitStatus: Int32 {
        switch self {
        case .missing: return 66
        case .invalid: return 65
        }
    }
}
