import Foundation
import WFCore
import WFPluginAPI

// MARK: - The scheduling loop

extension Runner {
    /// The most results committed in one transaction: enough to make a commit's cost small
    /// beside the nodes', few enough that a kill loses little work.
    static let commitBatch = 256

    /// Runs the selected nodes and returns the summary. Only this task touches the run state;
    /// plugins run in child tasks, at most `jobs` at once.
    func schedule(selected: [Bool], session: RunSession) async throws -> RunSummary {
        let graph = compiled.graph
        let clock = ContinuousClock()
        let start = clock.now
        let state = RunState(graph: graph)
        var rank = Array(repeating: Int.max, count: graph.nodes.count)
        for (position, node) in compiled.order.enumerated() { rank[node] = position }
        let order = compiled.order.filter { selected[$0] }

        let workspace = Workspace(root: workflowFolder, allowOutside: options.allowOutside, secrets: secrets)
        // The planning rules, applied once for the whole run: every node reads this snapshot.
        let snapshot = PlanSnapshot(compiled, asOf: session.asOf, read: { try workspace.read($0) })
        let values = PlanValues(
            compiled: compiled, snapshot: snapshot, vars: options.vars, runID: session.runIDText,
            secrets: secrets.values, environment: options.environment)
        let preparer = NodePreparer(runner: self, values: values, state: state, session: session,
                                    workspace: workspace, snapshot: snapshot)

        events.emit(.runStarted(RunStart(
            runID: session.runIDText, workflow: compiled.path, name: compiled.plan.name, asOf: session.asOf,
            dryRun: options.dryRun, nodes: order.map { graph.nodes[$0].id },
            titles: Dictionary(order.map { (graph.nodes[$0].id, graph.nodes[$0].title) }, uniquingKeysWith: { a, _ in a }),
            reused: order.compactMap { session.reused[graph.nodes[$0].id] != nil ? graph.nodes[$0].id : nil },
            resumed: session.resumed, statePath: session.store?.path, notice: session.notice)))

        var pending = Array(repeating: 0, count: graph.nodes.count)
        var ready = ReadyQueue()
        for node in order {
            pending[node] = graph.dependencies[node].count { selected[$0] }
            if pending[node] == 0 { ready.push(node, rank: rank[node]) }
        }
        var storageError: (any Error)?
        /// Results not yet committed, in the order the nodes finished.
        var unsaved: [NodeResult] = []

        /// Records a result, then lets its dependents become ready. The result is committed
        /// with the next `commit()`.
        func finish(_ node: Int, _ result: NodeResult) {
            state.finish(node, result)
            if !result.reused, session.store != nil { unsaved.append(events.mask(result)) }
            events.emit(.nodeFinished(result))
            for dependent in graph.dependents[node] where selected[dependent] {
                pending[dependent] -= 1
                if pending[dependent] == 0 { ready.push(dependent, rank: rank[dependent]) }
            }
        }

        /// Commits the results recorded so far, in one transaction.
        func commit() {
            guard !unsaved.isEmpty else { return }
            if let store = session.store, let runID = session.runID, storageError == nil {
                do {
                    try store.record(unsaved, run: runID)
                } catch {
                    storageError = error
                    state.cancelled = true
                }
            }
            unsaved.removeAll(keepingCapacity: true)
        }

        // Nodes decided here (goals and prepare items, `deadline` steps, skipped nodes) do
        // nothing outside the run: their results are committed together, a batch at a time. A
        // plugin that may act outside the run starts only once every result before it is
        // committed, and its own result is committed as soon as it ends.
        await withTaskGroup(of: (Int, NodeResult).self) { group in
            var running = 0
            while true {
                if Task.isCancelled, !state.cancelled {
                    state.cancelled = true
                    group.cancelAll()
                }
                while running < options.jobs, let node = ready.pop() {
                    if unsaved.count >= Self.commitBatch { commit() }
                    let id = graph.nodes[node].id
                    if let reused = session.reused[id] {
                        finish(node, reused)
                        continue
                    }
                    switch preparer.prepare(node) {
                    case .finished(let result):
                        finish(node, result)
                    case .run(let job) where job.runsInPlace:
                        finish(node, await job.execute())
                    case .run(let job):
                        commit()
                        running += 1
                        group.addTask { (node, await job.execute()) }
                    }
                }
                commit()
                guard running > 0, let (node, result) = await group.next() else { break }
                running -= 1
                finish(node, result)
                commit()
            }
        }

        // Every selected node has a result; anything else would be a scheduler bug, reported as cancelled.
        for node in order where state.results[node] == nil {
            finish(node, NodeResult(nodeID: graph.nodes[node].id, status: .cancelled, error: "not reached", note: "not reached"))
        }
        commit()
        let results = order.compactMap { state.results[$0] }
        let status: RunStatus =
            results.contains { $0.status == .failed && !$0.tolerated } ? .failed
            : state.cancelled || results.contains { $0.status == .cancelled } ? .cancelled : .succeeded
        let elapsed = start.duration(to: clock.now)
        let summary = RunSummary(
            runID: session.runIDText, status: status, results: results,
            duration: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            asOf: session.asOf, dryRun: options.dryRun, failOnMatches: failOnMatches(selected: selected, snapshot: snapshot))
        if let store = session.store, let runID = session.runID {
            do {
                try store.finishRun(runID, status: status)
            } catch {
                storageError = storageError ?? error
            }
        }
        events.emit(.runFinished(summary))
        if let storageError { throw storageError }
        return summary
    }
}
