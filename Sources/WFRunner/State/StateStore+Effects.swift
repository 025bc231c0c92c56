import Foundation
import GRDB

// MARK: - Effects outbox

extension StateStore {
    /// The state of an effect, or nil when it was never recorded.
    public func effectState(workflow: String, node: String, key: String) throws -> EffectRecord.State? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT state FROM effects WHERE workflow = ? AND node_id = ? AND key = ?",
                                arguments: [workflow, node, key]).flatMap(EffectRecord.State.init(rawValue:))
        }
    }

    /// Records an effect as pending (about to be performed), whatever it was before.
    public func beginEffect(workflow: String, node: String, key: String, summary: String, run: Int64?) throws {
        let now = Date().timeIntervalSince1970
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO effects (workflow, node_id, key, summary, state, run_id, created_at, updated_at)
                    VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)
                    ON CONFLICT (workflow, node_id, key) DO UPDATE SET
                        summary = excluded.summary, state = 'pending', run_id = excluded.run_id,
                        updated_at = excluded.updated_at, error = NULL
                    """,
                arguments: [workflow, node, key, summary, run, now, now])
        }
    }

    /// Marks an effect done or failed.
    public func finishEffect(workflow: String, node: String, key: String, state: EffectRecord.State, error: String? = nil) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE effects SET state = ?, error = ?, updated_at = ? WHERE workflow = ? AND node_id = ? AND key = ?",
                arguments: [state.rawValue, error, Date().timeIntervalSince1970, workflow, node, key])
        }
    }

    /// What an effect said when it was done (the subject actually sent), or nil when unknown.
    public func effectSummary(workflow: String, node: String, key: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT summary FROM effects WHERE workflow = ? AND node_id = ? AND key = ?",
                                arguments: [workflow, node, key])
        }
    }

    /// Every effect of a workflow, oldest first.
    public func effects(workflow: String) throws -> [EffectRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM effects WHERE workflow = ? ORDER BY id", arguments: [workflow]).map { row in
                let error: String? = row["error"]
                let runID: Int64? = row["run_id"]
                return EffectRecord(
                    workflow: row["workflow"], nodeID: row["node_id"], key: row["key"], summary: row["summary"],
                    state: EffectRecord.State(rawValue: row["state"]) ?? .pending, runID: runID,
                    createdAt: Date(timeIntervalSince1970: row["created_at"]),
                    updatedAt: Date(timeIntervalSince1970: row["updated_at"]), error: error)
            }
        }
    }
}
