import Foundation
import Testing
@testable import WFRunner
import WFPluginAPI

@Suite("Runner")
struct RunnerTests {
    func run(_ compiled: CompiledPlan, _ options: RunOptions = RunOptions(asOf: asOf), reporter: any RunReporter = SilentReporter()) async throws -> RunSummary {
        try await Runner(compiled: compiled, registry: testRegistry, options: options, reporter: reporter).run()
    }

    /// A step that finished is never reported as timed out. The timer used to answer when it
    /// was cancelled too, and it was cancelled before the value was handed over: now and then
    /// a report step with `timeout: 2m` failed "timed out after 2m" in 0.0 s.
    @Test func aFinishedStepIsNeverTimedOut() async {
        var timedOut = 0
        // The old race lost about one time in a thousand here.
        for _ in 0..<20_000 {
            let task = Task<NodeJob.Attempt, Never> { .outcome(Outcome(note: "done")) }
            if case .timedOut = await NodeJob.race(task, deadline: .seconds(120), fallback: .timedOut) { timedOut += 1 }
        }
        #expect(timedOut == 0)
    }

    @Test func theTimerStillStopsAStepThatRunsPastItsDeadline() async {
        let task = Task<NodeJob.Attempt, Never> {
            try? await Task.sleep(for: .seconds(30))
            return .outcome(Outcome())
        }
        guard case .timedOut = await NodeJob.race(task, deadline: .milliseconds(20), fallback: .timedOut) else {
            Issue.record("the deadline passed and the race did not say so")
            return
        }
        task.cancel()
    }

    @Test func outputsFlowAndTypesAreKept() async throws {
        let box = try Sandbox()
        defer { box.remove() }
        let compiled = try box.compile("""
            wf: 1
            name: t
            vars: { n: 2, who: Hà Nội }
            steps:
              - id: a
                uses: echo
                with: { value: "${{ vars.n }}" }
              - id: b
                uses: echo
                with: { value: "x=${{ steps.a.outputs.value }} ở ${{ vars.who }}" }
              - id: c
                uses: echo
                if: steps.a.outputs.value == 3
              - id: d
                uses: echo
              - id: e
                uses: echo
                with: { value: "${{ run.as_of }} ${{ days_until('2023-10-10') }} ${{ vars.n }}" }
            """)
        var options = RunOptions(asOf: asOf)
        options.vars = ["n": "3"]
        let summary = try await run(compiled, options)
        #expect(summary.result("a")?.outputs["value"] == .number(3))
        #expect(summary.result("b")?.outputs["value"] == .string("x=3 ở Hà Nội"))
        #expect(summary.status("c") == .succeeded)
        #expect(summary.result("d")?.outputs["value"] == .number(7))  // the input's default, typed
        #expect(summary.result("e")?.outputs["value"] == .string("2023-10-05 5 3"))
        #expect(summary.exitCode == 0)
        // b read a's outputs, so a ran first and b saw them.
        #expect((summary.result("b")?.outputs["seen"]?.numberValue ?? 0) >= 1)
    }

    @Test func failureSkipsDependentsUnlessAlwaysOrFailure() async throws {
        let box = try Sandbox()
        defer { box.remove() }
        let compiled = try box.compile("""
            wf: 1
            name: t
            steps:
              - { id: broken, uses: fail }
              - { id: next, uses: echo, needs: [broken] }
              - { id: after-next, uses: echo, needs: [next] }
              - { id: cleanup, uses: echo, needs: [after-next], if: always() }
              - { id: on-failure, uses: echo, needs: [after-next], if: "${{ failure() }}" }
              - { id: on-success, uses: echo, needs: [broken], if: success() }
              - { id: tolerated, uses: fail, continue-on-error: true }
              - { id: after-tolerated, uses: echo, needs: [tolerated] }
            """)
        let summary = try await run(compiled)
        #expect(summary.status("broken") == .failed)
        #expect(summary.result("broken")?.error == "it broke")
        #expect(summary.status("next") == .skipped)
        #expect(summary.result("next")?.note == "skipped: 'broken' failed")
        #expect(summary.status("after-next") == .skipped)
        #expect(summary.status("cleanup") == .succeeded)
        #expect(summary.status("on-failure") == .succeeded)
        #expect(summary.status("on-success") == .skipped)
        #expect(summary.status("tolerated") == .failed)
        #expect(summary.status("after-tolerated") == .succeeded)
        #expect(summary.status == .failed)
        #expect(summary.exitCode == 1)
    }

