#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension BriefingServer {
    public struct Options: Sendable {
        /// A follower whose unsent output exceeds this is dropped at once.
        public var maximumBufferedBytes = 1024 * 1024
        /// A follower that accepts no bytes for this long while output waits is dropped.
        public var stallTimeout = 2.0
        /// Connections beyond this are closed at once.
        public var maximumFollowers = 1024
        /// `--group`: members of this group may follow (socket `0660`).
        public var group: gid_t?
        /// The socket path is the default one (its folder may be created and tightened).
        public var isDefaultPath = false

        public init(group: gid_t? = nil, isDefaultPath: Bool = false) {
            self.group = group
            self.isDefaultPath = isDefaultPath
        }
    }

    /// Counters for the presenter's bar and for tests.
    public struct Statistics: Hashable, Sendable {
        public var followers = 0
        public var accepted = 0
        /// Dropped because they stopped reading.
        public var droppedSlow = 0
        /// Dropped because they sent something.
        public var droppedMisbehaving = 0
        public var published: UInt64 = 0
    }
}
