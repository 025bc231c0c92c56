import Foundation
import WFLocalization
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
        do {
            return try Self.problems(in: queue, check: check, limit: limit)
        } catch {
            throw Self.failure(error, path: path, doing: .doingCheck, waitLimit: waitLimit)
        }
    }

    static func problems(in queue: DatabaseQueue, check: Check, limit: Int) throws -> [String] {
        try queue.read { db in
            try String.fetchAll(db, sql: "PRAGMA \(check.rawValue)(\(max(1, limit)))")
        }.filter { $0 != "ok" }
    }

    /// Throws the damaged-store error when `runCheck` finds a problem, after closing `queue`, so
    /// that the files the message tells to move aside are those left once wf has stopped.
    static func refuseIfDamaged(_ queue: DatabaseQueue, path: String, waitLimit: TimeInterval) throws {
        let found: [String]
        do {
            found = try problems(in: queue, check: runCheck, limit: 10)
        } catch {
            let failure = failure(error, path: path, doing: .doingCheck, waitLimit: waitLimit)
            try? queue.close()
            throw failure.isDamage ? StateError.damaged(path: path, problems: [describe(error)]) : failure
        }
        guard !found.isEmpty else { return }
        try? queue.close()
        throw StateError.damaged(path: path, problems: found)
    }
}

// MARK: - Messages

extension StateError {
    /// A store that SQLite finds damaged: what it found, and the two ways on.
    static func damaged(path: String, problems: [String]) -> StateError {
        let shown = Message.verbatim(problems.prefix(3).joined(separator: "; "))
            .joined(problems.count > 3 ? StateText.andMore(count: problems.count - 3) : .verbatim(""), separator: "")
        // A -wal with changes belongs to this file: left behind, SQLite would replay it into a
        // new store of the same name. An empty one, and the -shm, SQLite rebuilds.
        let aside = ([""] + (StateStore.walHasChanges(path: path) ? ["-wal"] : []))
            .map { "    mv '\(path)\($0)' '\(path).damaged\($0)'\n" }
            .joined()
        var error = StateError(StateText.damaged(path: path, problems: shown, commands: aside))
        error.isDamage = true
        return error
    }
}
