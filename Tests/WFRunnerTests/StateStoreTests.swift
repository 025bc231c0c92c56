import Foundation
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