    @Test func retriesUntilSuccess() async throws {
        let box = try Sandbox()
        defer { box.remove() }
        let compiled = try box.compile("""
            wf: 1
            name: t
            steps:
              - { id: flaky, uses: flaky, with: { marker: m.txt, succeed_after: 3 }, retry: { attempts: 3 } }
              - { id: gives-up, uses: flaky, with: { marker: n.txt, succeed_after: 5 }, retry: 2 }
            """)
        let summary = try await run(compiled)
        #expect(summary.status("flaky") == .succeeded)
        #expect(summary.result("flaky")?.attempts == 3)
        #expect(summary.status("gives-up") == .failed)
        #expect(summary.result("gives-up")?.attempts == 2)
        #expect(summary.result("gives-up")?.error == "attempt 2 failed")
    }

    @Test func timeoutCancelsThePlugin() async throws {
        let box = try Sandbox()
        defer { box.remove() }
        let compiled = try box.compile("""
            wf: 1
            name: t
            steps:
              - { id: slow, uses: sleep, with: { seconds: 30, cancelled: cancelled.txt }, timeout: 1s }
            """)
        let summary = try await run(compiled)
        #expect(summary.status("slow") == .failed)
        #expect(summary.result("slow")?.error == "timed out after 1s")
        // The plugin saw the cancellation: it did not sleep on past the timeout.
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: box.path("cancelled.txt"))), as: UTF8.self) == "cancelled\n")
    }

    @Test func effectsHappenOnceAcrossRuns() async throws {
        let box = try Sandbox()
        defer { box.remove() }
        let compiled = try box.compile("""
            wf: 1
            name: t
            steps:
              - { id: write, uses: touch, with: { file: out/log.txt, key: first } }
            """)
        let recorder = Recorder()
        _ = try await run(compiled, reporter: recorder)
        _ = try await run(compiled, reporter: recorder)
        let text = String(decoding: FileManager.default.contents(atPath: box.path("out/log.txt")) ?? Data(), as: UTF8.self)
        #expect(text == "first\n")
        #expect(recorder.effects.map(\.state) == [.performed, .alreadyDone])
    }

    @Test func dryRunDescribesAndWritesNothing() async throws {
        let box = try Sandbox()
        defer { box.remove() }
        let compiled = try box.compile("""
            wf: 1
            name: t
            steps:
              - { id: write, uses: touch, with: { file: out.txt } }
            """)
        let recorder = Recorder()
        let summary = try await run(compiled, RunOptions(asOf: asOf, dryRun: true), reporter: recorder)
        #expect(summary.status == .succeeded)
        #expect(summary.runID == "dry-run")
        #expect(recorder.effects.map(\.state) == [.described])
        #expect(!box.exists("out.txt"))
        #expect(!box.exists(".wf"))
    }

    @Test func onlyRunsTheNodesAndTheirDependencies() async throws {
        let box = try Sandbox()
        defer { box.remove() }
        let compiled = try box.compile("""
            wf: 1
            name: t
            steps:
              - { id: a, uses: echo }
              - { id: b, uses: echo, needs: [a] }
              - { id: c, uses: echo, needs: [b] }
              - { id: other, uses: echo }
            """)
        let summary = try await run(compiled, RunOptions(asOf: asOf, only: ["b"]))
        #expect(summary.results.map(\.nodeID) == ["a", "b"])
        await #expect(throws: RunError.self) { try await run(compiled, RunOptions(asOf: asOf, only: ["bb"])) }
    }

    /// Nodes decided without a plugin run are committed in batches: every result still reaches
    /// the store, once, in the order the nodes finished, over several batches.
    @Test func resultsDecidedInPlaceAreCommittedInBatchesInOrder() async throws {
        let box = try Sandbox()
        defer { box.remove() }
        // Skipped steps are decided in place; `echo` runs as a plugin between the batches.
        let skipped = (0..<(2 * Runner.commitBatch + 30)).map { "  - { id: s\($0), uses: echo, if: \"false\" }" }
        let compiled = try box.compile("""
            wf: 1
            name: t
            steps:
              - { id: first, uses: echo }
            \(skipped.joined(separator: "\n"))
              - { id: last, uses: echo, needs: [first] }
            """)
        let recorder = Recorder()
        let summary = try await run(compiled, RunOptions(asOf: asOf, jobs: 1), reporter: recorder)
        #expect(summary.results.count == 2 * Runner.commitBatch + 32)
        let finished = recorder.events.compactMap { if case .nodeFinished(let result) = $0 { result.nodeID } else { nil } }
        let stored = try StateStore(path: box.path(".wf/state.sqlite")).results(run: Int64(summary.runID) ?? 0)
        #expect(stored.map(\.nodeID) == finished)
        #expect(Set(finished) == Set(summary.results.map(\.nodeID)))
        #expect(stored.filter { $0.status == .skipped }.count == 2 * Runner.commitBatch + 30)
    }

    @Test func resumeReusesSucceededNodesAndRefusesAChangedFile() async throws {
        let box = try Sandbox()
        defer { box.remove() }
        let yaml = """
            wf: 1
            name: t
            steps:
              - { id: ok, uses: echo, with: { value: 1 } }
              - { id: flaky, uses: flaky, needs: [ok], with: { marker: m.txt, succeed_after: 2 } }
            """
        let compiled = try box.compile(yaml)
        let first = try await run(compiled)
        #expect(first.status("flaky") == .failed)
        let second = try await run(compiled, RunOptions(resume: true))
        #expect(second.runID == first.runID)
        #expect(second.result("ok")?.reused == true)
        #expect(second.result("ok")?.outputs["value"] == .number(1))
        #expect(second.status("flaky") == .succeeded)
        #expect(second.asOf == asOf)  // a resumed run keeps its date
        let store = try StateStore(path: box.path(".wf/state.sqlite"))
        #expect(try store.results(run: Int64(first.runID) ?? 0).map(\.nodeID).sorted() == ["flaky", "ok"])
        #expect(try store.runs(workflow: "plan.yaml").count == 1)

        let changed = try box.compile(yaml + "\n# edited\n")
        await #expect(throws: RunError.self) { try await run(changed, RunOptions(resume: true)) }
    }

    @Test func independentNodesRunTogetherUpToJobs() async throws {
        let box = try Sandbox()
        defer { box.remove() }
        let compiled = try box.compile("""
            wf: 1
            name: t
            steps:
              - { id: a, uses: meet, with: { file: met, count: 2 } }
              - { id: b, uses: meet, with: { file: met, count: 2 } }
              - { id: c, uses: meet, with: { file: met, count: 2 } }
            """)
        let recorder = Recorder()
        let summary = try await run(compiled, RunOptions(asOf: asOf, jobs: 2), reporter: recorder)
        // Two nodes can only meet if they run at once: all three succeed with two jobs.
        #expect(["a", "b", "c"].map { summary.status($0) } == [.succeeded, .succeeded, .succeeded])
        // Count the most nodes running at once from the event order.
        var running = 0
        var most = 0
        for event in recorder.events {
            if case .nodeStarted = event { running += 1 }
            if case .nodeFinished = event { running -= 1 }
            most = max(most, running)
        }
        #expect(most == 2)
    }

    @Test func withOneJobNodesCannotMeet() async throws {
        // The control for the test above: one at a time, the first node waits in vain.
        let box = try Sandbox()
        defer { box.remove() }
        let compiled = try box.compile("""
            wf: 1
            name: t
            steps:
              - { id: a, uses: meet, with: { file: met, count: 2, limit: 1 } }
            """)
        let summary = try await run(compiled, RunOptions(asOf: asOf, jobs: 1))
        #expect(summary.status("a") == .failed)
        #expect(summary.result("a")?.error == "never met 2 nodes")
    }

    @Test func secretsAreMaskedInEventsAndState() async throws {
        let box = try Sandbox()
        defer { box.remove() }
        let compiled = try box.compile("""
            wf: 1
            name: t
            secrets: [TOKEN]
            steps:
              - { id: leak, uses: echo, with: { value: "token=${{ secrets.TOKEN }}" } }
            """)
        let recorder = Recorder()
        var options = RunOptions(asOf: asOf)
        options.environment = ["TOKEN": "hunter2-very-secret"]
        let summary = try await run(compiled, options, reporter: recorder)
        // The run itself sees the value…
        #expect(summary.result("leak")?.outputs["value"] == .string("token=hunter2-very-secret"))
        // …but nothing that leaves it does.
        let finished = recorder.events.compactMap { if case .nodeFinished(let r) = $0 { r } else { nil } }
        #expect(finished.first?.outputs["value"] == .string("token=***"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: box.path(".wf/state.sqlite")))
        #expect(bytes.range(of: Data("hunter2-very-secret".utf8)) == nil)
        let stored = try StateStore(path: box.path(".wf/state.sqlite")).results(run: 1)
        #expect(stored.first?.outputs["value"] == .string("token=***"))
    }
}
