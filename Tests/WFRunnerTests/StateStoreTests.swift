import Foundation
import Synchronization
import GRDB
import Testing
@testable import WFRunner
import WFPluginAPI

@Suite("State store")
struct StateStoreTests {
    @Test func createsSchemaInWALMode() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let store = try StateStore(path: box.path(".wf/state.sqlite"))
        let (tables, mode, migrations) = try store.queue.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        }
        #expect(Set(tables).isSuperset(of: ["runs", "node_results", "effects"]))
        #expect(mode == "wal")
        #expect(migrations == ["v1"])
        // Opening again migrates nothing and keeps the data.
        _ = try store.insertRun(RunRecord(workflow: "a.yaml", path: "a.yaml", contentHash: "1", asOf: "2023-10-05", startedAt: Date()))
        let again = try StateStore(path: box.path(".wf/state.sqlite"))
        #expect(try again.lastRun(workflow: "a.yaml")?.asOf == "2023-10-05")
    }

    @Test func recordsNodeResultsWithOutputs() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let store = try StateStore(path: box.path("s.sqlite"))
        let run = try store.insertRun(RunRecord(workflow: "a.yaml", path: "a.yaml", contentHash: "h", asOf: "2023-10-05", startedAt: Date()))
        try store.record(NodeResult(nodeID: "x", status: .succeeded, outputs: ["n": 3, "t": "dòng 1\ndòng 2"], attempts: 2, duration: 0.5), run: run)
        try store.record(NodeResult(nodeID: "y", status: .failed, error: "boom"), run: run)
        // A second result for the same node replaces the first.
        try store.record(NodeResult(nodeID: "y", status: .succeeded), run: run)
        try store.finishRun(run, status: .succeeded)
        let results = try store.results(run: run)
        #expect(results.map(\.nodeID) == ["x", "y"])
        #expect(results[0].outputs == ["n": 3, "t": "dòng 1\ndòng 2"])
        #expect(results[0].attempts == 2)
        #expect(results[1].status == .succeeded)
        let overview = try store.runs(workflow: "a.yaml")
        #expect(overview.count == 1)
        #expect(overview[0].run.status == .succeeded)
        #expect(overview[0].counts[.succeeded] == 2)
    }

    @Test func recordsABatchWholeInItsOrderOrNotAtAll() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let store = try StateStore(path: box.path("s.sqlite"))
        let run = try store.insertRun(RunRecord(workflow: "a.yaml", path: "a.yaml", contentHash: "h", asOf: "2023-10-05", startedAt: Date()))
        try store.record(["c", "a", "b"].map { NodeResult(nodeID: $0, status: .succeeded, outputs: ["id": .string($0)]) }, run: run)
        #expect(try store.results(run: run).map(\.nodeID) == ["c", "a", "b"])
        #expect(try store.results(run: run).map(\.outputs) == ["c", "a", "b"].map { ["id": .string($0)] })

        // A row that cannot be written takes the rows before it in the batch with it.
        try store.queue.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON node_results WHEN NEW.node_id = 'refused'
                BEGIN SELECT RAISE(ABORT, 'refused'); END
                """)
        }
        #expect(throws: StateError.self) {
            try store.record([NodeResult(nodeID: "d", status: .succeeded), NodeResult(nodeID: "refused", status: .succeeded)], run: run)
        }
        #expect(try store.results(run: run).map(\.nodeID) == ["c", "a", "b"])
    }

    @Test func ledgerTellsNeverStartedAndDone() async throws {
        let box = try Sandbox()
        defer { box.remove() }
        let store = try StateStore(path: box.path("s.sqlite"))
        let ledger = StoreLedger(store: store, workflow: "a.yaml", runID: nil, events: EventSink(reporter: SilentReporter(), secrets: Secrets()))
        #expect(try await ledger.progress(node: "n", key: "k") == .never)
        try await ledger.begin(node: "n", key: "k", summary: "send")
        #expect(try await ledger.progress(node: "n", key: "k") == .started)
        #expect(try store.effectState(workflow: "a.yaml", node: "n", key: "k") == .pending)
        try await ledger.failed(node: "n", key: "k", message: "smtp down")
        #expect(try await ledger.progress(node: "n", key: "k") == .started)
        try await ledger.begin(node: "n", key: "k", summary: "send")
        try await ledger.done(node: "n", key: "k")
        #expect(try await ledger.progress(node: "n", key: "k") == .done)
        // Keyed per workflow: another workflow in the same store has not done it.
        let other = StoreLedger(store: store, workflow: "b.yaml", runID: nil, events: EventSink(reporter: SilentReporter(), secrets: Secrets()))
        #expect(try await other.progress(node: "n", key: "k") == .never)
        #expect(try store.effects(workflow: "a.yaml").count == 1)
    }

    @Test func lockRefusesASecondHolder() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let path = box.path(".wf/a.yaml.lock")
        let first = try RunLock(path: path, wait: false, workflow: "a.yaml")
        #expect(RunLock.isHeld(path: path))
        #expect(throws: StateError.self) { try RunLock(path: path, wait: false, workflow: "a.yaml") }
        _ = first
    }

    @Test func lockIsReleasedWithItsOwner() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let path = box.path("a.lock")
        do { _ = try RunLock(path: path, wait: false, workflow: "a.yaml") }
        #expect(!RunLock.isHeld(path: path))
        _ = try RunLock(path: path, wait: false, workflow: "a.yaml")
    }

    @Test(arguments: [
        ("/w/plan.yaml", nil as String?, "plan.yaml", "/w/.wf/state.sqlite", "/w/.wf/plan.yaml.lock"),
        ("/w/sub/plan.yaml", "/w/.wf/state.sqlite", "sub/plan.yaml", "/w/.wf/state.sqlite", "/w/.wf/sub_plan.yaml.lock"),
        ("/w/plan.yaml", "/tmp/s/db.sqlite", "/w/plan.yaml", "/tmp/s/db.sqlite", "/tmp/s/w_plan.yaml.lock"),
    ])
    func locations(workflow: String, state: String?, key: String, path: String, lock: String) {
        let location = StateLocation(workflowPath: workflow, statePath: state)
        #expect(location.workflowKey == key)
        #expect(location.path == path)
        #expect(location.lockPath == lock)
    }

    @Test func contentHashIsFNV1a() {
        #expect(ContentHash.fnv1a([UInt8]()) == "cbf29ce484222325")
        #expect(ContentHash.fnv1a(Array("a".utf8)) == "af63dc4c8601ec8c")
        #expect(ContentHash.fnv1a(Array("wf: 1".utf8)) != ContentHash.fnv1a(Array("wf: 2".utf8)))
    }
}

// MARK: - Nothing lost, nothing corrupted

@Suite("State store: damage, locks, read-only")
struct StateStoreSafetyTests {
    /// A store with `runs` runs of "a.yaml", closed.
    static func store(at path: String, runs: Int = 3) throws {
        let store = try StateStore(path: path)
        for day in 1...runs {
            let run = try store.insertRun(RunRecord(workflow: "a.yaml", path: "a.yaml", contentHash: "h", asOf: "2023-10-0\(day)", startedAt: Date()))
            try store.record(NodeResult(nodeID: "x", status: .succeeded), run: run)
        }
    }

    /// Another program's connection, allowed to keep a transaction open between accesses.
    static func holder(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Changes the workflow key "a.yaml" to "a.yamx" inside the leaf page of the index
    /// `runs_by_workflow`: the page stays well-formed, its entries no longer match the rows.
    static func damageIndex(at path: String) throws {
        let (root, pageSize) = try DatabaseQueue(path: path).read { db in
            (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'runs_by_workflow'") ?? 0,
             try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096)
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "the WAL was merged on close")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let page = (root - 1) * pageSize..<root * pageSize
        let key = Data("a.yaml".utf8)
        var start = page.lowerBound
        var changed = 0
        while let found = bytes.range(of: key, in: start..<page.upperBound) {
            bytes[found.upperBound - 1] = UInt8(ascii: "x")
            start = found.upperBound
            changed += 1
        }
        #expect(changed > 0, "no 'a.yaml' in the index page \(root)")
        try bytes.write(to: URL(fileURLWithPath: path))
    }

    @Test func aDamagedIndexIsFoundAndTheStoreRefused() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let path = box.path(".wf/state.sqlite")
        try Self.store(at: path)
        try Self.damageIndex(at: path)
        let (quick, full, last) = try DatabaseQueue(path: path).read { db in
            (try String.fetchAll(db, sql: "PRAGMA quick_check"), try String.fetchAll(db, sql: "PRAGMA integrity_check"),
             try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE workflow = 'a.yaml' ORDER BY id DESC LIMIT 1"))
        }
        // quick_check does not compare indexes with their tables: it misses this.
        #expect(quick == ["ok"])
        #expect(full != ["ok"])
        // The index hides the runs: this is what a run would have believed.
        #expect(last == nil)
        for open in [{ _ = try StateStore(path: path) }, { _ = try StateStore.openExisting(path: path) }] {
            let error = #expect(throws: StateError.self) { try open() }
            let message = error?.message.en ?? ""
            #expect(error?.isDamage == true)
            #expect(message.contains("the state database '\(path)' is damaged (SQLite found: "))
            #expect(message.contains("runs_by_workflow"))
            #expect(message.contains("mv '\(path)' '\(path).damaged'"))
        }
    }

    @Test func aLockedStoreIsAnnouncedThenGivenUp() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let path = box.path("s.sqlite")
        let store = try StateStore(path: path, wait: StateWait(limit: 0.5, noticeAfter: 0.1, notice: { _ in }))
        let notices = Locked<[String]>([])
        let waiting = try StateStore(path: path, wait: StateWait(limit: 0.5, noticeAfter: 0.1, notice: { notices.append($0) }))
        let holder = try Self.holder(path)
        try holder.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        let error = #expect(throws: StateError.self) {
            _ = try waiting.insertRun(RunRecord(workflow: "a.yaml", path: "a.yaml", contentHash: "h", asOf: "2023-10-05", startedAt: Date()))
        }
        #expect(error?.message.en.contains("the state database '\(path)' stayed locked by another program for 0.5 s") == true)
        #expect(notices.value.count == 1)
        #expect(notices.value.first?.contains("waiting for the state database '\(path)'") == true)
        try holder.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        _ = store
    }

    @Test func aLockReleasedInTimeIsWaitedFor() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let path = box.path("s.sqlite")
        try Self.store(at: path, runs: 1)
        let holder = try Self.holder(path)
        try holder.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        // The holder lets go when told that wf waits: no timing involved.
        let notices = Locked<[String]>([])
        let waiting = try StateStore(path: path, wait: StateWait(limit: 60, noticeAfter: 0.1, notice: { message in
            notices.append(message)
            try? holder.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        }))
        _ = try waiting.insertRun(RunRecord(workflow: "a.yaml", path: "a.yaml", contentHash: "h", asOf: "2023-10-05", startedAt: Date()))
        #expect(notices.value.count == 1)
        #expect(try waiting.runs(workflow: "a.yaml").count == 2)
    }

    @Test(arguments: [("60", 60.0), (" 2 ", 2.0), ("0.5", 0.5), ("", StateWait.defaultLimit)])
    func waitLimitFromTheEnvironment(text: String, seconds: Double) throws {
        #expect(try StateWait(environment: ["WF_STATE_WAIT": text], language: .en).limit == seconds)
    }

    @Test(arguments: ["abc", "-1", "1e9", "nan"])
    func badWaitLimitsAreRefused(text: String) {
        let error = #expect(throws: StateError.self) { try StateWait(environment: ["WF_STATE_WAIT": text], language: .en) }
        #expect(error?.message.en.contains("WF_STATE_WAIT='\(text)' is not a number of seconds") == true)
    }

    @Test func readingNeverMigrates() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let path = box.path("old.sqlite")
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE runs (id INTEGER PRIMARY KEY)") }
        let error = #expect(throws: StateError.self) { try StateStore.openExisting(path: path) }
        #expect(error?.message.en.contains("the state database '\(path)' was written by an older wf and must be upgraded") == true)
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables == ["runs"], "nothing was written")
    }

    @Test(arguments: [("/w/.wf/state.sqlite", "file:/w/.wf/state.sqlite?immutable=1"),
                      ("/w/50% #1?/s.sqlite", "file:/w/50%25 %231%3f/s.sqlite?immutable=1")])
    func immutableURIsEscapeWhatSQLiteReads(path: String, uri: String) {
        #expect(StateStore.immutableURI(path) == uri)
    }
}

/// A value shared between threads under a lock.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) { mutex = Mutex(value) }

    var value: Value { mutex.withLock { $0 } }
}

extension Locked where Value == [String] {
    func append(_ element: String) { mutex.withLock { $0.append(element) } }
}
