import Foundation
import GRDB

// MARK: - Integrity

extension StateStore {
    /// How thoroughly the store is checked before a run writes it.
    public enum Check: String, Sendable, CaseIterable {
        /// `PRAGMA quick_check`: pages, records and constraints, not whether indexes match their tables.
        case quick = "quick_check"
        /// `PRAGMA integrity_check`: everything `quick` checks, and every index entry against its row.
        case full = "integrity_check"
    }

    /// The check a run makes: `full`, because a damaged index goes unnoticed by `quick` and
    /// silently hides rows (an effect already sent would look never sent); it costs a few
    /// milliseconds for a year of daily runs (`wf-bench state` prints the figures).
    public static let runCheck = Check.full

    /// What `check` finds wrong with the store, at most `limit` problems; empty when it is whole.
    public func problems(_ check: Check = StateStore.runCheck, limit: Int = 10) throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "PRAGMA \(check.rawValue)(\(max(1, limit)))")
        }.filter { $0 != "ok" }
    }

    /// Throws the damaged-store error when `runCheck` finds a problem.
    func checkIntegrity() throws {
        let found = try problems()
        if !found.isEmpty { throw StateError.damaged(path: path, problems: found) }
    }
}

// MARK: - Messages

extension StateError {
    /// A store that SQLite finds damaged: what it found, and the two ways on.
    static func damaged(path: String, problems: [String]) -> StateError {
        let shown = problems.prefix(3).joined(separator: "; ") + (problems.count > 3 ? "; and \(problems.count - 3) more" : "")
        let aside = ([""] + ["-wal", "-shm"].filter { FileManager.default.fileExists(atPath: path + $0) })
            .map { "mv '\(path)\($0)' '\(path).damaged\($0)'" }
            .joined(separator: " && ")
        return StateError("""
            the state database '\(path)' is damaged (SQLite found: \(shown)); wf stopped and wrote nothing more to it.
              To go on, either restore the file from a backup, or move it aside:
                \(aside)
              then run again: the next run starts a fresh history, and reminders already sent may be sent again.
            """)
    }
}
