public import WFPluginAPI

/// The effects outbox of one run: kept in the state store, every effect also reported as an event.
/// Without a store (a dry run) effects are only described.
public struct StoreLedger: EffectLedger {
    let store: StateStore?
    let workflow: String
    let runID: Int64?
    let events: EventSink

    /// A ledger for `workflow`'s effects in `store` (nil for a dry run), reporting to `events`.
    public init(store: StateStore?, workflow: String, runID: Int64?, events: EventSink) {
        self.store = store
        self.workflow = workflow
        self.runID = runID
        self.events = events
    }

    public func progress(node: String, key: String) async throws -> EffectProgress {
        guard let store else { return .never }
        switch try store.effectState(workflow: workflow, node: node, key: key) {
        case nil: return .never
        case .done?: return .done
        case .pending?, .failed?: return .started
        }
    }

    public func begin(node: String, key: String, summary: String) async throws {
        try store?.beginEffect(workflow: workflow, node: node, key: key, summary: summary, run: runID)
        events.pendingEffect(node: node, key: key, summary: summary)
    }

    public func done(node: String, key: String) async throws {
        try store?.finishEffect(workflow: workflow, node: node, key: key, state: .done)
        events.emit(.effect(node: node, key: key, summary: events.takePendingSummary(node: node, key: key), state: .performed))
    }

    public func failed(node: String, key: String, message: String) async throws {
        try store?.finishEffect(workflow: workflow, node: node, key: key, state: .failed, error: message)
        events.emit(.effect(node: node, key: key, summary: events.takePendingSummary(node: node, key: key), state: .failed))
    }

    public func describe(node: String, key: String, summary: String) async {
        events.emit(.effect(node: node, key: key, summary: summary, state: .described))
    }

    /// Reported with what the earlier run recorded (the subject it actually sent), not what
    /// this run would have said.
    public func skipped(node: String, key: String, summary: String) async {
        let recorded = (try? store?.effectSummary(workflow: workflow, node: node, key: key)) ?? nil
        events.emit(.effect(node: node, key: key, summary: recorded ?? summary, state: .alreadyDone))
    }
}
