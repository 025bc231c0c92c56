import DeadlinePlugin
import Foundation
import Testing
import WFCommands
import WFPluginAPI

/// The `deadline` plugin and the shared deadline rule, on real compiled plans and the real
/// Vietnamese working-day calendar.
@Suite struct DeadlinePluginTests {
    /// A plan around the 2/9/2023 National Day break (Fri 1/9 to Mon 4/9 off).
    static let nationalDayPlan = """
        wf: 1
        name: Kiểm thử hạn quanh Quốc khánh 2/9/2023
        owners:
          vp: { name: Văn phòng Sở }
          cntt: { name: Phòng Công nghệ thông tin }
        goals:
          - { id: g-done, title: Đã xong dù quá hạn, due: 2023-08-20, done: true, owner: vp }
          - { id: g-progress, title: Tiến độ 100%, due: 2023-09-05, progress: 100%, owner: vp }
          - { id: g-overdue, title: Quá hạn một ngày, due: 2023-08-28, owner: cntt, progress: 50% }
          - { id: g-today, title: Đến hạn hôm nay, due: 2023-08-29, owner: cntt }
          - { id: g-soon, title: Năm ngày làm việc qua kỳ nghỉ, due: 2023-09-07, owner: cntt }
          - { id: g-on-track, title: Sáu ngày làm việc, due: 2023-09-08, owner: vp }
          - { id: g-blocked, title: Chờ việc quá hạn, due: 2023-09-06, after: [g-overdue], owner: cntt }
          - { id: g-after-done, title: Sau việc đã xong, due: 2023-09-01, after: [g-done], owner: vp }
          - { id: g-after-event, title: Sau cuộc họp chưa diễn ra, due: 2023-09-06, after: [hop-giao-ban], owner: vp }
        events:
          - id: hop-giao-ban
            title: Họp giao ban
            date: 2023-08-31
          - id: ngay-le
            title: Lễ kỷ niệm
            date: 2023-09-20
            owner: cntt
            prepare:
              - { id: p-soan, title: Soạn kịch bản, due: -10wd }
        steps:
          - id: kiem-tra
            uses: deadline
            with: { fail_on: never }
        """

    static let asOf = CivilDate(year: 2023, month: 8, day: 29)!

    struct Expected: Sendable, CustomStringConvertible {
        var id: String
        var state: DeadlineState
        var daysLeft: Int
        var workdaysLeft: Int
        var description: String { "\(id) \(state.rawValue)" }
    }

    @Test(arguments: [
        Expected(id: "g-done", state: .done, daysLeft: -9, workdaysLeft: -7),
        Expected(id: "g-progress", state: .done, daysLeft: 7, workdaysLeft: 3),
        Expected(id: "g-overdue", state: .overdue, daysLeft: -1, workdaysLeft: -1),
        Expected(id: "g-today", state: .dueSoon, daysLeft: 0, workdaysLeft: 0),
        // 9 calendar days, but 1/9–4/9 are off: 30/8, 31/8, 5/9, 6/9, 7/9 are 5 working days.
        Expected(id: "g-soon", state: .dueSoon, daysLeft: 9, workdaysLeft: 5),
        Expected(id: "g-on-track", state: .onTrack, daysLeft: 10, workdaysLeft: 6),
        // Waiting for an overdue item does not hide the item's own state.
        Expected(id: "g-blocked", state: .dueSoon, daysLeft: 8, workdaysLeft: 4),
        Expected(id: "g-after-done", state: .dueSoon, daysLeft: 3, workdaysLeft: 2),
        Expected(id: "g-after-event", state: .dueSoon, daysLeft: 8, workdaysLeft: 4),
        // 10 working days before Wed 20/9 is Wed 6/9.
        Expected(id: "p-soan", state: .dueSoon, daysLeft: 8, workdaysLeft: 4),
    ])
    func statusAcrossTheNationalDayBreak(expected: Expected) throws {
        let compiled = try Self.compile(Self.nationalDayPlan)
        let items = PlanSnapshot(compiled, asOf: Self.asOf).items
        let item = try #require(items.first { $0.id == expected.id })
        #expect(item.state == expected.state)
        #expect(item.daysLeft == expected.daysLeft)
        #expect(item.workdaysLeft == expected.workdaysLeft)
    }

