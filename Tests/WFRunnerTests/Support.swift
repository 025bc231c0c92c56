import Foundation
import Testing
@testable import WFRunner
import WFPluginAPI

/// A temporary folder for one test, with a workflow written into it.
struct Sandbox {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("wf-runner-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder + "/" + name }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// Writes `yaml` as `name` and compiles it with the test plugins.
    func compile(_ yaml: String, name: String = "plan.yaml") throws -> CompiledPlan {
        let path = path(name)
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        let loaded = WorkflowLoader.load(path: path, options: LoadOptions(plugins: testRegistry.catalog))
        guard let compiled = loaded.compiled else {
            Issue.record("does not compile: \(loaded.report.diagnostics.map(\.message.en))")
            throw RunError(.verbatim("does not compile"))
        }
        return compiled
    }
}

let testRegistry = PluginRegistry([EchoPlugin.self, FailPlugin.self, TouchPlugin.self, FlakyPlugin.self, SleepPlugin.self,
                                   MeetPlugin.self])

/// Outputs its `value` input (and the number of outputs it saw) as `value`.
struct EchoPlugin: Plugin {
    static let name = "echo"
    static let summary = "echoes"
    static let inputs = [InputSpec("value", .any, default: "7", doc: "the value")]
    static let outputs = [OutputSpec("value", .any, doc: "the value"), OutputSpec("seen", .number, doc: "outputs seen")]
    func run(_ invocation: Invocation) async throws -> Outcome {
        Outcome(outputs: ["value": invocation.inputs["value"] ?? .null, "seen": .number(Double(invocation.outputs.count))])
    }
}

/// Always fails.
struct FailPlugin: Plugin {
    static let name = "fail"
    static let summary = "fails"
    static let inputs: [InputSpec] = []
    static let outputs: [OutputSpec] = []
    func run(_ invocation: Invocation) async throws -> Outcome { throw PluginError("it broke") }
}

/// Appends a line to a file once per effect key, through the outbox.
struct TouchPlugin: Plugin {
    static let name = "touch"
    static let summary = "appends a line once"
    static let inputs = [InputSpec("file", .string, required: true, doc: "file"), InputSpec("key", .string, default: "k", doc: "key")]
    static let outputs: [OutputSpec] = []
    func run(_ invocation: Invocation) async throws -> Outcome {
        let file = invocation.inputs.string("file") ?? "out.txt"
        let key = invocation.inputs.string("key") ?? "k"
        let result = try await invocation.effect(key: key, summary: "append to \(file)") {
            try invocation.workspace.append("\(key)\n", to: file)
        }
        return Outcome(note: "\(result)")
    }
}

/// Fails until the file named by `marker` has `succeed_after` lines; adds one per attempt.
struct FlakyPlugin: Plugin {
    static let name = "flaky"
    static let summary = "fails a few times"
    static let inputs = [InputSpec("marker", .string, required: true, doc: "file"),
                         InputSpec("succeed_after", .integer, default: "2", doc: "attempts")]
    static let outputs: [OutputSpec] = []
    func run(_ invocation: Invocation) async throws -> Outcome {
        let marker = invocation.inputs.string("marker") ?? "marker"
        try invocation.workspace.append("x\n", to: marker)
        let count = String(decoding: try invocation.workspace.read(marker), as: UTF8.self).split(separator: "\n").count
        if count < invocation.inputs.int("succeed_after") ?? 2 { throw PluginError("attempt \(count) failed") }
        return Outcome()
    }
}

/// Sleeps `seconds`, honouring cancellation; when cancelled, appends a line to `cancelled`
/// (if given), so a test sees the cancellation itself rather than how long the run took.
struct SleepPlugin: Plugin {
    static let name = "sleep"
    static let summary = "sleeps"
    static let inputs = [InputSpec("seconds", .number, default: "1", doc: "seconds"),
                         InputSpec("cancelled", .string, doc: "file noting a cancellation")]
    static let outputs: [OutputSpec] = []
    func run(_ invocation: Invocation) async throws -> Outcome {
        do {
            try await Task.sleep(for: .seconds(invocation.inputs.number("seconds") ?? 1))
        } catch is CancellationError {
            if let file = invocation.inputs.string("cancelled") {
                _ = try invocation.workspace.append("cancelled\n", to: file)
            }
            throw CancellationError()
        }
        return Outcome()
    }
}

/// A rendezvous: appends a line to `file`, then waits until it has `count` lines (for at most
/// `limit` seconds, then fails). `count` nodes succeed only if they run at the same time.
struct MeetPlugin: Plugin {
    static let name = "meet"
    static let summary = "waits for others"
    static let inputs = [InputSpec("file", .string, required: true, doc: "file"),
                         InputSpec("count", .integer, default: "2", doc: "nodes to meet"),
                         InputSpec("limit", .number, default: "60", doc: "seconds to wait at most")]
    static let outputs: [OutputSpec] = []
    func run(_ invocation: Invocation) async throws -> Outcome {
        // Each node writes a file of its own in the folder `file` (whole-file writes: no shared
        // appends to race), then waits until `count` nodes have arrived.
        let folder = invocation.inputs.string("file") ?? "met"
        let count = invocation.inputs.int("count") ?? 2
        let arrived = try invocation.workspace.write(invocation.node.id, to: folder + "/" + invocation.node.id)
        let directory = (arrived as NSString).deletingLastPathComponent
        for _ in 0..<Int((invocation.inputs.number("limit") ?? 60) * 50) {
            if (try FileManager.default.contentsOfDirectory(atPath: directory)).count >= count { return Outcome() }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw PluginError("never met \(count) nodes")
    }
}

/// Collects events, for assertions.
final class Recorder: RunReporter, @unchecked Sendable {
    private let lock = NSLock()
    private var items: [RunEvent] = []
    var events: [RunEvent] { lock.withLock { items } }
    func handle(_ event: RunEvent) { lock.withLock { items.append(event) } }

    var effects: [(node: String, key: String, state: EffectState)] {
        events.compactMap { if case .effect(let node, let key, _, let state) = $0 { (node, key, state) } else { nil } }
    }
}

extension RunSummary {
    func status(_ id: String) -> NodeStatus? { results.first { $0.nodeID == id }?.status }
    func result(_ id: String) -> NodeResult? { results.first { $0.nodeID == id } }
}

let asOf = CivilDate(year: 2023, month: 10, day: 5)
