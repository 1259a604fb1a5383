import Foundation
import Testing

/// Where the OpenSSH programs are (Debian's openssh-server and openssh-client).
enum OpenSSH {
    static let sshd = "/usr/sbin/sshd"
    static let ssh = "/usr/bin/ssh"
    static let keygen = "/usr/bin/ssh-keygen"
    static var isAvailable: Bool {
        [sshd, ssh, keygen].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// A briefing served the way Docs/ssh-briefings.md describes: a real OpenSSH server on
/// 127.0.0.1 whose `ForceCommand` is `vigia follow`, two attendees connecting with `ssh -tt`
/// from terminals of different sizes, TERMs and locales, and a presenter stepping in a third.
///
/// The test starts everything itself (throwaway host and client keys, a free port, a private
/// folder) and stops everything at the end. It runs as the current user: as root (CI) the
/// attendees log in as root; as anyone else sshd runs unprivileged on the high port and the
/// attendees log in as that same user. Skipped when `/usr/sbin/sshd` is not installed
/// (`.ci/run` installs openssh-server).
@Suite(.serialized, .tags(.slow, .terminal, .ssh), .enabled(if: TmuxHarness.isAvailable && OpenSSH.isAvailable))
struct SSHBriefingTests {
    static let sshd = OpenSSH.sshd
    static let ssh = OpenSSH.ssh
    static let keygen = OpenSSH.keygen

    /// A throwaway sshd: keys, config, port and log in one private folder.
    final class Server {
        let folder: String
        let port: Int
        let socket: String
        let user: String
        var pid: Int32?

        init(vigia: String, data: String) throws {
            folder = "/tmp/vigia-ssh-\(getpid())-\(UUID().uuidString.prefix(6))"
            guard mkdir(folder, 0o700) == 0 else { throw HarnessError("cannot create \(folder)") }
            socket = folder + "/b.sock"
            user = String(cString: getpwuid(getuid()).pointee.pw_name)
            port = try Self.freePort()
            for key in ["host", "client"] {
                let status = try spawnAndWait(SSHBriefingTests.keygen, ["-q", "-t", "ed25519", "-N", "", "-C", "vigia-test-\(key)", "-f", "\(folder)/\(key)"])
                guard status == 0 else { throw HarnessError("ssh-keygen failed with \(status)") }
            }
            try FileManager.default.copyItem(atPath: "\(folder)/client.pub", toPath: "\(folder)/authorized_keys")
            // The recipe of Docs/ssh-briefings.md, on a private port, for this user only.
            let config = """
                Port \(port)
                ListenAddress 127.0.0.1
                HostKey \(folder)/host
                PidFile \(folder)/sshd.pid
                AuthorizedKeysFile \(folder)/authorized_keys
                PubkeyAuthentication yes
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                UsePAM no
                StrictModes no
                PermitRootLogin prohibit-password
                AcceptEnv LANG LC_*
                LogLevel VERBOSE

                Match User \(user)
                    ForceCommand \(vigia) follow --socket \(socket) --data \(data)
                    PermitTTY yes
                    AllowTcpForwarding no
                    AllowStreamLocalForwarding no
                    AllowAgentForwarding no
                    X11Forwarding no
                    PermitTunnel no
                    PermitUserRC no
                """
            try config.write(toFile: "\(folder)/sshd_config", atomically: true, encoding: .utf8)
        }

        /// A TCP port nobody listens on right now.
        static func freePort() throws -> Int {
            let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                    bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
                }
            }
            guard bound else { throw HarnessError("no free port") }
            return Int(UInt16(bigEndian: address.sin_port))
        }

        func start() throws {
            if getuid() == 0 { mkdir("/run/sshd", 0o755) }
            let status = try spawnAndWait(SSHBriefingTests.sshd, ["-f", "\(folder)/sshd_config", "-E", "\(folder)/sshd.log"])
            guard status == 0 else { throw HarnessError("sshd exited with \(status): \(log)") }
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if let text = try? String(contentsOfFile: "\(folder)/sshd.pid", encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                    self.pid = pid
                    return
                }
                usleep(20_000)
            }
            throw HarnessError("sshd wrote no pid file: \(log)")
        }

        /// Stops the listening daemon; per-connection processes end with their connections.
        func stop() {
            if let pid { kill(pid, SIGTERM) }
            pid = nil
        }

