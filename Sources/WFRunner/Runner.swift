import Foundation
import WFCalendar
public import WFCore
public import WFPluginAPI
import WFExpressions

/// Runs a compiled workflow as of a date: nodes in dependency order, independent ones at
/// once (up to `jobs`), each result committed to the state store as soon as it is known.
public final class Runner: Sendable {
    public let compiled: CompiledPlan
    public let registry: PluginRegistry
    public let options: RunOptions
    let events: EventSink
    let secrets: Secrets
    /// Steps by id.
    let steps: [String: Step]

    /// A runner for `compiled`, with plugins from `registry`, reporting to `reporter`.
    public init(compiled: CompiledPlan, registry: PluginRegistry, options: RunOptions,
                reporter: any RunReporter = SilentReporter()) {
        self.compiled = compiled
        self.registry = registry
        self.options = options
        var secretValues: [String: String] = [:]
        for name in compiled.plan.secrets.map(\.value) {
            secretValues[name] = options.environment[name] ?? ""
        }
        self.secrets = Secrets(secretValues)
        self.events = EventSink(reporter: reporter, secrets: secrets)
        self.steps = Dictionary(compiled.plan.steps.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Runs the workflow; throws `RunError` or `StateError` when it cannot start or its state cannot be kept.
    public func run() async throws -> RunSummary {
        let selected = try selection()
        try checkVars()
        let session = try await RunSession.open(runner: self)
        let summary = try await schedule(selected: selected, session: session)
        return summary
    }

    // MARK: - Selection

    /// The nodes to run: all, or `--only` ids and everything they depend on.
    func selection() throws -> [Bool] {
        let graph = compiled.graph
        guard !options.only.isEmpty else { return Array(repeating: true, count: graph.nodes.count) }
        var selected = Array(repeating: false, count: graph.nodes.count)
        var stack: [Int] = []
        for id in options.only {
            guard let index = graph.index(of: id) else {
                let hint = closestMatch(to: id, among: graph.ids).map { CommandText.didYouMean(name: $0) } ?? .verbatim("")
                throw RunError(StateText.unknownOnly(id: id, hint: hint), usage: true)
            }
            stack.append(index)
        }
        while let index = stack.popLast() {
            guard !selected[index] else { continue }
            selected[index] = true
            stack.append(contentsOf: graph.dependencies[index])
        }
        return selected
    }

    /// `--var` names must be declared under `vars:`.
    func checkVars() throws {
        let declared = compiled.plan.vars.map(\.name.value)
        for name in options.vars.keys.sorted() where !declared.contains(name) {
            let hint = closestMatch(to: name, among: declared).map { CommandText.didYouMean(name: $0) } ?? .verbatim("")
            throw RunError(StateText.unknownVar(name: name, hint: hint), usage: true)
        }
    }

    /// The folder of the workflow file, absolute.
    var workflowFolder: String {
        URL(fileURLWithPath: compiled.baseDirectory).standardizedFileURL.path
    }

    /// The run's date when none was given: today in the plan's time zone.
    var today: CivilDate {
        CivilDate.today(timeZone: compiled.plan.timezone) ?? CivilDate.today(utcOffsetSeconds: 7 * 3600)
    }
}
