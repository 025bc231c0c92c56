import Foundation
public import WFCalendar

/// Something that happened during a run, for the live view, plain lines and NDJSON.
public enum RunEvent: Sendable {
    case runStarted(RunStart)
    /// A node started an attempt (1 for the first).
    case nodeStarted(node: String, attempt: Int)
    /// A line a plugin logged (secrets already masked).
    case log(node: String, line: String)
    case nodeFinished(NodeResult)
    case effect(node: String, key: String, summary: String, state: EffectState)
    case runFinished(RunSummary)
}

/// How an effect went, as events report it.
public enum EffectState: String, Sendable {
    case performed
    case alreadyDone = "already-done"
    case described
    case failed
}

/// What a run is about to do.
public struct RunStart: Sendable {
    /// The run's id: the state store's run number, or "dry-run".
    public var runID: String
    /// The workflow's path as given.
    public var workflow: String
    /// The plan's name.
    public var name: String
    public var asOf: CivilDate
    public var dryRun: Bool
    /// Nodes selected to run.
    public var nodes: [String]
    /// Node titles by id, for the summary.
    public var titles: [String: String]
    /// Nodes reused from the resumed run.
    public var reused: [String]
    /// True when `--resume` continued an earlier run.
    public var resumed: Bool
    /// The state database, nil for a dry run.
    public var statePath: String?
    /// Something to say before the run ("nothing to resume…").
    public var notice: String?
}

/// How a run ended.
public struct RunSummary: Sendable {
    public var runID: String
    public var status: RunStatus
    /// The selected nodes' results, in run order (topological).
    public var results: [NodeResult]
    /// Wall-clock seconds.
    public var duration: Double
    public var asOf: CivilDate
    public var dryRun: Bool
    /// What `--fail-on` found ("goal 'x' is overdue"); empty when it found nothing or was not given.
    public var failOnMatches: [String]

    public init(runID: String, status: RunStatus, results: [NodeResult], duration: Double, asOf: CivilDate,
                dryRun: Bool, failOnMatches: [String] = []) {
        self.runID = runID
        self.status = status
        self.results = results
        self.duration = duration
        self.asOf = asOf
        self.dryRun = dryRun
        self.failOnMatches = failOnMatches
    }

    /// §4: 0 when all is fine; 1 when a node failed, the run was cancelled or `--fail-on` matched.
    public var exitCode: Int32 {
        status == .succeeded && failOnMatches.isEmpty ? 0 : 1
    }

    /// How many nodes ended each way.
    public var counts: [NodeStatus: Int] {
        results.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }
}

/// Receives a run's events, in order, from one task at a time.
public protocol RunReporter: Sendable {
    func handle(_ event: RunEvent)
}

/// A reporter that ignores everything (benchmarks, tests).
public struct SilentReporter: RunReporter {
    public init() {}
    public func handle(_ event: RunEvent) {}
}
