/// Everything a plugin gets for one run of one node.
public struct Invocation: Sendable {
    /// The node being run (a step, or a plan item running through its default plugin).
    public let node: PlanGraph.Node
    /// The compiled plan, read-only.
    public let plan: CompiledPlan
    /// Typed inputs: `with:` values after expressions, with defaults applied.
    public let inputs: Inputs
    /// The run's date: statuses and reminders are computed as of this day.
    public let asOf: CivilDate
    /// The plan as of `asOf`, computed once for the whole run: every status a plugin reports
    /// comes from here.
    public let snapshot: PlanSnapshot
    public let runID: String
    /// True for `--dry-run`: effects are described, not performed.
    public let isDryRun: Bool
    /// The step's `env:` after expressions.
    public let env: [String: String]
    /// Outputs of the nodes this one depends on (finished in this run or reused on resume), by
    /// node id. Statuses of plan items are not here: read them from ``snapshot``.
    public let outputs: [String: [String: ExpressionValue]]
    /// Statuses of the nodes this one depends on directly, by node id ("succeeded", "failed", …).
    public let statuses: [String: String]
    public let secrets: Secrets
    public let log: Logger
    public let workspace: Workspace
    /// The step's timeout, if any.
    public let timeout: Duration?
    /// The language of the run's messages: notes and effect summaries are written in it
    /// (documents and reminders follow the plan's `lang:`).
    public let language: Language
    let ledger: any EffectLedger

    public init(
        node: PlanGraph.Node, plan: CompiledPlan, inputs: Inputs, asOf: CivilDate, runID: String, isDryRun: Bool,
        env: [String: String] = [:], outputs: [String: [String: ExpressionValue]] = [:],
        statuses: [String: String] = [:], secrets: Secrets = Secrets(), log: Logger = Logger(),
        workspace: Workspace, timeout: Duration? = nil, ledger: any EffectLedger, snapshot: PlanSnapshot? = nil,
        language: Language = .en
    ) {
        self.language = language
        self.node = node
        self.plan = plan
        self.inputs = inputs
        self.asOf = asOf
        self.snapshot = snapshot ?? PlanSnapshot(plan, asOf: asOf, read: { try workspace.read($0) })
        self.runID = runID
        self.isDryRun = isDryRun
        self.env = env
        self.outputs = outputs
        self.statuses = statuses
        self.secrets = secrets
        self.log = log
        self.workspace = workspace
        self.timeout = timeout
        self.ledger = ledger
    }

    /// The plan's working-day calendar.
    public var calendar: WorkingCalendar { plan.calendar }

    /// How an effect went.
    public enum EffectResult: Sendable, Equatable {
        /// Done now.
        case performed
        /// Already done by an earlier run (same key): not done again.
        case alreadyDone
        /// A dry run: described only.
        case described
    }

    /// Performs a side effect once: recorded in the outbox, performed, then marked done.
    /// An effect whose key is already done is skipped; a dry run only describes it.
    /// `key` must identify the effect within this node (e.g. "remind/3d/2023-10-07/mailto:a@b").
    @discardableResult
    public func effect(key: String, summary: String, _ perform: @Sendable () async throws -> Void) async throws -> EffectResult {
        try await effect(key: key, summary: summary) { (_: EffectAttempt) in try await perform() }
    }

    /// Performs a side effect once, telling `perform` whether an earlier attempt began it and
    /// did not finish (a killed or failed run): an effect that can tell whether it already
    /// happened (a record in a file) looks before doing it again.
    @discardableResult
    public func effect(key: String, summary: String, _ perform: @Sendable (EffectAttempt) async throws -> Void) async throws -> EffectResult {
        let summary = secrets.mask(summary)
        if isDryRun {
            await ledger.describe(node: node.id, key: key, summary: summary)
            return .described
        }
        let progress = try await ledger.progress(node: node.id, key: key)
        if progress == .done {
            await ledger.skipped(node: node.id, key: key, summary: summary)
            return .alreadyDone
        }
        try await ledger.begin(node: node.id, key: key, summary: summary)
        do {
            try await perform(EffectAttempt(id: node.id + " " + key, resumed: progress == .started))
        } catch {
            try? await ledger.failed(node: node.id, key: key, message: secrets.mask(String(describing: error)))
            throw error
        }
        try await ledger.done(node: node.id, key: key)
        return .performed
    }
}

/// One attempt at an effect.
public struct EffectAttempt: Sendable, Equatable {
    /// The effect's identity in this workflow: the node and the key (`bao-cao remind/3d/…`).
    public var id: String
    /// An earlier attempt began this effect and did not finish it: it may have happened.
    public var resumed: Bool

    public init(id: String, resumed: Bool) {
        self.id = id
        self.resumed = resumed
    }
}

/// What the outbox knows of an effect.
public enum EffectProgress: Sendable, Equatable {
    /// Never begun.
    case never
    /// Begun by an earlier attempt that did not finish it (killed, or it failed).
    case started
    /// Done.
    case done
}

/// The effects outbox as plugins see it; the runner keeps it in the state store.
public protocol EffectLedger: Sendable {
    /// Whether an effect was never begun, begun and not finished, or done.
    func progress(node: String, key: String) async throws -> EffectProgress
    func begin(node: String, key: String, summary: String) async throws
    func done(node: String, key: String) async throws
    func failed(node: String, key: String, message: String) async throws
    /// A dry run's description of an effect.
    func describe(node: String, key: String, summary: String) async
    /// An effect skipped because an earlier run did it.
    func skipped(node: String, key: String, summary: String) async
}
