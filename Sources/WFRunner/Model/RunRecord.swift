import Foundation

/// One run of a workflow, as recorded in the state store.
public struct RunRecord: Sendable {
    public var id: Int64
    /// The workflow's key: its path relative to the state folder's parent.
    public var workflow: String
    /// The workflow's path as given on the command line.
    public var path: String
    public var contentHash: String
    /// The as-of date, `YYYY-MM-DD`.
    public var asOf: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var status: RunStatus
    /// The options, as JSON.
    public var options: String
    /// How many times `--resume` continued this run.
    public var resumes: Int

    public init(
        id: Int64 = 0, workflow: String, path: String, contentHash: String, asOf: String, startedAt: Date,
        finishedAt: Date? = nil, status: RunStatus = .running, options: String = "{}", resumes: Int = 0
    ) {
        self.id = id
        self.workflow = workflow
        self.path = path
        self.contentHash = contentHash
        self.asOf = asOf
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.options = options
        self.resumes = resumes
    }
}

/// A run with how many of its nodes ended each way, for `wf history`.
public struct RunOverview: Sendable {
    public var run: RunRecord
    public var counts: [NodeStatus: Int]

    public init(run: RunRecord, counts: [NodeStatus: Int]) {
        self.run = run
        self.counts = counts
    }
}

/// One effect in the outbox.
public struct EffectRecord: Sendable {
    /// The effect's state in the outbox.
    public enum State: String, Sendable {
        case pending, done, failed
    }

    public var workflow: String
    public var nodeID: String
    public var key: String
    public var summary: String
    public var state: State
    public var runID: Int64?
    public var createdAt: Date
    public var updatedAt: Date
    public var error: String?
}
