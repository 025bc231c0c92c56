import Foundation
import Testing
import WFCore
import WFPlanning

/// The planning rules on real plans: one regression test per defect the single status model fixed.
@Suite struct PlanSnapshotTests {
    // MARK: - 1. Budget snapshots are not additive

    static let budgetPlan = """
        wf: 1
        name: Giải ngân 2024
        checkpoints:
          - { id: sau-thang, title: 6 tháng, date: 2024-06-28, budget: { file: ngan-sach.csv } }
          - { id: chin-thang, title: 9 tháng, date: 2024-09-30, budget: { file: ngan-sach.csv } }
          - { id: ca-nam, title: Cả năm, date: 2024-12-31, budget: { file: ngan-sach.csv } }
          - { id: rieng, title: Dự án riêng, date: 2024-06-28, budget: { allocated: 100, spent: 50 } }
        """

    /// A ledger of the year's budget: allocations on 2/1, disbursements through the year.
    static let ledger = """
        Hạng mục;Dự toán;Đã giải ngân;Ngày
        Hạ tầng;3.000.000.000;;02/01/2024
        Phần mềm;2.100.000.000;;02/01/2024
        Hạ tầng;;1.000.000.000;15/05/2024
        Phần mềm;;500.000.000;20/08/2024
        Hạ tầng;;1.500.000.000;10/12/2024
        """

