import WFCore
import WFExpressions

// MARK: - --fail-on

extension Runner {
    /// What `--fail-on` finds in the deadline outputs: a goal node's `status`, a deadline
    /// step's `overdue` / `due_soon` counts.
    func failOnMatches(order: [Int], state: RunState) -> [String] {
        guard let failOn = options.failOn else { return [] }
        let statuses: Set<String> = failOn == .overdue ? ["overdue"] : ["overdue", "due-soon", "due_soon"]
        let counts = failOn == .overdue ? ["overdue"] : ["overdue", "due_soon"]
        var matches: [String] = []
        for index in order {
            let node = compiled.graph.nodes[index]
            guard node.plugin == "deadline", let outputs = state.results[index]?.outputs else { continue }
            if node.kind != .step, let status = outputs["status"]?.description, statuses.contains(status) {
                matches.append("\(node.kind == .prepare ? "prepare item" : "goal") '\(node.id)' is \(status)")
                continue
            }
            guard node.kind == .step else { continue }
            for name in counts {
                if let count = outputs[name]?.numberValue ?? outputs[name].flatMap({ Double($0.description) }), count > 0 {
                    matches.append("step '\(node.id)': \(Int(count)) \(name.replacing("_", with: " "))")
                }
            }
        }
        return matches
    }
}
