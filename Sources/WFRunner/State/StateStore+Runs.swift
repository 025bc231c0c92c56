import Foundation
import GRDB
import WFExpressions

// MARK: - Runs and node results

extension StateStore {
    /// Records a new run and returns its id.
    public func insertRun(_ run: RunRecord) throws -> Int64 {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO runs (workflow, path, content_hash, as_of, started_at, status, options, pid, resumes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [run.workflow, run.path, run.contentHash, run.asOf, run.startedAt.timeIntervalSince1970,
                            run.status.rawValue, run.options, Int(getpid()), run.resumes])
            return db.lastInsertedRowID
        }
    }

    /// Marks a run as continued by `--resume`: running again, one more resume.
    public func reopenRun(_ id: Int64) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE runs SET status = ?, finished_at = NULL, resumes = resumes + 1, pid = ? WHERE id = ?",
                arguments: [RunStatus.running.rawValue, Int(getpid()), id])
        }
    }

    /// Records how a run ended.
    public func finishRun(_ id: Int64, status: RunStatus, at date: Date = Date()) throws {
        try write { db in
            try db.execute(sql: "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?",
                           arguments: [status.rawValue, date.timeIntervalSince1970, id])
        }
    }

    /// Records a node's result in its own transaction (one statement, committed when it
    /// returns), replacing an earlier result of the same run.
    public func record(_ result: NodeResult, run: Int64) throws {
        try writeStatement(Self.insertResult, arguments: Self.arguments(result, run: run))
    }

    /// Records node results in one transaction, in their order: all of them are committed
    /// when it returns, or none.
    public func record(_ results: [NodeResult], run: Int64) throws {
        if results.count == 1, let result = results.first { return try record(result, run: run) }
        guard !results.isEmpty else { return }
        try write { db in
            let statement = try db.cachedStatement(sql: Self.insertResult)
            for result in results { try statement.execute(arguments: Self.arguments(result, run: run)) }
        }
    }

    private static let insertResult = """
        INSERT OR REPLACE INTO node_results
            (run_id, node_id, status, outputs, attempts, started_at, finished_at, duration, error, note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    private static func arguments(_ result: NodeResult, run: Int64) -> StatementArguments {
        [run, result.nodeID, result.status.rawValue, ExpressionValue.object(result.outputs).json(), result.attempts,
         result.startedAt?.timeIntervalSince1970, result.finishedAt?.timeIntervalSince1970,
         result.duration, result.error, result.note]
    }

    /// The latest run of a workflow, if any.
    public func lastRun(workflow: String) throws -> RunRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE workflow = ? ORDER BY id DESC LIMIT 1",
                             arguments: [workflow]).map(RunRecord.init(row:))
        }
    }

    /// Runs of a workflow, newest first, with their node counts.
    public func runs(workflow: String, limit: Int = 50) throws -> [RunOverview] {
        try read { db in
            let runs = try Row.fetchAll(db, sql: "SELECT * FROM runs WHERE workflow = ? ORDER BY id DESC LIMIT ?",
                                        arguments: [workflow, limit]).map(RunRecord.init(row:))
            return try runs.map { run in
                var counts: [NodeStatus: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM node_results WHERE run_id = ? GROUP BY status",
                                            arguments: [run.id]) {
                    if let status = NodeStatus(rawValue: row["status"]) { counts[status] = row["n"] }
                }
                return RunOverview(run: run, counts: counts)
            }
        }
    }

    /// The node results of a run, in the order they were recorded.
    public func results(run: Int64) throws -> [NodeResult] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM node_results WHERE run_id = ? ORDER BY rowid", arguments: [run])
                .map(NodeResult.init(row:))
        }
    }
}

// MARK: - Rows

extension RunRecord {
    init(row: Row) {
        let finished: Double? = row["finished_at"]
        self.init(
            id: row["id"], workflow: row["workflow"], path: row["path"], contentHash: row["content_hash"],
            asOf: row["as_of"], startedAt: Date(timeIntervalSince1970: row["started_at"]),
            finishedAt: finished.map(Date.init(timeIntervalSince1970:)),
            status: RunStatus(rawValue: row["status"]) ?? .running, options: row["options"], resumes: row["resumes"])
    }
}

extension NodeResult {
    init(row: Row) {
        let started: Double? = row["started_at"]
        let finished: Double? = row["finished_at"]
        var outputs: [String: ExpressionValue] = [:]
        if case .object(let object)? = ExpressionValue(json: row["outputs"]) { outputs = object }
        self.init(
            nodeID: row["node_id"], status: NodeStatus(rawValue: row["status"]) ?? .failed, outputs: outputs,
            attempts: row["attempts"], startedAt: started.map(Date.init(timeIntervalSince1970:)),
            finishedAt: finished.map(Date.init(timeIntervalSince1970:)), duration: row["duration"],
            error: row["error"], note: row["note"])
    }
}