    @Test func checkpointsOfOneBudgetAreSnapshotsNotASum() throws {
        let folder = try Self.folder(files: ["ngan-sach.csv": Self.ledger])
        let compiled = try compile(Self.budgetPlan, folder: folder)
        let snapshot = PlanSnapshot(compiled, asOf: try #require(CivilDate.parse("2024-10-01")))
        // Each checkpoint counts the ledger up to its own date (and never past the as-of date).
        #expect(snapshot.checkpoint("sau-thang")?.budget?.spent == 1_000_000_000)
        #expect(snapshot.checkpoint("chin-thang")?.budget?.spent == 1_500_000_000)
        #expect(snapshot.checkpoint("ca-nam")?.budget?.spent == 1_500_000_000)
        #expect(snapshot.budgets.allSatisfy { $0.id == "rieng" || $0.allocated == 5_100_000_000 })
        // The total is the budget's latest snapshot on or before 1/10 plus the other budget: 5,1 tỷ + 100.
        let total = try snapshot.budgetTotal(id: "tong", title: "Tổng")
        #expect(total.allocated == 5_100_000_100)
        #expect(total.spent == 1_500_000_050)
    }

    @Test func budgetsWithTheSameNameAreOneBudget() throws {
        let compiled = try compile("""
            wf: 1
            name: Ngân sách đặt tên
            x-ngan-sach: &ns { name: Dự toán CĐS 2024, allocated: 1_000 }
            checkpoints:
              - { id: quy-2, title: Quý II, date: 2024-06-28, budget: { <<: *ns, spent: 300 } }
              - { id: quy-3, title: Quý III, date: 2024-09-30, budget: { <<: *ns, spent: 700 } }
            """)
        let snapshot = PlanSnapshot(compiled, asOf: try #require(CivilDate.parse("2024-08-01")))
        let total = try snapshot.budgetTotal(id: "tong", title: "Tổng")
        #expect(total.allocated == 1_000)
        #expect(total.spent == 300, "quý III has not come yet: the latest snapshot is quý II")
    }

    // MARK: - 2. Lateness is never hidden

    @Test func aTaskPastDueIsOverdueWhateverItWaitsFor() throws {
        let compiled = try compile("""
            wf: 1
            name: Chậm vì việc trước
            goals:
              - { id: du-thao-de-an, title: Dự thảo đề án, due: 2023-05-31 }
              - { id: trinh-ubnd, title: Trình UBND tỉnh, due: 2023-06-15, after: [du-thao-de-an] }
            """)
        let snapshot = PlanSnapshot(compiled, asOf: try #require(CivilDate.parse("2023-11-30")))
        let item = try #require(snapshot.item("trinh-ubnd"))
        #expect(item.state == .overdue)
        #expect(item.daysLeft == -168)
        #expect(item.waitingFor == ["du-thao-de-an"])
        #expect(DeadlineSummary(snapshot.items).count(.overdue) == 2)
        #expect(PlanWording(lang: .vi).status(item) == "quá hạn 168 ngày, chờ: du-thao-de-an")
        #expect(snapshot.failing(.overdue).map(\.id) == ["du-thao-de-an", "trinh-ubnd"])
    }

    // MARK: - 3. One warning window per item

    @Test func thePlansWarnAndAnItemsOwnDecideDueSoonForEveryone() throws {
        let compiled = try compile("""
            wf: 1
            name: Cửa sổ cảnh báo
            warn: 10wd
            goals:
              - { id: bay-ngay, title: Còn 7 ngày làm việc, due: 2023-10-16 }
              - { id: rieng, title: Cửa sổ riêng 3wd, due: 2023-10-16, warn: 3wd }
            """)
        let snapshot = PlanSnapshot(compiled, asOf: try #require(CivilDate.parse("2023-10-05")))
        #expect(snapshot.item("bay-ngay")?.workdaysLeft == 7)
        #expect(snapshot.item("bay-ngay")?.state == .dueSoon)
        #expect(snapshot.item("rieng")?.state == .onTrack)
        #expect(snapshot.item("rieng")?.warn.description == "3wd")
    }

    // MARK: - 6. Reminders on working days, in order

    static let tetMeeting = """
        wf: 1
        name: Họp sau Tết Giáp Thìn
        events:
          - { id: hop, title: Họp triển khai, date: 2024-02-19, remind: [10d, 3wd, 1d] }
          - { id: thu-bay, title: Hội thảo thứ Bảy, date: 2024-03-09, remind: [2wd] }
        """

    @Test func remindersMoveOffDaysOffKeepOnePerDayAndComeInOrder() throws {
        let compiled = try compile(Self.tetMeeting)
        let snapshot = PlanSnapshot(compiled, asOf: try #require(CivilDate.parse("2024-01-01")))
        let reminders = try #require(snapshot.event("hop")?.reminders.all)
        // 10d → Fri 9/2 (Tết) → Wed 7/2; 3wd → Wed 7/2 too: one reminder, the nearer one (10d's
        // day, 9/2, is nearer the event than 3wd's 7/2). 1d → Sun 18/2 → Fri 16/2.
        #expect(reminders.map(\.offset) == ["10d", "1d"])
        #expect(reminders.map(\.date.iso) == ["2024-02-07", "2024-02-16"])
        #expect(reminders.allSatisfy { compiled.calendar.isWorkingDay($0.date) })
        #expect(reminders.map(\.date) == reminders.map(\.date).sorted())
    }

    @Test func aWorkingDayReminderCountsFromTheDayItIsSent() throws {
        let compiled = try compile(Self.tetMeeting)
        let snapshot = PlanSnapshot(compiled, asOf: try #require(CivilDate.parse("2024-03-07")))
        let reminder = try #require(snapshot.event("thu-bay")?.reminders.current)
        #expect(reminder.date.iso == "2024-03-07")  // two working days before Saturday 9/3: Thu 7/3
        let saturday = try #require(CivilDate.parse("2024-03-09"))
        let left = ReminderSchedule.left(reminder.unit, from: snapshot.asOf, to: saturday, calendar: compiled.calendar)
        #expect(left == 2)
    }

    // MARK: - 7. Prepare-item owners hear of the event

    @Test func ownersOfUnfinishedPrepareItemsAreRecipients() throws {
        let compiled = try compile("""
            wf: 1
            name: Người nhận nhắc việc
            owners:
              cntt: { name: Phòng CNTT }
              vp: { name: Văn phòng }
              bc: { name: Phòng Bưu chính }
            events:
              - id: ngay-cds
                title: Ngày CĐS
                date: 2023-10-10
                owner: cntt
                remind: [3d]
                prepare:
                  - { id: ke-hoach, title: Kế hoạch, due: -5wd, owner: vp }
                  - { id: xong, title: Đã xong, due: -5wd, owner: bc, done: true }
                  - { id: cua-cntt, title: Của CNTT, due: -1wd }
            """)
        let asOf = try #require(CivilDate.parse("2023-10-07"))
        let event = try #require(PlanSnapshot(compiled, asOf: asOf).event("ngay-cds"))
        #expect(event.recipients == [
            EventStatus.Recipient(owner: "cntt", isLead: true, items: ["cua-cntt"]),
            EventStatus.Recipient(owner: "vp", isLead: false, items: ["ke-hoach"]),
        ])
    }

    // MARK: - Wording

    @Test func moneyAndPercentagesKeepDecimalsAndSigns() {
        #expect(NumberWording.money(12.5, "USD") == "12,5 USD")
        #expect(NumberWording.percent(-0.005) == "-0,5%")
        #expect(NumberWording.money(5_100_000_000) == "5.100.000.000 đ")
    }

    @Test(arguments: [
        ("<= 10", "12", KPIJudgement.notMet), ("<= 10", "9", .met), (">= 80%", "85%", .met), ("100", "99,5", .notMet),
        ("90%", "90%", .met), ("cao", "12", .unknown), ("10", "", .unknown),
    ])
    func kpisAreJudgedAgainstTheirTarget(target: String, actual: String, judgement: KPIJudgement) {
        #expect(KPIStatus.judge(KPI(metric: "m", target: target, actual: actual)) == judgement)
    }

    // MARK: - Helpers

    /// A fresh folder holding `files`.
    static func folder(files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wf-planning-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder.path
    }
}

@Suite("dates for documents")
struct DocumentDateTests {
    @Test("Nghị định 30 date line and patterns", arguments: [
        ("2023-10-05", "dd/MM/yyyy", "05/10/2023", "ngày 05 tháng 10 năm 2023"),
        ("2024-02-09", "d/M/yy", "9/2/24", "ngày 09 tháng 02 năm 2024"),
        ("2025-12-31", "'ngày' d 'tháng' M", "ngày 31 tháng 12", "ngày 31 tháng 12 năm 2025"),
    ])
    func formats(iso: String, pattern: String, expected: String, document: String) throws {
        let date = try #require(CivilDate.parse(iso))
        #expect(DateWording.formatted(date, pattern: pattern) == expected)
        #expect(DateWording.document(date) == document)
    }
}
