import WFExpressions
import WFJSON

/// NDJSON: one JSON object per line and event, `"event"` first.
public struct JSONReporter: RunReporter {
    let output: TextOutput

    public init(output: TextOutput = .standardOutput) {
        self.output = output
    }

    public func handle(_ event: RunEvent) {
        let (name, members) = Self.fields(event)
        let body = ExpressionValue.object(members).jsonValue.objectValue ?? []
        output.write(JSON.object([("event", .string(name))] + body).serialized() + "\n")
    }

    /// The event's name and its members.
    public static func fields(_ event: RunEvent) -> (String, [String: ExpressionValue]) {
        switch event {
        case .runStarted(let start):
            var members: [String: ExpressionValue] = [
                "run": .string(start.runID), "workflow": .string(start.workflow), "name": .string(start.name),
                "as_of": .string(start.asOf.iso), "dry_run": .bool(start.dryRun), "resumed": .bool(start.resumed),
                "nodes": .array(start.nodes.map(ExpressionValue.string)),
                "reused": .array(start.reused.map(ExpressionValue.string)),
            ]
            if let path = start.statePath { members["state"] = .string(path) }
            if let notice = start.notice { members["notice"] = .string(notice) }
            return ("run-started", members)
        case .nodeStarted(let node, let attempt):
            return ("node-started", ["node": .string(node), "attempt": .number(Double(attempt))])
        case .log(let node, let line):
            return ("log", ["node": .string(node), "line": .string(line)])
        case .nodeFinished(let result):
            return ("node-finished", [
                "node": .string(result.nodeID), "status": .string(result.status.rawValue),
                "outputs": .object(result.outputs), "attempts": .number(Double(result.attempts)),
                "duration": .number((result.duration * 1000).rounded() / 1000),
                "error": result.error.map(ExpressionValue.string) ?? .null,
                "note": result.note.map(ExpressionValue.string) ?? .null,
                "reused": .bool(result.reused), "continue_on_error": .bool(result.tolerated),
            ])
        case .effect(let node, let key, let summary, let state):
            return ("effect", ["node": .string(node), "key": .string(key), "summary": .string(summary), "state": .string(state.rawValue)])
        case .runFinished(let summary):
            var counts: [String: ExpressionValue] = [:]
            for status in NodeStatus.allCases { counts[status.rawValue] = .number(Double(summary.counts[status] ?? 0)) }
            return ("run-finished", [
                "run": .string(summary.runID), "status": .string(summary.status.rawValue),
                "duration": .number((summary.duration * 1000).rounded() / 1000), "as_of": .string(summary.asOf.iso),
                "counts": .object(counts), "exit_code": .number(Double(summary.exitCode)),
                "fail_on": .array(summary.failOnMatches.map(ExpressionValue.string)),
            ])
        }
    }
}
