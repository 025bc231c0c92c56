import Foundation
public import WFExpressions

/// The result of one node in one run, as recorded in the state store.
public struct NodeResult: Sendable {
    public var nodeID: String
    public var status: NodeStatus
    public var outputs: [String: ExpressionValue]
    /// Attempts made (0 when the node did not run: skipped, cancelled or reused).
    public var attempts: Int
    public var startedAt: Date?
    public var finishedAt: Date?
    /// Seconds the node took, retries and backoff included.
    public var duration: Double
    /// Why it failed, was skipped or was cancelled.
    public var error: String?
    /// A short note for the summary table.
    public var note: String?
    /// True when a continue-on-error failure lets the run go on as if it succeeded.
    public var tolerated: Bool
    /// True when the result was reused from an earlier run by `--resume`.
    public var reused: Bool

    public init(
        nodeID: String, status: NodeStatus, outputs: [String: ExpressionValue] = [:], attempts: Int = 0,
        startedAt: Date? = nil, finishedAt: Date? = nil, duration: Double = 0, error: String? = nil,
        note: String? = nil, tolerated: Bool = false, reused: Bool = false
    ) {
        self.nodeID = nodeID
        self.status = status
        self.outputs = outputs
        self.attempts = attempts
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.duration = duration
        self.error = error
        self.note = note
        self.tolerated = tolerated
        self.reused = reused
    }

    /// True when dependents see this node as a success (`success()`).
    public var countsAsSuccess: Bool { status == .succeeded || tolerated }
}
