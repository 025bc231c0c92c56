import Foundation
import Testing

/// Killing `wf run` and running it twice at once: state stays whole.
@Suite("wf run crash and concurrency", .serialized)
struct RunCrashTests {
    /// Starts `wf ARGS` in `folder` with output to files; returns the process.
    static func start(_ arguments: [String], in folder: URL, log: String) throws -> Process {
        let process = Process()
        process.executableURL = WF.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        FileManager.default.createFile(atPath: folder.appendingPathComponent(log).path, contents: nil)
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent(log))
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func waitFor(_ path: String, timeout: TimeInterval = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: path) { return true }
            usleep(20_000)
        }
        return false
    }

    /// Rows of `node_results` as "run|node|status", read with the sqlite3 CLI.
    static func rows(_ database: String) throws -> [String]? {
        guard let sqlite = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: FileManager.default.isExecutableFile) else {
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite)
        process.arguments = [database, "SELECT run_id || '|' || node_id || '|' || status FROM node_results ORDER BY node_id, run_id; PRAGMA integrity_check;"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func killedRunResumesWithoutLosingOrRepeatingResults() throws {
        let folder = try WF.temporaryDirectory("wf-crash")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            wf: 1
            name: bị ngắt
            steps:
              - id: first
                run: |
                  echo x >> first-ran.txt
                  echo "n=41" >> "$WF_OUTPUT"
              - id: second
                needs: [first]
                run: |
                  touch second-started.txt
                  [ -f go.txt ] || sleep 30
                  echo x >> second-ran.txt
              - id: third
                needs: [second]
                run: echo "$N" > third.txt
                env: { N: "${{ steps.first.outputs.n }}" }
            """.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let process = try Self.start(["run", "plan.yaml"], in: folder, log: "first.log")
        #expect(Self.waitFor(folder.appendingPathComponent("second-started.txt").path))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let status = try WF.run(["status", "plan.yaml"], in: folder)
        #expect(status.stdout.contains("interrupted"))
        try Data().write(to: folder.appendingPathComponent("go.txt"))
        let resumed = try WF.run(["run", "plan.yaml", "--resume"], in: folder)
        #expect(resumed.exitCode == 0, "\(resumed.stdout)\(resumed.stderr)")
        #expect(resumed.stdout.contains("resuming run 1"))
        #expect(resumed.stdout.contains("✓ first 0.0s — reused from run 1") || resumed.stdout.contains("reused from run 1"))
        let read = { (name: String) in (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "" }
        #expect(read("first-ran.txt") == "x\n", "first ran again")
        #expect(read("second-ran.txt") == "x\n")
        #expect(read("third.txt") == "41\n", "the reused node's outputs reach later steps")
        if let rows = try Self.rows(folder.appendingPathComponent(".wf/state.sqlite").path) {
            #expect(rows == ["1|first|succeeded", "1|second|succeeded", "1|third|succeeded", "ok"])
        } else {
            print("sqlite3 not installed: checked through wf status only")
        }
        let json = try WF.run(["status", "plan.yaml", "--format", "json"], in: folder)
        let object = (try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) as? [String: Any]
        let nodes = (object?["nodes"] as? [[String: Any]])?.compactMap { $0["node"] as? String }
        #expect(nodes?.sorted() == ["first", "second", "third"])
    }

    /// True when `pid` is blocked waiting for an flock (a "->" line of /proc/locks), on Linux.
    static func isWaitingForLock(_ pid: Int32) -> Bool {
        let locks = (try? String(contentsOfFile: "/proc/locks", encoding: .utf8)) ?? ""
        return locks.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ")
            return fields.contains("->") && fields.contains("FLOCK") && fields.contains(Substring(String(pid)))
        }
    }

    @Test func aSecondRunRefusesOrWaits() throws {
        let folder = try WF.temporaryDirectory("wf-twice")
        defer { try? FileManager.default.removeItem(at: folder) }
        let go = folder.appendingPathComponent("go.txt")
        // Each run marks its start and end; the first holds the lock until the test says go
        // (at most 120 s, so a failed test never leaves it behind for long).
        try Data("""
            wf: 1
            name: hai lần
            steps:
              - id: hold
                run: |
                  echo start >> done.txt
                  touch holding.txt
                  i=0
                  while [ ! -f go.txt ] && [ "$i" -lt 2400 ]; do i=$((i + 1)); sleep 0.05; done
                  echo end >> done.txt
            """.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let first = try Self.start(["run", "plan.yaml"], in: folder, log: "first.log")
        var waiter: Process?
        defer {
            // However the test ends, let the held run finish and reap both.
            _ = FileManager.default.createFile(atPath: go.path, contents: nil)
            first.waitUntilExit()
            waiter?.waitUntilExit()
        }
        // The first run is inside its step, holding the lock, until go.txt exists.
        try #require(Self.waitFor(folder.appendingPathComponent("holding.txt").path), "the first run never started its step")
        let refused = try WF.run(["run", "plan.yaml"], in: folder)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("another 'wf run' of 'plan.yaml' is running (pid \(first.processIdentifier))"),
                "\(refused.stderr)")

        let second = try Self.start(["run", "plan.yaml", "--wait"], in: folder, log: "second.log")
        waiter = second
        #if os(Linux)
        // Go only once the second run is blocked on the lock, so the test proves it waits.
        var blocked = false
        for _ in 0..<3_000 where !blocked {
            blocked = Self.isWaitingForLock(second.processIdentifier)
            if !blocked { usleep(20_000) }
            if !second.isRunning { break }
        }
        #expect(blocked, "the --wait run never blocked on the lock (it exited \(second.isRunning ? "not" : "\(second.terminationStatus)"))")
        #else
        print("no /proc/locks here: cannot see the --wait run block; checking only that the runs do not overlap")
        #endif
        try Data().write(to: go)
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0, "\((try? String(contentsOf: folder.appendingPathComponent("second.log"), encoding: .utf8)) ?? "")")
        // The runs did not overlap: the second started its step after the first ended it.
        let marks = ((try? String(contentsOf: folder.appendingPathComponent("done.txt"), encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
        #expect(marks == ["start", "end", "start", "end"])
        let history = try WF.run(["history", "plan.yaml", "--format", "json"], in: folder)
        let runs = (try? JSONSerialization.jsonObject(with: Data(history.stdout.utf8))) as? [[String: Any]] ?? []
        #expect(runs.map { $0["status"] as? String } == ["succeeded", "succeeded"])
        if let rows = try Self.rows(folder.appendingPathComponent(".wf/state.sqlite").path) {
            #expect(rows == ["1|hold|succeeded", "2|hold|succeeded", "ok"])
        }
    }
}
