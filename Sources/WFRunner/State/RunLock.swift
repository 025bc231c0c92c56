import Foundation
import WFLocalization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on one workflow's state (`flock` on `.wf/<workflow>.lock`), so two
/// `wf run` of the same workflow never interleave. The kernel drops it when the process
/// dies, even by SIGKILL, so a crashed run never leaves a stale lock behind.
public final class RunLock: Sendable {
    /// The lock file.
    public let path: String
    private let descriptor: Int32

    /// Takes the lock; with `wait`, blocks until the holder is done, else throws at once.
    public init(path: String, wait: Bool, workflow: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw StateError(StateText.lockFile(path: path, reason: String(cString: strerror(errno))))
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = RunLock.holder(fd)
            guard wait else {
                close(fd)
                throw StateError(StateText.otherRun(workflow: workflow, pid: holder.map { StateText.otherRunPid(pid: "\($0)") } ?? .verbatim("")))
            }
            var result: Int32
            repeat {
                result = flock(fd, LOCK_EX)
            } while result != 0 && errno == EINTR
            guard result == 0 else {
                close(fd)
                throw StateError(StateText.cannotLock(path: path, reason: String(cString: strerror(errno))))
            }
        }
        descriptor = fd
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    /// True when a run holds the lock at `path` now.
    public static func isHeld(path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return false
        }
        return true
    }

    /// The pid the holder wrote into the lock file, if readable.
    private static func holder(_ fd: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
