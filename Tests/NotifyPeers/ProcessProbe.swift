import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a process a test started (through wf) is still alive, for the tests that check a
/// timeout kills a script's whole process group.
public enum ProcessProbe {
    /// True when `pid` no longer runs: it is gone (ESRCH), or it is a zombie nobody reaped
    /// (killed, but orphaned under a PID 1 that does not reap, as in some containers).
    public static func isGone(_ pid: Int32) -> Bool {
        if kill(pid, 0) != 0 { return errno == ESRCH }
        #if os(Linux)
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        // "pid (name) S ...": the state is the first field after the last ')'.
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
        #else
        return false
        #endif
    }

    /// Polls until `pid` is gone, giving the kernel up to `limit` seconds to deliver the kill
    /// and reap; false when it still runs then. Not a measure of speed: a killed process is
    /// gone at once, a live one (`sleep 30`) stays far longer than the limit.
    public static func waitUntilGone(_ pid: Int32, limit: Double = 10) -> Bool {
        for _ in 0..<Int(limit * 50) {
            if isGone(pid) { return true }
            usleep(20_000)
        }
        return isGone(pid)
    }
}
