import Foundation
import Testing

/// The state store through the real `wf`: a folder it may only read, a damaged store, a store
/// another program holds locked (issue 8, "nothing lost, nothing corrupted").
@Suite("wf state store: read-only, damaged, locked", .serialized)
struct StateSafetyTests {
    static let plan = """
        wf: 1
        name: trạng thái
        steps:
          - id: a
            run: echo x >> ran.txt
        """

    /// A folder with the plan, run once.
    static func folderWithOneRun() throws -> URL {
        let folder = try WF.temporaryDirectory("wf-state")
        try Data(plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let first = try WF.run(["run", "plan.yaml"], in: folder)
        #expect(first.exitCode == 0, "\(first.stdout)\(first.stderr)")
        return folder
    }

    static func ranCount(_ folder: URL) -> Int {
        ((try? String(contentsOf: folder.appendingPathComponent("ran.txt"), encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    // MARK: - sqlite3

    static let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: FileManager.default.isExecutableFile)

    /// The sqlite3 tool started on `database`, reading statements from a pipe.
    struct SQLiteShell {
        let process = Process()
        let input = Pipe()
        let output = Pipe()

        init(_ database: String) throws {
            process.executableURL = URL(fileURLWithPath: sqlite3 ?? "sqlite3")
            process.arguments = ["-batch", database]
            process.standardInput = input
            process.standardOutput = output
            try process.run()
        }

        /// Sends `sql`, then waits until the tool has run it (it echoes a marker).
        func send(_ sql: String) throws {
            input.fileHandleForWriting.write(Data("\(sql)\nSELECT 'done';\n".utf8))
            var seen = ""
            while !seen.contains("done\n") {
                let data = output.fileHandleForReading.availableData
                if data.isEmpty { throw CocoaError(.fileReadUnknown) }
                seen += String(decoding: data, as: UTF8.self)
            }
        }

        /// Ends the tool; a transaction still open is rolled back.
        func quit() {
            input.fileHandleForWriting.write(Data(".quit\n".utf8))
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    static func sqlite(_ database: String, _ sql: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite3 ?? "sqlite3")
        process.arguments = [database, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    // MARK: - A folder wf may only read

    /// How to start wf so that permission bits bind it: as is for a normal user; as root (who
    /// ignores them), through setpriv without the capabilities that let root write anywhere.
    /// Nil when neither works here.
    static let readOnlyLauncher: [String]? = {
        if getuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        let launcher = [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]
        guard FileManager.default.isExecutableFile(atPath: setpriv),
              let folder = try? WF.temporaryDirectory("wf-probe") else { return nil }
        defer { try? FileManager.default.removeItem(at: folder) }
        chmod(folder.path, 0o555)
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: setpriv)
        probe.arguments = Array(launcher.dropFirst()) + ["/usr/bin/touch", folder.appendingPathComponent("x").path]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return nil }
        probe.waitUntilExit()
        return probe.terminationStatus != 0 ? launcher : nil
    }()

    @Test(.enabled(if: readOnlyLauncher != nil,
                   "cannot make a folder unwritable for this test: it runs as root, and setpriv (util-linux) is missing or cannot drop CAP_DAC_OVERRIDE"))
    func statusAndHistoryReadAFolderTheyMayNotWrite() throws {
        let folder = try Self.folderWithOneRun()
        let state = folder.appendingPathComponent(".wf")
        defer {
            chmod(state.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let database = state.appendingPathComponent("state.sqlite").path
        #expect(!FileManager.default.fileExists(atPath: database + "-wal"), "the last run merged its WAL")
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        chmod(database, 0o444)
        chmod(state.path, 0o555)
        let launcher = Self.readOnlyLauncher ?? []

        let status = try WF.run(["status", "plan.yaml"], in: folder, launcher: launcher)
        #expect(status.exitCode == 0, "\(status.stdout)\(status.stderr)")
        #expect(status.stdout.contains("plan.yaml — run 1"))
        let history = try WF.run(["history", "plan.yaml", "--format", "json"], in: folder, launcher: launcher)
        #expect(history.exitCode == 0, "\(history.stdout)\(history.stderr)")
        #expect(history.stdout.contains("\"run\":1,"), "\(history.stdout)")
        #expect(!FileManager.default.fileExists(atPath: database + "-shm"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before, "reading changed the store")

        // A run must write: it says so, and where.
        let run = try WF.run(["run", "plan.yaml"], in: folder, launcher: launcher)
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("'wf run' keeps its state there, so it must be able to write the file and its folder '\(state.path)'"),
                "\(run.stderr)")
        #expect(Self.ranCount(folder) == 1)
    }

    @Test(.enabled(if: readOnlyLauncher != nil && sqlite3 != nil,
                   "needs the sqlite3 tool, and a way to make a folder unwritable (not root, or setpriv)"))
    func statusReadsTheChangesAKilledRunLeftInAFolderItMayNotWrite() throws {
        let folder = try Self.folderWithOneRun()
        let state = folder.appendingPathComponent(".wf")
        defer {
            chmod(state.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let database = state.appendingPathComponent("state.sqlite").path
        // A writer killed after its commit: the run it recorded is only in state.sqlite-wal.
        let shell = try SQLiteShell(database)
        try shell.send("""
            PRAGMA wal_autocheckpoint = 0;
            INSERT INTO runs (workflow, path, content_hash, as_of, started_at, finished_at, status)
            VALUES ('plan.yaml', 'plan.yaml', 'h', '2023-10-05', 1696464000, 1696464001, 'succeeded');
            """)
        kill(shell.process.processIdentifier, SIGKILL)
        shell.process.waitUntilExit()
        let walSize = (try FileManager.default.attributesOfItem(atPath: database + "-wal")[.size] as? NSNumber)?.intValue ?? 0
        #expect(walSize > 0)
        // Copied without its -shm (a backup, a shared folder) into a folder wf may not write.
        try FileManager.default.removeItem(atPath: database + "-shm")
        chmod(state.path, 0o555)
        let status = try WF.run(["status", "plan.yaml"], in: folder, launcher: Self.readOnlyLauncher ?? [])
        #expect(status.exitCode == 0, "\(status.stdout)\(status.stderr)")
        #expect(status.stdout.contains("plan.yaml — run 2"), "the run in the WAL is shown: \(status.stdout)")
        #expect(!FileManager.default.fileExists(atPath: database + "-shm"))
    }

    // MARK: - A damaged store

    @Test(.enabled(if: sqlite3 != nil, "needs the sqlite3 tool to find the index page to damage (apt-get install sqlite3)"))
    func aRunRefusesAStoreWithADamagedIndex() throws {
        let folder = try Self.folderWithOneRun()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent(".wf/state.sqlite").path
        let figures = try Self.sqlite(database, "SELECT rootpage FROM sqlite_master WHERE name = 'runs_by_workflow'; PRAGMA page_size;")
        let root = try #require(figures.first.flatMap { Int($0) })
        let pageSize = try #require(figures.last.flatMap { Int($0) })
        // Every "plan.yaml" in the index's leaf page becomes "plan.yamx": a well-formed page whose
        // entries no longer match the runs, as a bad sector or a half-copied file leaves it.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: database))
        let page = (root - 1) * pageSize..<root * pageSize
        var start = page.lowerBound
        while let found = bytes.range(of: Data("plan.yaml".utf8), in: start..<page.upperBound) {
            bytes[found.upperBound - 1] = UInt8(ascii: "x")
            start = found.upperBound
        }
        #expect(start > page.lowerBound, "the index page holds the workflow key")
        try bytes.write(to: URL(fileURLWithPath: database))
        #expect(try Self.sqlite(database, "PRAGMA quick_check") == ["ok"], "quick_check misses a damaged index")
        #expect(try Self.sqlite(database, "PRAGMA integrity_check") != ["ok"])

        let refused = try WF.run(["run", "plan.yaml"], in: folder)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("error: the state database '\(database)' is damaged (SQLite found: "), "\(refused.stderr)")
        #expect(refused.stderr.contains("runs_by_workflow"))
        #expect(refused.stderr.contains("restore the file from a backup, or move it aside:"))
        #expect(refused.stderr.contains("mv '\(database)' '\(database).damaged'"))
        #expect(refused.stdout.isEmpty)
        #expect(Self.ranCount(folder) == 1, "the plan ran on a damaged store")
        // Reading it would show a wrong history ("has not run yet"): refused too.
        let status = try WF.run(["status", "plan.yaml"], in: folder)
        #expect(status.exitCode == 1)
        #expect(status.stderr.contains("error: the state database '\(database)' is damaged"), "\(status.stdout)\(status.stderr)")

        // Doing what it says: the next run starts a fresh history.
        try FileManager.default.moveItem(atPath: database, toPath: database + ".damaged")
        let fresh = try WF.run(["run", "plan.yaml"], in: folder)
        #expect(fresh.exitCode == 0, "\(fresh.stdout)\(fresh.stderr)")
        #expect(fresh.stdout.contains("run 1"))
    }

    // MARK: - A store another program holds locked

    @Test(.enabled(if: sqlite3 != nil, "needs the sqlite3 tool to hold the lock (apt-get install sqlite3)"))
    func aLockHeldTooLongIsAnnouncedThenGivenUp() throws {
        let folder = try Self.folderWithOneRun()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent(".wf/state.sqlite").path
        let shell = try SQLiteShell(database)
        defer { shell.quit() }
        try shell.send("BEGIN EXCLUSIVE;")
        let started = Date()
        let run = try WF.run(["run", "plan.yaml"], in: folder, environment: ["WF_STATE_WAIT": "2"])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("note: waiting for the state database '\(database)': another program holds it locked"), "\(run.stderr)")
        #expect(run.stderr.contains("waiting up to 2 s in all (WF_STATE_WAIT sets the limit)"))
        #expect(run.stderr.contains("error: the state database '\(database)' stayed locked by another program for 2 s, so wf stopped"))
        #expect(Date().timeIntervalSince(started) < 30, "gave up long after WF_STATE_WAIT")
        #expect(Self.ranCount(folder) == 1)
    }

    @Test(.enabled(if: sqlite3 != nil, "needs the sqlite3 tool to hold the lock (apt-get install sqlite3)"))
    func aLockReleasedInTimeLetsTheRunGoOn() throws {
        let folder = try Self.folderWithOneRun()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent(".wf/state.sqlite").path
        let shell = try SQLiteShell(database)
        defer { shell.quit() }
        try shell.send("BEGIN EXCLUSIVE;")
        let process = try RunCrashTests.start(["run", "plan.yaml"], in: folder, log: "run.log")
        // The lock goes once wf has said it waits: no timing involved.
        let log = folder.appendingPathComponent("run.log")
        let deadline = Date().addingTimeInterval(50)
        var text = ""
        while !text.contains("waiting for the state database"), Date() < deadline, process.isRunning {
            usleep(20_000)
            text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        }
        try shell.send("COMMIT;")
        process.waitUntilExit()
        text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(text.contains("note: waiting for the state database '\(database)'"), "\(text)")
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("run 2 succeeded"), "\(text)")
        #expect(Self.ranCount(folder) == 2)
    }
}