    @Test func itemsNameWhatTheyWaitFor() throws {
        let snapshot = PlanSnapshot(try Self.compile(Self.nationalDayPlan), asOf: Self.asOf)
        #expect(snapshot.item("g-blocked")?.waitingFor == ["g-overdue"])
        #expect(snapshot.item("g-after-event")?.waitingFor == ["hop-giao-ban"])
        #expect(snapshot.item("g-after-done")?.waitingFor == [])
        // Once the meeting has taken place it is no longer waited for.
        let later = PlanSnapshot(try Self.compile(Self.nationalDayPlan), asOf: CivilDate(year: 2023, month: 8, day: 31)!)
        #expect(later.item("g-after-event")?.waitingFor == [])
        #expect(later.item("g-after-event")?.state == .dueSoon)
    }

    @Test func prepareItemTakesItsResolvedDueDateAndItsEventsOwner() throws {
        let compiled = try Self.compile(Self.nationalDayPlan)
        let item = try #require(PlanSnapshot(compiled, asOf: Self.asOf).item("p-soan"))
        #expect(item.due == CivilDate(year: 2023, month: 9, day: 6))
        #expect(item.due == compiled.prepareDue["p-soan"])
        #expect(item.owner == "cntt")
        #expect(item.kind == .prepare)
    }

    @Test func calendarDayWindowIgnoresTheHolidays() throws {
        let items = PlanSnapshot(try Self.compile(Self.withWarn("7d", Self.nationalDayPlan)), asOf: Self.asOf).items
        #expect(items.first { $0.id == "g-soon" }?.state == .onTrack)  // 9 days > 7d
        #expect(items.first { $0.id == "g-after-done" }?.state == .dueSoon)  // 3 days
    }

    /// Tết Giáp Thìn 2024: 8/2 to 14/2 off. As of Mon 5/2, Fri 16/2 is 11 days but 4 working days away.
    @Test(arguments: [
        ("2024-02-16", "5wd", DeadlineState.dueSoon, 4),
        ("2024-02-16", "3wd", DeadlineState.onTrack, 4),
        ("2024-02-19", "5wd", DeadlineState.dueSoon, 5),
        ("2024-02-20", "5wd", DeadlineState.onTrack, 6),
        ("2024-02-16", "10d", DeadlineState.onTrack, 4),
        ("2024-02-16", "2w", DeadlineState.dueSoon, 4),
        ("2024-02-02", "5wd", DeadlineState.overdue, -1),
    ])
    func statusAcrossTet(due: String, warn: String, state: DeadlineState, workdays: Int) throws {
        let compiled = try Self.compile("""
            wf: 1
            name: Tết Giáp Thìn
            warn: \(warn)
            goals:
              - { id: bao-cao, title: Báo cáo, due: \(due) }
            """)
        let asOf = CivilDate(year: 2024, month: 2, day: 5)!
        let item = try #require(PlanSnapshot(compiled, asOf: asOf).items.first)
        #expect(item.state == state)
        #expect(item.workdaysLeft == workdays)
        let due = try #require(item.due)
        #expect(item.workdaysLeft == compiled.calendar.workingDays(from: asOf, to: due))
    }

    @Test func selectionByIdsEventAndOwner() throws {
        let compiled = try Self.compile(Self.nationalDayPlan)
        let snapshot = PlanSnapshot(compiled, asOf: Self.asOf)
        let selected = snapshot.items(selecting: ["ngay-le", "g-soon"])
        #expect(selected.map(\.id) == ["g-soon", "p-soan"])
        let cntt = snapshot.items(owner: "cntt")
        #expect(cntt.map(\.id) == ["g-overdue", "g-today", "g-soon", "g-blocked", "p-soan"])
    }

    // MARK: - The plugin

