import Foundation
import WFLocalization
import GRDB
import Synchronization

/// How long wf waits for a state database that another program holds locked (the sqlite3
/// tool, a backup, a database browser), and how it says so.
///
/// SQLite lets one program write at a time. When the store is locked, wf waits quietly for
/// `noticeAfter` seconds, then says once on standard error what it waits for, and keeps
/// waiting up to `limit` seconds in all before it gives up with an error.
public struct StateWait: Sendable {
    /// The longest wait for one lock, in seconds.
    public var limit: TimeInterval
    /// How long to wait before saying so, in seconds.
    public var noticeAfter: TimeInterval
    /// Receives the one notice of a wait (a line without "note:").
    public var notice: @Sendable (String) -> Void
    /// The language of the notice.
    public var language: Language = .en

    /// The wait when `WF_STATE_WAIT` is not set, in seconds.
    public static let defaultLimit: TimeInterval = 60
    /// The environment variable that sets `limit`, in seconds.
    public static let variable = "WF_STATE_WAIT"

    /// A wait of `limit` seconds, saying so after `noticeAfter` seconds to `notice` (by default on standard error).
    public init(limit: TimeInterval = StateWait.defaultLimit, noticeAfter: TimeInterval = 1,
                notice: @escaping @Sendable (String) -> Void = { StateWait.printNotice($0, language: .en) }) {
        self.limit = limit
        self.noticeAfter = noticeAfter
        self.notice = notice
    }

    /// The wait `WF_STATE_WAIT` in `environment` asks for (seconds, 0 for no wait), else the
    /// default; its notice (on standard error unless `notice` is given) is in `language`.
    public init(environment: [String: String], language: Language, notice: (@Sendable (String) -> Void)? = nil) throws {
        self.init(notice: notice ?? { StateWait.printNotice($0, language: language) })
        self.language = language
        guard let text = environment[Self.variable]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return }
        guard let seconds = Double(text), seconds.isFinite, seconds >= 0, seconds <= 86_400 else {
            throw StateError(StateText.badWait(variable: Self.variable, text: text, seconds: Int(Self.defaultLimit)))
        }
        limit = seconds
    }

    /// Writes `message` to standard error as a note.
    @Sendable public static func printNotice(_ message: String, language: Language) {
        FileHandle.standardError.write(Data((StateText.noteLine(message: message).text(language) + "\n").utf8))
    }

    /// The busy handler for `path`: sleeps a little between tries, gives up after `limit`.
    func busyMode(path: String) -> Database.BusyMode {
        let tracker = BusyTracker(wait: self, path: path)
        return .callback { tries in tracker.shouldRetry(tries: tries) }
    }
}

// MARK: - Messages

extension StateError {
    /// The notice once a wait has lasted `StateWait.noticeAfter`.
    static func waitingNotice(path: String, limit: TimeInterval) -> Message {
        StateText.waiting(path: path, limit: StateWait.seconds(limit), variable: StateWait.variable)
    }

    /// The error when the lock was not released within the limit.
    static func stillLocked(path: String, limit: TimeInterval) -> StateError {
        StateError(StateText.stillLocked(path: path, limit: StateWait.seconds(limit), variable: StateWait.variable))
    }
}

extension StateWait {
    /// "1 s", "2.5 s".
    static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}

// MARK: - Busy handler

/// The state of one connection's waits; SQLite calls the handler on the connection's thread,
/// with `tries` 0 at the start of each wait.
private final class BusyTracker: Sendable {
    let wait: StateWait
    let path: String
    private let state = Mutex<(start: ContinuousClock.Instant, told: Bool)>((ContinuousClock.now, false))

    init(wait: StateWait, path: String) {
        self.wait = wait
        self.path = path
    }

    func shouldRetry(tries: Int) -> Bool {
        let now = ContinuousClock.now
        let (elapsed, tell) = state.withLock { state -> (Duration, Bool) in
            if tries == 0 { state = (now, false) }
            let elapsed = now - state.start
            let tell = !state.told && elapsed >= .seconds(wait.noticeAfter)
            if tell { state.told = true }
            return (elapsed, tell)
        }
        let limit = Duration.seconds(wait.limit)
        guard elapsed < limit else { return false }
        if tell { wait.notice(StateError.waitingNotice(path: path, limit: wait.limit).text(wait.language)) }
        let pause = min(Duration.milliseconds(50), limit - elapsed)
        let (seconds, attoseconds) = pause.components
        usleep(UInt32(seconds) * 1_000_000 + UInt32(attoseconds / 1_000_000_000_000))
        return true
    }
}
