import NotifyPeers
import Foundation
import Testing

/// The `file:` outbox under parallel writers, a full disk and kills: every record whole, once.
@Suite("outbox: nothing lost, nothing doubled", .serialized)
struct OutboxTests {
    /// A plan of `count` notify steps with no `needs` (so they run at once), each appending one
    /// record with a body of `bodySize` bytes to `out/log.jsonl`.
    static func plan(name: String, count: Int, bodySize: Int, prefix: String = "tin") -> String {
        var text = "wf: 1\nname: \(name)\nsteps:\n"
        let body = String(repeating: "Nội dung nhắc việc. ", count: max(1, bodySize / 24))
        for index in 0..<count {
            text += """
                  - id: \(prefix)-\(index)
                    uses: notify
                    with:
                      to: [file:out/log.jsonl]
                      subject: "Tin \(prefix) số \(index)"
                      body: "\(body)"

                """
        }
        return text
    }

    /// The lines of the outbox file, each parsed; a line that is not a JSON object is recorded as an issue.
    static func records(_ folder: URL) -> [[String: Any]] {
        let text = (try? String(contentsOf: folder.appendingPathComponent("out/log.jsonl"), encoding: .utf8)) ?? ""
        var records: [[String: Any]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                Issue.record("not a JSON record: \(line.prefix(120))…")
                continue
            }
            records.append(object)
        }
        if !text.isEmpty, !text.hasSuffix("\n") { Issue.record("the file does not end with a whole line") }
        return records
    }

    static func subjects(_ records: [[String: Any]]) -> [String] {
        records.compactMap { $0["subject"] as? String }.sorted()
    }

    @Test("20 parallel notify steps with 20 KB bodies: 20 whole records, every time", arguments: 0..<4)
    func parallelWriters(round: Int) throws {
        let folder = try WF.temporaryDirectory("wf-outbox")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan(name: "song song", count: 20, bodySize: 20_000).utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let result = try WF.run(["run", "plan.yaml", "--jobs", "8", "--as-of", "2024-03-01"], in: folder)
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        let records = Self.records(folder)
        #expect(records.count == 20)
        #expect(Set(Self.subjects(records)).count == 20)
        #expect(Set(records.compactMap { $0["effect"] as? String }).count == 20)
    }

    @Test("two wf processes appending to one file at once keep every record")
    func twoProcesses() throws {
        let folder = try WF.temporaryDirectory("wf-outbox-two")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan(name: "một", count: 15, bodySize: 8_000, prefix: "mot").utf8).write(to: folder.appendingPathComponent("a.yaml"))
        try Data(Self.plan(name: "hai", count: 15, bodySize: 8_000, prefix: "hai").utf8).write(to: folder.appendingPathComponent("b.yaml"))
        let first = try RunCrashTests.start(["run", "a.yaml", "--jobs", "8", "--state", ".wf/a.sqlite"], in: folder, log: "a.log")
        let second = try RunCrashTests.start(["run", "b.yaml", "--jobs", "8", "--state", ".wf/b.sqlite"], in: folder, log: "b.log")
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0,
                "\((try? String(contentsOf: folder.appendingPathComponent("a.log"), encoding: .utf8)) ?? "")")
        let records = Self.records(folder)
        #expect(records.count == 30)
        #expect(Set(Self.subjects(records)).count == 30)
    }

    @Test("a disk that fills in the middle of a record: the file is cut back, the retry writes one whole record")
    func fullDisk() throws {
        let folder = try WF.temporaryDirectory("wf-outbox-full")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan(name: "đầy đĩa", count: 1, bodySize: 2_000).utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        // The file-size limit (ulimit -f, in KiB) stands in for a full disk: the outbox already
        // holds whole records up to 100 bytes short of it, so the next record fills it part way.
        let limitKiB = 2_048
        let line = "{\"subject\":\"cũ\",\"body\":\"\(String(repeating: "x", count: 900))\"}\n"
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        let outbox = folder.appendingPathComponent("out/log.jsonl")
        let filler = String(repeating: line, count: (limitKiB * 1024 - 100) / line.utf8.count)
        let pad = limitKiB * 1024 - 100 - filler.utf8.count
        let lastLine = "{\"pad\":\"" + String(repeating: "p", count: max(0, pad - 11)) + "\"}\n"
        try Data((filler + lastLine).utf8).write(to: outbox)
        let before = try Data(contentsOf: outbox)
        #expect(before.count == limitKiB * 1024 - 100)

        let limited = try WF.run(["run", "plan.yaml", "--as-of", "2024-03-01"], in: folder,
                                 launcher: ["/bin/bash", "-c", "ulimit -f \(limitKiB); exec \"$0\" \"$@\""])
        #expect(limited.exitCode == 1, "\(limited.stdout)\(limited.stderr)")
        #expect(limited.stdout.contains("tin-0"))
        #expect(try Data(contentsOf: outbox) == before, "the half-written record was not rolled back")

        let retry = try WF.run(["run", "plan.yaml", "--as-of", "2024-03-01"], in: folder)
        #expect(retry.exitCode == 0, "\(retry.stdout)\(retry.stderr)")
        let records = Self.records(folder)
        #expect(records.filter { ($0["subject"] as? String) == "Tin tin số 0" }.count == 1)
        #expect(records.count == before.split(separator: UInt8(ascii: "\n")).count + 1)
    }

    @Test("a record cut short by a kill is removed before the next one; another program's unfinished line is kept")
    func tornRecord() throws {
        let folder = try WF.temporaryDirectory("wf-outbox-torn")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan(name: "cắt ngang", count: 1, bodySize: 100).utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        let outbox = folder.appendingPathComponent("out/log.jsonl")
        let whole = "{\"time\":\"2024-02-29T08:00:00+07:00\",\"subject\":\"cũ\"}\n"
        try Data((whole + "{\"time\":\"2024-03-01T08:00:00+07:00\",\"subject\":\"Tin tin số 0\",\"bo").utf8).write(to: outbox)
        let run = try WF.run(["run", "plan.yaml", "--as-of", "2024-03-01"], in: folder)
        #expect(run.exitCode == 0, "\(run.stdout)\(run.stderr)")
        let records = Self.records(folder)
        #expect(records.count == 2)
        #expect(records.first?["subject"] as? String == "cũ")
        #expect(records.last?["subject"] as? String == "Tin tin số 0")

        // A line another program left without its newline is not ours to cut.
        try Data((whole + "ghi chú tay").utf8).write(to: outbox)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(".wf"))
        _ = try WF.run(["run", "plan.yaml", "--as-of", "2024-03-01"], in: folder)
        let text = try String(contentsOf: outbox, encoding: .utf8)
        #expect(text.hasPrefix(whole + "ghi chú tay\n{"))
    }

    @Test("killed at random points and resumed: every record exactly once, every line whole", arguments: [
        0x5EED_0008 as UInt64, 17, 2_024, 99_991,
    ])
    func killAndResume(seed: UInt64) throws {
        var random = SplitMix64(state: seed)
        for round in 0..<3 {
            let folder = try WF.temporaryDirectory("wf-outbox-kill")
            defer { try? FileManager.default.removeItem(at: folder) }
            try Data(Self.plan(name: "ngắt", count: 24, bodySize: 4_000).utf8).write(to: folder.appendingPathComponent("plan.yaml"))
            var arguments = ["run", "plan.yaml", "--jobs", "8", "--as-of", "2024-03-01"]
            var finished = false
            var kills = 0
            for attempt in 0..<12 where !finished {
                let process = try RunCrashTests.start(arguments, in: folder, log: "run-\(attempt).log")
                // A kill somewhere between start-up and the end of the run (a few ms to ~150 ms).
                usleep(UInt32(random.next() % 150_000))
                if process.isRunning {
                    kill(process.processIdentifier, SIGKILL)
                    kills += 1
                }
                process.waitUntilExit()
                finished = process.terminationReason == .exit && process.terminationStatus == 0
                arguments = ["run", "plan.yaml", "--jobs", "8", "--resume"]
            }
            if !finished {
                let last = try WF.run(arguments, in: folder)
                #expect(last.exitCode == 0, "seed \(seed) round \(round): \(last.stdout)\(last.stderr)")
            }
            let records = Self.records(folder)
            #expect(Self.subjects(records) == (0..<24).map { "Tin tin số \($0)" }.sorted(),
                    "seed \(seed) round \(round), \(kills) kills: \(records.count) records")
        }
    }
}