    @Test func stepOutputsCountsItemsAndAVietnameseNote() async throws {
        let compiled = try Self.compile(Self.nationalDayPlan)
        let outcome = try await Self.run(compiled, node: "kiem-tra", inputs: [:])
        #expect(outcome.outputs["total"] == .number(10))
        #expect(outcome.outputs["done"] == .number(2))
        #expect(outcome.outputs["overdue"] == .number(1))
        #expect(outcome.outputs["waiting"] == .number(2))
        #expect(outcome.outputs["due_soon"] == .number(6))
        #expect(outcome.outputs["on_track"] == .number(1))
        #expect(outcome.note == "1 quá hạn, 6 sắp đến hạn, 1 đúng tiến độ, 2 hoàn thành (2 đang chờ việc trước)")
        #expect(!outcome.failed)
        let items = try #require(outcome.outputs["items"]?.arrayValue)
        #expect(items.count == 10)
        let soon = try #require(items.first { $0[member: "id"] == .string("g-soon") })
        #expect(soon[member: "status"] == .string("due-soon"))
        #expect(soon[member: "due"] == .string("2023-09-07"))
        #expect(soon[member: "days_left"] == .number(9))
        #expect(soon[member: "workdays_left"] == .number(5))
        #expect(soon[member: "owner"] == .string("cntt"))
        #expect(soon[member: "title"] == .string("Năm ngày làm việc qua kỳ nghỉ"))
        #expect(soon[member: "progress"] == .null)
        let overdue = try #require(items.first { $0[member: "id"] == .string("g-overdue") })
        #expect(overdue[member: "progress"] == .number(0.5))
    }

