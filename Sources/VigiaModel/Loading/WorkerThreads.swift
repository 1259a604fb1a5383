import Dispatch

/// The loader's other cores run on dispatch worker threads, which the system starts only when
/// work first arrives for them: about 0.3 ms on the reference machine, with the files waiting.
public enum WorkerThreads {
    /// Starts one now, so it is ready when the files are: `vigia` calls this first thing and
    /// reads its command line and config file meanwhile (Docs/performance.md).
    public static func start() {
        DispatchQueue.global().async {}
    }
}
