#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read whole into memory with plain POSIX calls, refused when it is larger than the
/// loader's limit (`DataFile.maximumBytes`).
///
/// Foundation's `attributesOfItem` answered the same questions (does it exist, is it a folder,
/// how large is it) at about 35 µs a file, building a dictionary of every attribute; `fstat` on
/// the open descriptor answers them in a few microseconds, and the start-up reads fifteen files.
enum BoundedFile {
    enum Failure: Error {
        /// There is no such file.
        case absent
        /// The file is there but cannot be read; the reason is worded for a message.
        case unreadable(String)
        /// The file holds this many bytes, more than the limit.
        case tooLarge(Int)
    }

    /// The file's bytes.
    static func bytes(at path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == ENOENT || errno == ENOTDIR ? .absent : .unreadable("cannot be opened for reading")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable("cannot be read") }
        if status.st_mode & S_IFMT == S_IFDIR { throw .unreadable("is a folder, expected a JSON file") }
        if Int(status.st_size) > DataFile.maximumBytes { throw .tooLarge(Int(status.st_size)) }
        // Straight into the array, one copy from the page cache: no `Data` in between. Pages
        // of the capacity that are never written are never resident.
        let limit = DataFile.maximumBytes + 1
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: limit) { buffer, count in
            while count < limit {
                let got = read(descriptor, buffer.baseAddress! + count, limit - count)
                if got > 0 {
                    count += got
                } else if got == 0 || errno != EINTR {
                    failed = got < 0
                    return
                }
            }
        }
        if failed { throw .unreadable("cannot be read") }
        if bytes.count > DataFile.maximumBytes { throw .tooLarge(bytes.count) }
        return bytes
    }

    /// The file's size in bytes; 0 when it cannot be examined (reading it reports why).
    static func size(at path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }
}