    @Test(arguments: [
        ("never", nil as [String]?, false),
        ("overdue", nil, true),
        ("due-soon", nil, true),
        ("overdue", ["g-soon", "g-on-track"], false),
        ("due-soon", ["g-soon", "g-on-track"], true),
        ("due-soon", ["g-on-track", "g-done"], false),
        // An item waiting for another and not yet past its due date is not overdue.
        ("overdue", ["g-done", "g-after-event"], false),
    ])
    func failOn(failOn: String, items: [String]?, fails: Bool) async throws {
        let compiled = try Self.compile(Self.nationalDayPlan)
        var inputs: [String: ExpressionValue] = ["fail_on": .string(failOn)]
        if let items { inputs["items"] = .array(items.map { .string($0) }) }
        let outcome = try await Self.run(compiled, node: "kiem-tra", inputs: inputs)
        #expect(outcome.failed == fails)
        if fails { #expect(outcome.note?.contains("fail_on: \(failOn)") == true) }
    }

    @Test func waitingPastDueIsOverdueAndFailsOnOverdue() async throws {
        let compiled = try Self.compile(Self.nationalDayPlan)
        // As of 7/9 'g-blocked' (due 6/9) is past due and still waits for 'g-overdue'.
        let outcome = try await Self.run(compiled, node: "kiem-tra", asOf: CivilDate(year: 2023, month: 9, day: 7)!,
                                         inputs: ["fail_on": .string("overdue"), "items": .array([.string("g-blocked")])])
        #expect(outcome.outputs["overdue"] == .number(1))
        #expect(outcome.outputs["waiting"] == .number(1))
        #expect(outcome.failed)
        #expect(outcome.note == "1 quá hạn (1 đang chờ việc trước) — fail_on: overdue ('g-blocked')")
        let node = try await Self.run(compiled, node: "g-blocked", asOf: CivilDate(year: 2023, month: 9, day: 7)!, inputs: [:])
        #expect(node.outputs["status"] == .string("overdue"))
        #expect(node.note == "quá hạn 1 ngày, chờ: g-overdue (hạn 06/09/2023)")
    }

    @Test func goalNodeComputesItself() async throws {
        let compiled = try Self.compile(Self.nationalDayPlan)
        let outcome = try await Self.run(compiled, node: "g-soon", inputs: [:])
        #expect(outcome.outputs["status"] == .string("due-soon"))
        #expect(outcome.outputs["days_left"] == .number(9))
        #expect(outcome.outputs["workdays_left"] == .number(5))
        #expect(outcome.outputs["due"] == .string("2023-09-07"))
        #expect(outcome.outputs["total"] == nil, "a node reports itself, not counts")
        #expect(outcome.note == "sắp đến hạn: còn 5 ngày làm việc (hạn 07/09/2023)")
        let prepare = try await Self.run(compiled, node: "p-soan", inputs: [:])
        #expect(prepare.outputs["due"] == .string("2023-09-06"))
        let waiting = try await Self.run(compiled, node: "g-blocked", inputs: [:])
        #expect(waiting.outputs["status"] == .string("due-soon"))
        #expect(waiting.outputs["waiting_for"] == .array([.string("g-overdue")]))
        #expect(waiting.note == "sắp đến hạn: còn 4 ngày làm việc, chờ: g-overdue (hạn 06/09/2023)")
        let overdue = try await Self.run(compiled, node: "g-overdue", inputs: [:])
        #expect(overdue.note == "quá hạn 1 ngày (hạn 28/08/2023)")
    }

    @Test func badInputsFailWithAClearMessage() async throws {
        let compiled = try Self.compile(Self.nationalDayPlan)
        do {
            _ = try await Self.run(compiled, node: "kiem-tra", inputs: ["fail_on": .string("always")])
            Issue.record("'fail_on: always' was accepted")
        } catch let error as PluginError {
            // The plan says `lang: vi`: the run's messages, errors included, are in Vietnamese.
            #expect(error.message == "'fail_on' phải là never, overdue hoặc due-soon, không phải 'always'")
        }
    }

    @Test func declarationMatchesTheWorkflowNames() {
        #expect(DeadlinePlugin.name == "deadline")
        #expect(DeadlinePlugin.inputs.map(\.name) == ["warn", "fail_on", "items", "owner"])
        #expect(DeadlinePlugin.inputs.first { $0.name == "warn" }?.deprecated != nil)
        for name in ["total", "done", "on_track", "due_soon", "overdue", "waiting", "blocked", "items", "status",
                     "days_left", "workdays_left", "due", "due_text", "waiting_for", "ongoing"] {
            #expect(DeadlinePlugin.outputs.contains { $0.name == name }, "missing output \(name)")
        }
        let words = PlanWording(lang: .vi)
        #expect(DeadlineState.allCases.map(words.state) == ["hoàn thành", "đúng tiến độ", "sắp đến hạn", "quá hạn", "thường xuyên"])
    }

    // MARK: - Helpers

    /// The plan text with a top-level `warn:`.
    static func withWarn(_ warn: String, _ yaml: String) -> String {
        yaml.replacingOccurrences(of: "wf: 1\n", with: "wf: 1\nwarn: \(warn)\n")
    }

    /// Compiles plan text with the built-in plugins; fails the test on any error.
    static func compile(_ yaml: String, folder: URL? = nil) throws -> CompiledPlan {
        let path = (folder ?? FileManager.default.temporaryDirectory).appendingPathComponent("plan.yaml").path
        let loaded = WorkflowLoader.compile(bytes: Array(yaml.utf8), path: path,
                                           options: LoadOptions(plugins: BuiltinPlugins.registry.catalog))
        let errors = loaded.report.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message.en))")
        return try #require(loaded.compiled)
    }

    static func run(_ compiled: CompiledPlan, node id: String, asOf: CivilDate = asOf,
                    inputs: [String: ExpressionValue]) async throws -> Outcome {
        let node = try #require(compiled.graph[id])
        let invocation = Invocation(
            node: node, plan: compiled, inputs: Inputs(inputs), asOf: asOf, runID: "test", isDryRun: false,
            workspace: Workspace(root: compiled.baseDirectory), ledger: DeadlineTestLedger(), language: compiled.plan.lang)
        return try await DeadlinePlugin().run(invocation)
    }
}

/// The deadline plugin has no side effects: any effect is a test failure.
private struct DeadlineTestLedger: EffectLedger {
    func progress(node: String, key: String) async throws -> EffectProgress { Issue.record("effect \(key)"); return .never }
    func begin(node: String, key: String, summary: String) async throws { Issue.record("effect \(key)") }
    func done(node: String, key: String) async throws {}
    func failed(node: String, key: String, message: String) async throws {}
    func describe(node: String, key: String, summary: String) async { Issue.record("effect \(key)") }
    func skipped(node: String, key: String, summary: String) async {}
}
