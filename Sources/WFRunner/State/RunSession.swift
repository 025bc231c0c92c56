import Foundation
import WFLocalization
import WFCalendar
import WFExpressions

/// A run's hold on its state: the lock, the store, the run's id and date, and what `--resume` reuses.
struct RunSession: Sendable {
    let store: StateStore?
    let lock: RunLock?
    /// The workflow's key in the store.
    let workflow: String
    let runID: Int64?
    let asOf: CivilDate
    /// Succeeded results of the resumed run, by node id.
    let reused: [String: NodeResult]
    let resumed: Bool
    /// Said once at the start ("nothing to resume…").
    let notice: String?

    var runIDText: String { runID.map(String.init) ?? "dry-run" }

    static func open(runner: Runner) async throws -> RunSession {
        let options = runner.options
        let compiled = runner.compiled
        if options.dryRun {
            return RunSession(store: nil, lock: nil, workflow: compiled.path, runID: nil, asOf: options.asOf ?? runner.today,
                              reused: [:], resumed: false, notice: nil)
        }
        let location = runner.stateLocation
        let statePath = location.path
        let workflow = location.workflowKey
        let lockPath = location.lockPath
        let wait = options.wait
        let lock = try await Task.detached { try RunLock(path: lockPath, wait: wait, workflow: workflow) }.value
        let store = try StateStore(path: statePath, access: .readWrite, wait: StateWait(environment: options.environment, language: options.language))
        let hash = try contentHash(of: compiled.path)
        let startedAt = Date()
        if options.resume {
            guard let last = try store.lastRun(workflow: workflow) else {
                let asOf = options.asOf ?? runner.today
                let id = try store.insertRun(RunRecord(workflow: workflow, path: compiled.path, contentHash: hash,
                                                       asOf: asOf.iso, startedAt: startedAt, options: runner.optionsJSON))
                return RunSession(store: store, lock: lock, workflow: workflow, runID: id, asOf: asOf, reused: [:],
                                  resumed: false, notice: StateText.nothingToResume(workflow: workflow, run: Int(id)).text(options.language))
            }
            guard last.contentHash == hash else {
                throw RunError(StateText.resumeChanged(workflow: workflow, run: Int(last.id)))
            }
            guard let lastDate = PlanDateTime.parse(last.asOf)?.date else {
                throw StateError(StateText.unreadableAsOf(run: Int(last.id), date: last.asOf))
            }
            if let asOf = options.asOf, asOf != lastDate {
                throw RunError(StateText.resumeOtherDate(run: Int(last.id), date: asOf.iso, runDate: last.asOf), usage: true)
            }
            var reused: [String: NodeResult] = [:]
            for result in try store.results(run: last.id) where result.status == .succeeded {
                var result = result
                result.reused = true
                result.note = StateText.reusedFrom(run: Int(last.id)).text(options.language)
                reused[result.nodeID] = result
            }
            try store.reopenRun(last.id)
            return RunSession(store: store, lock: lock, workflow: workflow, runID: last.id, asOf: lastDate, reused: reused,
                              resumed: true, notice: nil)
        }
        let asOf = options.asOf ?? runner.today
        let id = try store.insertRun(RunRecord(workflow: workflow, path: compiled.path, contentHash: hash, asOf: asOf.iso,
                                               startedAt: startedAt, options: runner.optionsJSON))
        return RunSession(store: store, lock: lock, workflow: workflow, runID: id, asOf: asOf, reused: [:], resumed: false,
                          notice: nil)
    }

    /// FNV-1a of the workflow file's bytes.
    static func contentHash(of path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunError(StateText.cannotReadWorkflow(path: path), usage: true)
        }
        return ContentHash.fnv1a(data)
    }
}

extension Runner {
    /// Where this workflow's state lives.
    public var stateLocation: StateLocation {
        StateLocation(workflowPath: compiled.path, statePath: options.statePath)
    }

    /// The options worth keeping with a run, as JSON (secrets masked).
    var optionsJSON: String {
        var object: [String: ExpressionValue] = ["jobs": .number(Double(options.jobs))]
        if !options.only.isEmpty { object["only"] = .array(options.only.map(ExpressionValue.string)) }
        if !options.vars.isEmpty { object["vars"] = .object(options.vars.mapValues { .string(secrets.mask($0)) }) }
        if let failOn = options.failOn { object["fail_on"] = .string(failOn.rawValue) }
        if options.resume { object["resume"] = .bool(true) }
        return ExpressionValue.object(object).json()
    }
}
