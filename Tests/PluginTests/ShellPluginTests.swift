import Foundation
import NotifyPeers
import Testing
@testable import ShellPlugin
import WFCommands
import WFPluginAPI

@Suite("shell plugin")
struct ShellPluginTests {
    /// Records what the plugin asks of the outbox.
    final class Outbox: EffectLedger, @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        var described: [String] { lock.withLock { items } }
        func progress(node: String, key: String) async throws -> EffectProgress { .never }
        func begin(node: String, key: String, summary: String) async throws {}
        func done(node: String, key: String) async throws {}
        func failed(node: String, key: String, message: String) async throws {}
        func describe(node: String, key: String, summary: String) async { lock.withLock { items.append(summary) } }
        func skipped(node: String, key: String, summary: String) async {}
    }

    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        var all: [String] { lock.withLock { items } }
        func add(_ line: String) { lock.withLock { items.append(line) } }
    }

    struct Setup {
        let folder: String
        let compiled: CompiledPlan
        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("wf-shell-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
            let path = folder + "/plan.yaml"
            let yaml = "wf: 1\nname: t\nsteps:\n  - { id: s, run: \"true\" }\n"
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
            let loaded = WorkflowLoader.load(path: path, options: LoadOptions(plugins: BuiltinPlugins.registry.catalog))
            guard let compiled = loaded.compiled else { throw PluginError("does not compile") }
            self.compiled = compiled
        }

        func invocation(_ inputs: [String: ExpressionValue], env: [String: String] = [:], dryRun: Bool = false,
                        timeout: Duration? = nil, lines: Lines = Lines(), outbox: Outbox = Outbox()) -> Invocation {
            Invocation(
                node: compiled.graph.nodes[0], plan: compiled, inputs: Inputs(inputs),
                asOf: CivilDate(year: 2023, month: 10, day: 5) ?? CivilDate(dayNumber: 0), runID: "1", isDryRun: dryRun,
                env: env, log: Logger { lines.add($0) }, workspace: Workspace(root: folder), timeout: timeout, ledger: outbox)
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    @Test func runsBashStreamsLinesAndReadsOutputs() async throws {
        let setup = try Setup()
        defer { setup.remove() }
        let lines = Lines()
        let outcome = try await ShellPlugin().run(setup.invocation([
            "run": """
                echo "xin chào $NAME"
                echo "lỗi nhẹ" >&2
                pwd > where.txt
                echo "count=2" >> "$WF_OUTPUT"
                printf 'body<<EOF\\ndòng 1\\ndòng 2\\nEOF\\n' >> "$WF_OUTPUT"
                """,
            "working-directory": "sub",
        ], env: ["NAME": "Bắc Ninh"], lines: lines))
        #expect(outcome.outputs["count"] == .string("2"))
        #expect(outcome.outputs["body"] == .string("dòng 1\ndòng 2"))
        #expect(Set(lines.all) == ["xin chào Bắc Ninh", "lỗi nhẹ"])
        let pwd = try String(contentsOfFile: setup.folder + "/sub/where.txt", encoding: .utf8)
        #expect(pwd.hasSuffix("/sub\n"))
    }

    @Test func pipefailAndExitCodeDecide() async throws {
        let setup = try Setup()
        defer { setup.remove() }
        await #expect(throws: PluginError("the script exited with code 1: cannot go on")) {
            try await ShellPlugin().run(setup.invocation(["run": "echo 'cannot go on' >&2\nfalse | true\necho unreachable"]))
        }
        let sh = try await ShellPlugin().run(setup.invocation(["run": "echo \"v=$((1+2))\" >> \"$WF_OUTPUT\"", "shell": "sh"]))
        #expect(sh.outputs["v"] == .string("3"))
        let python = try await ShellPlugin().run(setup.invocation([
            "run": "import os\nopen(os.environ['WF_OUTPUT'], 'a').write('lang=python\\n')", "shell": "python3",
        ]))
        #expect(python.outputs["lang"] == .string("python"))
    }

    @Test func timeoutKillsTheProcessGroup() async throws {
        let setup = try Setup()
        defer { setup.remove() }
        // A background child that would outlive the script by 30 s unless its group is killed.
        await #expect(throws: PluginError.self) {
            try await ShellPlugin().run(setup.invocation(["run": "sleep 30 &\necho $! > child.pid\nsleep 30"],
                                                         timeout: .seconds(3)))
        }
        let text = try String(contentsOfFile: setup.folder + "/child.pid", encoding: .utf8)
        let pid = try #require(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), "no child pid in '\(text)'")
        #expect(ProcessProbe.waitUntilGone(pid), "the script's background child \(pid) still runs")
    }

    @Test func dryRunDescribesWithoutRunning() async throws {
        let setup = try Setup()
        defer { setup.remove() }
        let outbox = Outbox()
        _ = try await ShellPlugin().run(setup.invocation(["run": "touch made.txt\necho two"], dryRun: true, outbox: outbox))
        #expect(outbox.described == ["run: bash touch made.txt (+1 more line)"])
        #expect(!FileManager.default.fileExists(atPath: setup.folder + "/made.txt"))
    }

    @Test(arguments: [
        ("a=1\nb=x=y\n", ["a": "1", "b": "x=y"]),
        ("a=1\na=2\n", ["a": "2"]),
        ("m<<END\nl1\n\nl3\nEND\nn=\n", ["m": "l1\n\nl3", "n": ""]),
        ("crlf=v\r\n", ["crlf": "v"]),
    ])
    func outputFile(text: String, expected: [String: String]) throws {
        #expect(try OutputFile.parse(text) == expected.mapValues(ExpressionValue.string))
    }

    @Test(arguments: ["novalue\n", "m<<END\nnever closed\n", "bad name=1\n"])
    func badOutputFile(text: String) {
        #expect(throws: PluginError.self) { try OutputFile.parse(text) }
    }
}

extension PluginError: Equatable {
    public static func == (a: PluginError, b: PluginError) -> Bool { a.message == b.message }
}
