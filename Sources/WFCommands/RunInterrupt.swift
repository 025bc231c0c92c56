import Dispatch
import Foundation
import WFLocalization

/// Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation of the run, once; a second Ctrl-C
/// exits at once. Running scripts get SIGTERM, then SIGKILL, and the run is recorded as cancelled.
final class InterruptHandler: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]

    init(language: Language, _ cancel: @escaping @Sendable () -> Void) {
        let notice = "\n" + CommandText.interrupted.message.text(language) + "\n"
        let interrupted = Flag()
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if interrupted.setOnce() {
                    FileHandle.standardError.write(Data(notice.utf8))
                    cancel()
                } else {
                    exit(130)
                }
            }
            source.resume()
            return source
        }
    }

    func stop() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}

/// A flag set once, from any thread.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false

    /// True the first time only.
    func setOnce() -> Bool {
        lock.withLock {
            defer { set = true }
            return !set
        }
    }
}
