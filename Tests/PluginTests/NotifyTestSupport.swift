import Foundation
import Testing

import WFPluginAPI

@testable import NotifyPlugin

/// The effects outbox over a dictionary: enough for unit tests of a plugin (the end-to-end
/// tests in CLITests use the real SQLite store through `wf run`).
actor NotifyTestLedger: EffectLedger {
    enum State: Equatable { case pending, done }
    private(set) var states: [String: State] = [:]
    private(set) var failures: [String: String] = [:]
    private(set) var descriptions: [String] = []
    private(set) var skips: [String] = []

    func progress(node: String, key: String) -> EffectProgress {
        switch states[node + "|" + key] {
        case nil: .never
        case .pending?: .started
        case .done?: .done
        }
    }
    func begin(node: String, key: String, summary: String) { states[node + "|" + key] = .pending }
    func done(node: String, key: String) { states[node + "|" + key] = .done }
    func failed(node: String, key: String, message: String) { failures[node + "|" + key] = message }
    func describe(node: String, key: String, summary: String) { descriptions.append(summary) }
    func skipped(node: String, key: String, summary: String) { skips.append(key) }

    /// Keys (without the node) in the given state.
    func keys(_ state: State) -> [String] {
        states.filter { $0.value == state }.keys.map { String($0.split(separator: "|", maxSplits: 1)[1]) }.sorted()
    }
}

/// Log lines a plugin wrote.
final class NotifyLogLines: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()

    var logger: Logger { Logger { line in self.lock.withLock { self.lines.append(line) } } }
    var all: [String] { lock.withLock { lines } }
    var text: String { all.joined(separator: "\n") }
}

/// A workflow written into a fresh folder and compiled, ready for invocations of its nodes.
struct NotifyFixture {
    let folder: URL
    let compiled: CompiledPlan
    let ledger = NotifyTestLedger()
    let log = NotifyLogLines()

    init(_ yaml: String, files: [String: Data] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("wf-notify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let path = folder.appendingPathComponent("plan.yaml").path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        let loaded = WorkflowLoader.load(path: path, options: LoadOptions(plugins: PluginCatalog([NotifyPlugin.signature])))
        guard let compiled = loaded.compiled else {
            throw PluginError("the fixture does not compile: \(loaded.report.diagnostics.map { "\($0.range.start.line): \($0.message)" })")
        }
        self.compiled = compiled
    }

    /// An invocation of node `id` as of `asOf`.
    func invocation(
        _ id: String, asOf: String, inputs: [String: ExpressionValue] = [:], env: [String: String] = [:],
        secrets: [String: String] = [:], dryRun: Bool = false
    ) throws -> Invocation {
        guard let node = compiled.graph[id], let date = CivilDate.parse(asOf) else {
            throw PluginError("no node '\(id)' or bad date '\(asOf)'")
        }
        let secrets = Secrets(secrets)
        return Invocation(
            node: node, plan: compiled, inputs: Inputs(inputs), asOf: date, runID: UUID().uuidString, isDryRun: dryRun,
            env: env, secrets: secrets, log: log.logger,
            workspace: Workspace(root: folder.path, secrets: secrets), ledger: ledger, language: compiled.plan.lang)
    }

    /// Runs node `id` through the notify plugin.
    func run(
        _ id: String, asOf: String, inputs: [String: ExpressionValue] = [:], env: [String: String] = [:],
        secrets: [String: String] = [:], dryRun: Bool = false
    ) async throws -> Outcome {
        try await NotifyPlugin().run(invocation(id, asOf: asOf, inputs: inputs, env: env, secrets: secrets, dryRun: dryRun))
    }

    func file(_ relative: String) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
