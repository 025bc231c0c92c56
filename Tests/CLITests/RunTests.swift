import Foundation
import NotifyPeers
import Testing

/// `wf run` end to end: the real binary on workflows of shell steps written into temp folders.
@Suite("wf run")
struct RunTests {
    /// A temp folder holding `plan.yaml`.
    struct Folder {
        let url: URL
        init(_ yaml: String) throws {
            url = try WF.temporaryDirectory("wf-run")
            try Data(yaml.utf8).write(to: url.appendingPathComponent("plan.yaml"))
        }
        var plan: String { url.appendingPathComponent("plan.yaml").path }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
        func read(_ name: String) -> String { (try? String(contentsOfFile: path(name), encoding: .utf8)) ?? "" }
        func remove() { try? FileManager.default.removeItem(at: url) }
        @discardableResult
        func wf(_ arguments: [String], environment: [String: String] = [:]) throws -> WF.Result {
            try WF.run(arguments, in: url, environment: environment)
        }
    }

    /// NDJSON lines as objects.
    static func events(_ stdout: String) -> [[String: Any]] {
        stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test func runsInDependencyOrderAndPassesOutputs() throws {
        let folder = try Folder("""
            wf: 1
            name: Thứ tự
            steps:
              - id: third
                needs: [second]
                run: echo "third $A|$B" >> order.txt
                env:
                  A: ${{ steps.first.outputs.word }}
                  B: ${{ steps.second.outputs.lines }}
              - id: second
                needs: [first]
                run: |
                  echo second >> order.txt
                  {
                    echo 'lines<<END'
                    echo 'dòng một'
                    echo 'dòng hai'
                    echo 'END'
                  } >> "$WF_OUTPUT"
              - id: first
                run: |
                  echo first >> order.txt
                  echo "word=xin chào" >> "$WF_OUTPUT"
            """)
        defer { folder.remove() }
        let result = try folder.wf(["run", "plan.yaml"])
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(folder.read("order.txt") == "first\nsecond\nthird xin chào|dòng một\ndòng hai\n")
        #expect(result.stdout.contains("✓ first"))
        #expect(result.stdout.contains("run 1 succeeded: 3 succeeded"))
    }

    /// Two steps that meet: each leaves its mark, then waits (at most `ticks` × 0.05 s) for the
    /// other's. Both succeed only if they run at the same time; one after the other, the first
    /// waits in vain and fails, whatever the machine's speed.
    static func rendezvous(ticks: Int) -> String {
        func step(_ id: String, waitsFor other: String) -> String {
            """
              - id: \(id)
                run: |
                  touch \(id).here
                  i=0
                  while [ ! -f \(other).here ]; do
                    i=$((i + 1))
                    if [ "$i" -gt \(ticks) ]; then echo "\(id) never met \(other)"; exit 1; fi
                    sleep 0.05
                  done
            """
        }
        return "wf: 1\nname: gặp nhau\nsteps:\n" + step("a", waitsFor: "b") + "\n" + step("b", waitsFor: "a") + "\n"
    }

    @Test func independentStepsRunInParallel() throws {
        // Generous: the steps wait up to 60 s for each other, however loaded the machine.
        let folder = try Folder(Self.rendezvous(ticks: 1_200))
        defer { folder.remove() }
        let result = try WF.run(["run", "plan.yaml", "--jobs", "2"], in: folder.url, timeout: 180)
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("run 1 succeeded: 2 succeeded"), "\(result.stdout)")
    }

    @Test func withOneJobTheRendezvousFails() throws {
        // The control: the same steps one at a time cannot meet, so the test above can fail.
        let folder = try Folder(Self.rendezvous(ticks: 20))
        defer { folder.remove() }
        let result = try folder.wf(["run", "plan.yaml", "--jobs", "1"])
        #expect(result.exitCode == 1, "\(result.stdout)")
        #expect(result.stdout.contains("never met"), "\(result.stdout)")
    }