        var log: String { (try? String(contentsOfFile: "\(folder)/sshd.log", encoding: .utf8)) ?? "" }

        /// The `ssh -tt` command line of an attendee, with `TERM` and `LANG` set for it (sent
        /// with `SendEnv`; `TERM` travels in the pty request).
        func attendeeCommand(term: String, lang: String) -> String {
            let words = ["exec", "env", "TERM=\(term)", "LANG=\(lang)", SSHBriefingTests.ssh, "-tt", "-F", "/dev/null",
                         "-p", String(port), "-i", "\(folder)/client", "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                         "-o", "SendEnv=LANG", "\(user)@127.0.0.1"]
            return words.map(TmuxHarness.quote).joined(separator: " ")
        }

        func removeFiles() {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// Process ids whose command line contains every one of `words`.
    static func processes(matching words: [String]) -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap(Int32.init).filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let line = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            return words.allSatisfy(line.contains) && !isZombie(pid)
        }
    }

    static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    static func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition() { return true }
            usleep(20_000)
        } while Date() < deadline
        return condition()
    }

    /// Bytes sshd has sent on each of its connections (`ss -ti`), keyed by the client's address:
    /// what a step costs on the wire, SSH's encryption and framing included.
    static func bytesSent(fromPort port: Int, in folder: String) -> [String: Int] {
        let output = folder + "/ss.txt"
        guard (try? spawnAndWait("/usr/bin/ss", ["-tinH", "state", "established", "( sport = :\(port) )"], standardOutput: output)) == 0,
              let text = try? String(contentsOfFile: output, encoding: .utf8) else { return [:] }
        var result: [String: Int] = [:]
        var peer: String?
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            if line.first != " " && line.first != "\t", let last = words.last {
                peer = String(last)
            } else if let peer, let field = words.first(where: { $0.hasPrefix("bytes_sent:") }), let value = Int(field.dropFirst("bytes_sent:".count)) {
                result[peer] = value
            }
        }
        return result
    }

    /// Opens an attendee terminal of `width`×`height` running `command` in its own tmux server.
    private func attend(_ command: String, width: Int, height: Int) throws -> TmuxHarness {
        let harness = try TmuxHarness()
        try harness.tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
        return harness
    }

    @Test func attendeesFollowOverSSH() throws {
        guard let vigia = TmuxHarness.productPath("vigia") else { throw HarnessError("vigia not built") }
        let data = BuiltProduct.checkout.appendingPathComponent("Data").path
        let server = try Server(vigia: vigia, data: data)
        let sshdBefore = Set(Self.processes(matching: ["sshd"]))
        var attendees: [TmuxHarness] = []
        let presenter = try TmuxHarness()
        defer {
            for attendee in attendees { _ = try? attendee.tmux(["kill-server"]) }
            presenter.stop()
            server.stop()
            // Nothing may be left: no sshd of this test, no follower or presenter on its socket.
            // Per-connection sshd processes do not name the folder: compare with before.
            let clean = Self.waitUntil(timeout: 10) {
                Self.processes(matching: [server.folder]).isEmpty && Set(Self.processes(matching: ["sshd"])).isSubset(of: sshdBefore)
            }
            #expect(clean, "left running: \(Self.processes(matching: [server.folder])) \(Set(Self.processes(matching: ["sshd"])).subtracting(sshdBefore))")
            server.removeFiles()
        }
        try server.start()

        try presenter.start(program: "vigia", arguments: ["brief", "plan-ecuador", "--socket", server.socket, "--data", data],
                            environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"], width: 100, height: 30)
        var presented = presenter.waitForSettledFrame(containing: " 1/13 ")
        #expect(presented.found, "\(presented.screen)")

        // Attendee 1: 80×24, xterm, UTF-8. Its `vigia follow` is the only one at first.
        let first = try attend(server.attendeeCommand(term: "xterm", lang: "C.UTF-8"), width: 80, height: 24)
        attendees.append(first)
        var screen = first.waitForSettledFrame(containing: "following")
        #expect(screen.found, "\(screen.screen)\n\(server.log)")
        let followers = Self.processes(matching: [vigia, "follow", server.socket])
        #expect(followers.count == 1)
        let firstFollower = try #require(followers.first)
        let firstPeer = Self.bytesSent(fromPort: server.port, in: server.folder).keys.first

        // Attendee 2: 132×43, screen, C locale (ASCII fallback).
        let second = try attend(server.attendeeCommand(term: "screen", lang: "C"), width: 132, height: 43)
        attendees.append(second)
        screen = second.waitForSettledFrame(containing: "following")
        #expect(screen.found, "\(screen.screen)\n\(server.log)")
        presented = presenter.waitForSettledFrame(containing: "2 following")
        #expect(presented.found, "\(presented.screen)")

        // The environment each follower runs with, as sshd set it up.
        let environments = Self.processes(matching: [vigia, "follow", server.socket]).map { pid in
            String(decoding: (FileManager.default.contents(atPath: "/proc/\(pid)/environ") ?? Data()).map { $0 == 0 ? 0x0A : $0 }, as: UTF8.self)
        }
        #expect(environments.contains { $0.contains("TERM=xterm\n") && $0.contains("LANG=C.UTF-8\n") }, "\(environments)")
        #expect(environments.contains { $0.contains("TERM=screen\n") && $0.contains("LANG=C\n") }, "\(environments)")

        // Step twice; both attendees show each step's content at their own size.
        try first.tmux(["pipe-pane", "-o", "cat >> \(TmuxHarness.quote(first.directory.appendingPathComponent("bytes").path))"])
        let before = first.waitForSettledSize(of: "bytes")
        let wireBefore = firstPeer.flatMap { Self.bytesSent(fromPort: server.port, in: server.folder)[$0] }
        try presenter.send("n")
        screen = first.waitForSettledFrame(containing: "Homicides › Ecuador", " 2/13 ")
        #expect(screen.found && screen.screen.contains(" 2/13 "), "\(screen.screen)")
        #expect(screen.screen.split(separator: "\n").count == 24 && screen.screen.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let stepBytes = first.waitForSettledSize(of: "bytes") - before
        let wireAfter = firstPeer.flatMap { Self.bytesSent(fromPort: server.port, in: server.folder)[$0] }
        screen = second.waitForSettledFrame(containing: "Homicides > Ecuador", " 2/13 ")
        #expect(screen.found && screen.screen.contains(" 2/13 "), "\(screen.screen)")
        #expect(screen.screen.contains("Ecuador: from about 6 to about 46 per 100,000"), "the wide terminal shows the whole step title")
        #expect(!screen.screen.unicodeScalars.contains { $0.value > 0x7F }, "LANG=C gets ASCII only:\n\(screen.screen)")

        try presenter.send("n")
        screen = first.waitForSettledFrame(containing: "Ecuador › 2023", " 3/13 ", "45.72")
        #expect(screen.found && screen.screen.contains(" 3/13 ") && screen.screen.contains("45.72"), "\(screen.screen)")
        screen = second.waitForSettledFrame(containing: "Ecuador > 2023", " 3/13 ", "8,008")
        #expect(screen.found && screen.screen.contains(" 3/13 ") && screen.screen.contains("8,008"), "\(screen.screen)")
        var wire = "unknown"
        if let wireBefore, let wireAfter { wire = String(wireAfter - wireBefore) }
        print("a step change cost attendee 1 (80x24, TERM=xterm, UTF-8): \(stepBytes) bytes of terminal output, \(wire) bytes on the wire (SSH)")

        // Kill attendee 1's ssh client: its `vigia follow` must be gone within 2 seconds.
        let clientPID = try #require(Int32(first.tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(clientPID, SIGKILL) == 0)
        let killedAt = Date()
        let gone = Self.waitUntil(timeout: 2) { kill(firstFollower, 0) != 0 || Self.isZombie(firstFollower) }
        #expect(gone, "vigia follow \(firstFollower) still running \(Date().timeIntervalSince(killedAt)) s after its ssh client was killed")
        presented = presenter.waitForSettledFrame(containing: "1 follower")
        #expect(presented.found, "\(presented.screen)")
        screen = second.waitForSettledFrame(containing: " 3/13 ")
        #expect(screen.found, "the other attendee is unaffected: \(screen.screen)")

        try presenter.send("q")
        #expect(presenter.exitStatus() == 0)
        screen = second.waitForSettledFrame(containing: "presenter left")
        #expect(screen.found, "\(screen.screen)")
    }
}
