import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stops a script's process group when its timeout passes: SIGTERM to the group, then SIGKILL
/// after a grace period. It runs on a Dispatch timer, so it fires on time even when the
/// cooperative thread pool is busy.
final class ProcessGroupTimer: @unchecked Sendable {
    private let timer: any DispatchSourceTimer
    private let lock = NSLock()
    private var cancelled = false

    /// Starts the timer for the group led by `group` (the script's pid); `fired` is called
    /// once, when the timeout passes, before the signals are sent.
    init(group: pid_t, after timeout: Duration, grace: Duration, fired: @escaping @Sendable () -> Void) {
        timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + Self.interval(timeout))
        let graceInterval = Self.interval(grace)
        timer.setEventHandler { [weak self] in
            guard let self, !self.isCancelled else { return }
            fired()
            kill(-group, SIGTERM)
            DispatchQueue.global().asyncAfter(deadline: .now() + graceInterval) { [weak self] in
                // Once the script has ended, its group id may not be reused for anything of ours:
                // only signal while the run still waits for it.
                guard let self, !self.isCancelled else { return }
                kill(-group, SIGKILL)
            }
        }
        timer.resume()
    }

    private var isCancelled: Bool { lock.withLock { cancelled } }

    /// Stops the timer: the script ended before its timeout (or the kill is done).
    func cancel() {
        lock.withLock { cancelled = true }
        timer.cancel()
    }

    private static func interval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
    }
}