    @Test func failureSkipsDependentsAndExitsWithOne() throws {
        let folder = try Folder("""
            wf: 1
            name: lỗi
            steps:
              - id: broken
                run: |
                  echo "sắp lỗi"
                  echo "không tìm thấy tệp" >&2
                  exit 3
              - { id: next, needs: [broken], run: touch next.txt }
              - { id: cleanup, needs: [next], if: always(), run: touch cleanup.txt }
              - { id: report, needs: [broken], if: failure(), run: touch failure.txt }
            """)
        defer { folder.remove() }
        let result = try folder.wf(["run", "plan.yaml"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("[broken] sắp lỗi"))
        #expect(result.stdout.contains("✗ broken: the script exited with code 3: không tìm thấy tệp"))
        #expect(result.stdout.contains("↷ next skipped: 'broken' failed"))
        #expect(!folder.exists("next.txt"))
        #expect(folder.exists("cleanup.txt"))
        #expect(folder.exists("failure.txt"))
    }

    @Test func retryAndContinueOnError() throws {
        let folder = try Folder("""
            wf: 1
            name: thử lại
            steps:
              - id: flaky
                retry: { attempts: 3 }
                run: |
                  echo x >> attempts.txt
                  [ "$(wc -l < attempts.txt)" -ge 3 ]
              - id: optional
                continue-on-error: true
                run: exit 5
              - { id: after, needs: [optional, flaky], run: touch after.txt }
            """)
        defer { folder.remove() }
        let result = try folder.wf(["run", "plan.yaml", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stdout)")
        #expect(folder.read("attempts.txt") == "x\nx\nx\n")
        #expect(folder.exists("after.txt"))
        let finished = Self.events(result.stdout).filter { $0["event"] as? String == "node-finished" }
        let flaky = finished.first { $0["node"] as? String == "flaky" }
        #expect(flaky?["attempts"] as? Int == 3)
        #expect(flaky?["status"] as? String == "succeeded")
        let optional = finished.first { $0["node"] as? String == "optional" }
        #expect(optional?["status"] as? String == "failed")
        #expect(optional?["continue_on_error"] as? Bool == true)
    }

    @Test func timeoutStopsTheScript() throws {
        let folder = try Folder("""
            wf: 1
            name: quá giờ
            steps:
              - id: slow
                timeout: 3s
                run: |
                  sleep 30 &
                  echo $! > child.pid
                  sleep 30
            """)
        defer { folder.remove() }
        let result = try folder.wf(["run", "plan.yaml"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("✗ slow: timed out after 3s"), "\(result.stdout)")
        // The script's background child was stopped too: it would sleep 30 s otherwise.
        let text = folder.read("child.pid").trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(Int32(text), "the script wrote no child pid: '\(text)'")
        #expect(ProcessProbe.waitUntilGone(pid), "the script's child \(pid) still runs")
    }

    @Test func conditionsAndVars() throws {
        let folder = try Folder("""
            wf: 1
            name: điều kiện
            vars: { env: test, count: 1 }
            steps:
              - { id: prod-only, if: "vars.env == 'prod'", run: touch prod.txt }
              - { id: many, if: "${{ vars.count > 2 }}", run: touch many.txt }
              - id: says
                run: echo "$WHO" > who.txt
                env: { WHO: "${{ vars.env }}/${{ run.as_of }}" }
            """)
        defer { folder.remove() }
        let result = try folder.wf(["run", "plan.yaml", "--var", "count=3", "--as-of", "05/10/2023"])
        #expect(result.exitCode == 0)
        #expect(!folder.exists("prod.txt"))
        #expect(folder.exists("many.txt"))
        #expect(folder.read("who.txt") == "test/2023-10-05\n")
        #expect(result.stdout.contains("↷ prod-only condition false: vars.env == 'prod'"))
    }

    @Test func dryRunPrintsWhatItWouldDoAndWritesNothing() throws {
        let folder = try Folder("""
            wf: 1
            name: chạy thử
            steps:
              - { id: write, run: touch written.txt }
            """)
        defer { folder.remove() }
        let result = try folder.wf(["run", "plan.yaml", "--dry-run"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("↪ [write] would run: bash touch written.txt"))
        #expect(!folder.exists("written.txt"))
        #expect(!folder.exists(".wf"))
    }

    @Test func onlyRunsTheNodeAndItsDependencies() throws {
        let folder = try Folder("""
            wf: 1
            name: chỉ
            steps:
              - { id: a, run: touch a.txt }
              - { id: b, needs: [a], run: touch b.txt }
              - { id: c, needs: [b], run: touch c.txt }
              - { id: d, run: touch d.txt }
            """)
        defer { folder.remove() }
        let result = try folder.wf(["run", "plan.yaml", "--only", "b"])
        #expect(result.exitCode == 0)
        #expect(folder.exists("a.txt") && folder.exists("b.txt"))
        #expect(!folder.exists("c.txt") && !folder.exists("d.txt"))
        let unknown = try folder.wf(["run", "plan.yaml", "--only", "bb"])
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr.contains("no item or step 'bb'; did you mean 'b'?"))
    }

    @Test func ndjsonEvents() throws {
        let folder = try Folder("""
            wf: 1
            name: sự kiện
            steps:
              - { id: a, run: echo "n=1" >> "$WF_OUTPUT" }
            """)
        defer { folder.remove() }
        let result = try folder.wf(["run", "plan.yaml", "--format", "json"])
        let events = Self.events(result.stdout)
        #expect(events.count == result.stdout.split(separator: "\n").count, "every line is one JSON object")
        #expect(events.map { $0["event"] as? String ?? "" } == ["run-started", "node-started", "node-finished", "run-finished"])
        #expect((events[2]["outputs"] as? [String: Any])?["n"] as? String == "1")
        #expect(events[3]["exit_code"] as? Int == 0)
    }

    @Test func statusAndHistory() throws {
        let folder = try Folder("""
            wf: 1
            name: trạng thái
            steps:
              - { id: a, run: "true" }
              - { id: b, run: "false" }
            """)
        defer { folder.remove() }
        let none = try folder.wf(["status", "plan.yaml"])
        #expect(none.stdout.contains("has not run yet"))
        #expect(none.exitCode == 0)
        for command in ["status", "history"] {
            let typo = try folder.wf([command, "plna.yaml"])
            #expect(typo.exitCode == 2, "\(command)")
            #expect(typo.stderr.contains("plna.yaml:1:1: error: no such file"), "\(command)")
        }
        try folder.wf(["run", "plan.yaml", "--as-of", "2023-10-05"])
        try folder.wf(["run", "plan.yaml", "--as-of", "2023-10-06"])
        let status = try folder.wf(["status", "plan.yaml"])
        #expect(status.exitCode == 0)
        #expect(status.stdout.contains("run 2"))
        #expect(status.stdout.contains("as of 2023-10-06"))
        #expect(status.stdout.split(separator: "\n").contains { $0.hasPrefix("b ") && $0.contains("✗ failed") })
        let history = try folder.wf(["history", "plan.yaml", "--format", "json"])
        let runs = (try? JSONSerialization.jsonObject(with: Data(history.stdout.utf8))) as? [[String: Any]] ?? []
        #expect(runs.map { $0["run"] as? Int } == [2, 1])
        #expect(runs.first?["as_of"] as? String == "2023-10-06")
        #expect((runs.first?["counts"] as? [String: Any])?["failed"] as? Int == 1)
    }

    @Test func invalidWorkflowExitsWithOneAndSaysWhere() throws {
        let folder = try Folder("""
            wf: 1
            name: sai
            steps:
              - { id: a, needs: [nope], run: "true" }
            """)
        defer { folder.remove() }
        let result = try folder.wf(["run", "plan.yaml"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("plan.yaml:4:"))
        #expect(!folder.exists(".wf"))
    }

    @Test func secretNeverLeaves() throws {
        let secret = "s3cr3t-ZX81-value"
        let folder = try Folder("""
            wf: 1
            name: bí mật
            secrets: [API_TOKEN]
            steps:
              - id: leak
                run: |
                  echo "token is $TOKEN"
                  echo "stderr $TOKEN" >&2
                  echo "copy=$TOKEN" >> "$WF_OUTPUT"
                  exit 1
                env: { TOKEN: "${{ secrets.API_TOKEN }}" }
            """)
        defer { folder.remove() }
        let environment = ["API_TOKEN": secret]
        let text = try folder.wf(["run", "plan.yaml"], environment: environment)
        let json = try folder.wf(["run", "plan.yaml", "--format", "json"], environment: environment)
        #expect(text.stdout.contains("token is ***"))
        for output in [text.stdout, text.stderr, json.stdout, json.stderr] {
            #expect(!output.contains(secret))
        }
        let status = try folder.wf(["status", "plan.yaml", "--format", "json"])
        #expect(!status.stdout.contains(secret))
        for file in [".wf/state.sqlite", ".wf/state.sqlite-wal"] where folder.exists(file) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.path(file)))
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(file) holds the secret")
        }
    }
}
