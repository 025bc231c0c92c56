import Foundation
public import WFPluginAPI

/// Where the runner sends events: masks secrets in every text, serialises delivery to the
/// reporter, and remembers effect summaries between `begin` and `done`.
public final class EventSink: @unchecked Sendable {
    private let reporter: any RunReporter
    private let secrets: Secrets
    private let lock = NSLock()
    private var pendingSummaries: [String: String] = [:]

    public init(reporter: any RunReporter, secrets: Secrets) {
        self.reporter = reporter
        self.secrets = secrets
    }

    /// Sends `event` with every secret value masked.
    public func emit(_ event: RunEvent) {
        let masked = mask(event)
        lock.withLock { reporter.handle(masked) }
    }

    func pendingEffect(node: String, key: String, summary: String) {
        lock.withLock { pendingSummaries[node + "\u{0}" + key] = summary }
    }

    func takePendingSummary(node: String, key: String) -> String {
        lock.withLock { pendingSummaries.removeValue(forKey: node + "\u{0}" + key) ?? key }
    }

    // MARK: - Masking

    func mask(_ event: RunEvent) -> RunEvent {
        if secrets.isEmpty { return event }
        switch event {
        case .runStarted, .nodeStarted: return event
        case .log(let node, let line): return .log(node: node, line: secrets.mask(line))
        case .nodeFinished(let result): return .nodeFinished(mask(result))
        case .effect(let node, let key, let summary, let state):
            return .effect(node: node, key: secrets.mask(key), summary: secrets.mask(summary), state: state)
        case .runFinished(var summary):
            summary.results = summary.results.map(mask)
            summary.failOnMatches = summary.failOnMatches.map(secrets.mask)
            return .runFinished(summary)
        }
    }

    /// A result with secrets masked in its error, note and outputs.
    public func mask(_ result: NodeResult) -> NodeResult {
        if secrets.isEmpty { return result }
        var result = result
        result.error = result.error.map(secrets.mask)
        result.note = result.note.map(secrets.mask)
        if !result.outputs.isEmpty { result.outputs = result.outputs.mapValues(mask) }
        return result
    }

    /// A value with secrets masked in every string; the value itself when none can hold one
    /// (a deadline step's outputs list thousands of items: they are not rebuilt for nothing).
    public func mask(_ value: ExpressionValue) -> ExpressionValue {
        if secrets.isEmpty || !mayHoldSecret(value) { return value }
        return switch value {
        case .string(let text): .string(secrets.mask(text))
        case .array(let items): .array(items.map(mask))
        case .object(let members): .object(members.mapValues(mask))
        case .null, .bool, .number: value
        }
    }

    private func mayHoldSecret(_ value: ExpressionValue) -> Bool {
        switch value {
        case .string(let text): secrets.mayAppear(in: text)
        case .array(let items): items.contains(where: mayHoldSecret)
        case .object(let members): members.contains { mayHoldSecret($0.value) }
        case .null, .bool, .number: false
        }
    }
}
