#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Why a briefing socket could not be set up; the message is meant for the user as is.
public struct BriefingError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Where the briefing socket lives, and the checks that keep it private.
///
/// Who may follow is decided by the file system: the socket is created `0600` (only the
/// presenter's user), or `0660` owned by `--group` so members of that group (an SSH-only
/// `briefing` account, say) can connect. The default directory is private (`0700`, or `0710`
/// with a group so its members can reach the socket but not list or plant files).
public enum SocketPath {
    /// `$XDG_RUNTIME_DIR/vigia/briefing.sock`, else `/tmp/vigia-$UID/briefing.sock`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") {
            var info = stat()
            if stat(runtime, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                return (runtime as NSString).appendingPathComponent("vigia/briefing.sock")
            }
        }
        return "/tmp/vigia-\(getuid())/briefing.sock"
    }

    /// The group id of `name` (a name or a number).
    public static func groupID(_ name: String) throws(BriefingError) -> gid_t {
        if let entry = getgrnam(name) { return entry.pointee.gr_gid }
        if let number = gid_t(name) { return number }
        throw BriefingError("no group \"\(name)\"")
    }

    /// Makes sure the socket's directory exists and is safe, creating it (and only it) when it
    /// is the default one. An existing directory must belong to this user and must not be
    /// writable by others, or anyone could swap the socket for their own.
    static func prepareDirectory(of path: String, isDefault: Bool, group: gid_t?) throws(BriefingError) {
        let directory = (path as NSString).deletingLastPathComponent
        var info = stat()
        if lstat(directory, &info) != 0 {
            guard isDefault, errno == ENOENT else { throw BriefingError("the socket's folder \(directory) does not exist") }
            let parent = (directory as NSString).deletingLastPathComponent
            if lstat(parent, &info) != 0 {
                // $XDG_RUNTIME_DIR exists (checked above); only the /tmp fallback has one level.
                throw BriefingError("\(parent) does not exist")
            }
            guard mkdir(directory, 0o700) == 0 || errno == EEXIST else {
                throw BriefingError("cannot create \(directory): \(String(cString: strerror(errno)))")
            }
            guard lstat(directory, &info) == 0 else { throw BriefingError("cannot inspect \(directory)") }
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw BriefingError("\(directory) is not a folder (a symbolic link is refused)") }
        if isDefault {
            guard info.st_uid == getuid() else { throw BriefingError("\(directory) belongs to user \(info.st_uid), not to you; refusing to use it") }
            let mode: mode_t = group == nil ? 0o700 : 0o710
            if let group, info.st_gid != group, chown(directory, uid_t.max, group) != 0 {
                throw BriefingError("cannot give \(directory) to group \(group): \(String(cString: strerror(errno)))")
            }
            if info.st_mode & 0o777 != mode, chmod(directory, mode) != 0 {
                throw BriefingError("cannot set the mode of \(directory): \(String(cString: strerror(errno)))")
            }
        } else if info.st_mode & 0o002 != 0 && info.st_mode & S_ISVTX == 0 {
            throw BriefingError("\(directory) is writable by everyone; choose a private folder for --socket")
        }
    }

    /// Removes a stale socket left by a presenter that crashed; refuses anything else.
    static func removeStale(_ path: String) throws(BriefingError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFSOCK else { throw BriefingError("\(path) exists and is not a socket; refusing to replace it") }
        guard info.st_uid == getuid() else { throw BriefingError("\(path) belongs to user \(info.st_uid), not to you; refusing to replace it") }
        if let probe = try? UnixSocket.connect(path) {
            close(probe)
            throw BriefingError("a presenter is already running on \(path)")
        }
        unlink(path)
    }
}

/// Thin wrappers over the socket calls, each returning a descriptor or throwing with errno.
enum UnixSocket {
    struct Failure: Error {
        var errno: Int32
        var call: String
        var message: String { "\(call): \(String(cString: strerror(self.errno)))" }
    }

    /// Runs `body` with `path` as a `sockaddr_un`; paths longer than `sun_path` are refused.
    static func withAddress<T>(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) throws(Failure) -> T {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !bytes.isEmpty, bytes.count < capacity else { throw Failure(errno: ENAMETOOLONG, call: "socket path") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
            raw[bytes.count] = 0
        }
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }

    static func makeSocket() throws(Failure) -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(errno: errno, call: "socket") }
        setCloseOnExec(fd)
        #if canImport(Darwin)
        var on: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
        return fd
    }

    /// A connected, non-blocking socket to `path`.
    static func connect(_ path: String) throws(Failure) -> Int32 {
        let fd = try makeSocket()
        let result = try withAddress(path) { address, length in
            #if canImport(Glibc)
            Glibc.connect(fd, address, length)
            #else
            Darwin.connect(fd, address, length)
            #endif
        }
        guard result == 0 else { throw abandon(fd, call: "connect") }
        setNonBlocking(fd)
        return fd
    }

    /// A non-blocking listening socket bound to `path`, created with `mode` (no window in which
    /// it is more open: the umask is narrowed around `bind`).
    static func listen(_ path: String, mode: mode_t, backlog: Int32) throws(Failure) -> Int32 {
        let fd = try makeSocket()
        let previous = umask(~mode & 0o777)
        let bound = try withAddress(path) { address, length in bind(fd, address, length) }
        let bindError = errno
        umask(previous)
        guard bound == 0 else { throw abandon(fd, call: "bind", error: bindError) }
        #if canImport(Glibc)
        let listening = Glibc.listen(fd, backlog)
        #else
        let listening = Darwin.listen(fd, backlog)
        #endif
        guard listening == 0 else { throw abandon(fd, call: "listen") }
        setNonBlocking(fd)
        return fd
    }

    /// Closes `fd`, half set up, and returns the failure of `call`. `error` defaults to errno
    /// as the caller sees it, read before `close` can change it.
    private static func abandon(_ fd: Int32, call: String, error: Int32 = errno) -> Failure {
        close(fd)
        return Failure(errno: error, call: call)
    }

    static func setNonBlocking(_ fd: Int32) {
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK) }
    }

    static func setCloseOnExec(_ fd: Int32) {
        let flags = fcntl(fd, F_GETFD)
        if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
    }

    /// Sends without raising SIGPIPE when the peer has gone.
    static func send(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.send(fd, pointer, count, Int32(MSG_NOSIGNAL))
        #else
        return Darwin.send(fd, pointer, count, 0)
        #endif
    }
}

/// A non-blocking pipe used to wake a thread blocked in `poll()`; writes coalesce (a full
/// pipe already means "wake up").
final class WakePipe: @unchecked Sendable {
    let readEnd: Int32
    let writeEnd: Int32

    init() throws(BriefingError) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw BriefingError("pipe: \(String(cString: strerror(errno)))") }
        readEnd = fds[0]
        writeEnd = fds[1]
        for fd in fds {
            UnixSocket.setNonBlocking(fd)
            UnixSocket.setCloseOnExec(fd)
        }
    }

    func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(readEnd, &buffer, buffer.count) > 0 {}
    }

    func close() {
        _ = Foundation.close(readEnd)
        _ = Foundation.close(writeEnd)
    }
}
