import WFCore
import WFExpressions

/// What the scheduler knows while a run goes on. Only the scheduling task touches it.
final class RunState: @unchecked Sendable {
    let graph: PlanGraph
    /// Results so far, by node index.
    var results: [NodeResult?]
    /// Outputs of finished nodes that have any, by node id.
    var outputs: [String: [String: ExpressionValue]] = [:]
    /// Statuses of finished nodes, by node id (for expressions).
    var statuses: [String: String] = [:]
    /// True when the node or something it depends on failed (`failure()`).
    var failedBelow: [Bool]
    /// True once the run is being cancelled (`cancelled()`).
    var cancelled = false

    init(graph: PlanGraph) {
        self.graph = graph
        results = Array(repeating: nil, count: graph.nodes.count)
        failedBelow = Array(repeating: false, count: graph.nodes.count)
    }

    /// Records a node's result.
    func finish(_ index: Int, _ result: NodeResult) {
        results[index] = result
        if !result.outputs.isEmpty {
            outputs[result.nodeID] = result.outputs
        }
        statuses[result.nodeID] = result.status.rawValue
        var failed = result.status == .failed && !result.tolerated
        if !failed {
            for dependency in graph.dependencies[index] where failedBelow[dependency] {
                failed = true
                break
            }
        }
        failedBelow[index] = failed
    }

    /// The outputs a node's plugin sees: those of the nodes it depends on. Plan facts come from
    /// the planning snapshot, so nothing else needs to travel: O(dependencies) per node.
    func outputs(for index: Int) -> [String: [String: ExpressionValue]] {
        var seen: [String: [String: ExpressionValue]] = [:]
        for dependency in graph.dependencies[index] {
            let id = graph.nodes[dependency].id
            if let values = outputs[id] { seen[id] = values }
        }
        return seen
    }

    /// The statuses a node's plugin sees: those of the nodes it depends on.
    func statuses(for index: Int) -> [String: String] {
        var statuses: [String: String] = [:]
        for dependency in graph.dependencies[index] {
            if let result = results[dependency] { statuses[result.nodeID] = result.status.rawValue }
        }
        return statuses
    }

    /// `success()` for a node: every dependency succeeded (a continue-on-error failure counts).
    func dependenciesSucceeded(_ index: Int) -> Bool {
        !cancelled && graph.dependencies[index].allSatisfy { results[$0]?.countsAsSuccess ?? false }
    }

    /// `failure()` for a node: something it depends on, directly or not, failed.
    func dependencyFailed(_ index: Int) -> Bool {
        graph.dependencies[index].contains { failedBelow[$0] }
    }

    /// Why a node is skipped when its dependencies did not all succeed.
    func blockingReason(_ index: Int) -> Message {
        for dependency in graph.dependencies[index] {
            guard let result = results[dependency], !result.countsAsSuccess else { continue }
            let id = graph.nodes[dependency].id
            switch result.status {
            case .failed: return StateText.dependencyFailedNamed(id: id)
            case .skipped: return StateText.dependencySkipped(id: id)
            case .cancelled: return StateText.dependencyCancelled(id: id)
            case .succeeded: continue
            }
        }
        return cancelled ? StateText.runCancelled.message : StateText.dependencyFailed.message
    }
}
