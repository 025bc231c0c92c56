import Foundation
import Testing

/// What real Vietnamese plans say, through the real binary: deadline phrases, Thường xuyên,
/// lead and partner units, groups of units, judged KPIs, events of several days.
@Suite("real plan forms")
struct RealPlanFormsTests {
    static let example = "workflows/phu-luc-nhiem-vu-2025.yaml"

    /// `wf plan --format json` nodes by id.
    static func nodes(_ arguments: [String], in folder: URL? = nil) throws -> [String: [String: Any]] {
        let result = try WF.run(arguments + ["--format", "json"], in: folder)
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let nodes = object?["nodes"] as? [[String: Any]] ?? []
        return Dictionary(nodes.compactMap { node in (node["id"] as? String).map { ($0, node) } }, uniquingKeysWith: { a, _ in a })
    }

    @Test("phrases resolve on the working-day calendar and are kept as written")
    func phrasesInPlanJSON() throws {
        let nodes = try Self.nodes(["plan", Self.example, "--as-of", "2025-06-20"])
        #expect(nodes["de-an-trung-tam-cds"]?["due"] as? String == "2025-06-30")
        #expect(nodes["de-an-trung-tam-cds"]?["due_text"] as? String == "Quý II/2025")
        #expect(nodes["quy-che-van-hanh"]?["due"] as? String == "2025-08-29")          // 30–31/08/2025 a weekend
        #expect(nodes["ke-hoach-huong-ung"]?["due"] as? String == "2025-09-12")        // before Monday 15/09: Friday 12/09
        #expect(nodes["bao-cao-so-ket"]?["due"] as? String == "2025-06-30")
        #expect(nodes["gian-trung-bay"]?["due"] as? String == "2025-09-30")            // a prepare item's phrase
        #expect(nodes["giai-ngan-6-thang"]?["due"] as? String == "2025-06-30")         // a checkpoint's phrase
        // Thường xuyên: no due date, never overdue, even a year later.
        let ongoing = try #require(nodes["cap-nhat-csdl"])
        #expect(ongoing["status"] as? String == "ongoing")
        #expect(ongoing["due"] is NSNull)
        #expect(ongoing["days_left"] is NSNull)
        let later = try Self.nodes(["plan", Self.example, "--as-of", "2026-06-20"])
        #expect(later["cap-nhat-csdl"]?["status"] as? String == "ongoing")
        #expect(later["de-an-trung-tam-cds"]?["status"] as? String == "overdue")
    }

    @Test("partners, groups and KPI judgements in wf plan")
    func partnersAndKPIs() throws {
        let nodes = try Self.nodes(["plan", Self.example, "--as-of", "2025-06-20"])
        #expect(nodes["de-an-trung-tam-cds"]?["partners"] as? [String] == ["sonv", "stc"])
        #expect((nodes["chi-so-dti"]?["kpi"] as? [String: Any])?["status"] as? String == "not-met")
        #expect((nodes["ho-so-truc-tuyen"]?["kpi"] as? [String: Any])?["status"] as? String == "met")
        // --owner: what the unit leads, is a partner of, or its group (cac-so) leads or partners.
        let sonv = try Self.nodes(["plan", Self.example, "--as-of", "2025-06-20", "--owner", "sonv"])
        #expect(Set(sonv.keys) == ["de-an-trung-tam-cds", "quy-che-van-hanh", "ke-hoach-huong-ung", "cap-nhat-csdl",
                                   "chi-so-dti", "ho-so-truc-tuyen", "gian-trung-bay", "bao-cao-thang"])
        let unknown = try WF.run(["plan", Self.example, "--owner", "so-y-te"])
        #expect(unknown.exitCode != 0)
        #expect(unknown.stderr.contains("unknown owner 'so-y-te'"))
    }

    @Test("reminders reach partner units, saying they are phối hợp; a group notifies each member")
    func partnersAndGroupsHearReminders() throws {
        let folder = try WF.temporaryDirectory("wf-partners")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            wf: 1
            name: Phối hợp
            owners:
              stttt: { name: Sở Thông tin và Truyền thông, notify: [file:out/stttt.jsonl] }
              sonv: { name: Sở Nội vụ, notify: [file:out/sonv.jsonl] }
              stc: { name: Sở Tài chính, notify: [file:out/stc.jsonl] }
              cac-so: { name: "Các sở, ngành", members: [sonv, stc] }
            events:
              - id: hoi-nghi
                title: Hội nghị chuyển đổi số
                date: 2025-10-09
                end: 2025-10-10
                owner: stttt
                partners: [sonv]
                remind: [3wd]
            steps:
              - id: thong-bao
                uses: notify
                with: { to: [owner:cac-so], subject: Thông báo chung, body: Kính gửi các sở. }
            """.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let run = try WF.run(["run", "plan.yaml", "--as-of", "2025-10-06"], in: folder)
        #expect(run.exitCode == 0, "\(run.stdout)\(run.stderr)")
        let read = { (name: String) in (try? String(contentsOf: folder.appendingPathComponent("out/\(name).jsonl"), encoding: .utf8)) ?? "" }
        #expect(read("stttt").contains("Nhắc việc: Hội nghị chuyển đổi số"))
        #expect(!read("stttt").contains("phối hợp thực hiện sự kiện"))
        #expect(read("sonv").contains("Nhắc việc: Hội nghị chuyển đổi số"))
        #expect(read("sonv").contains("Đơn vị được giao phối hợp thực hiện sự kiện này."))
        #expect(read("sonv").contains("Đơn vị phối hợp: Sở Nội vụ"))
        // owner:cac-so reaches each member.
        #expect(read("sonv").contains("Thông báo chung"))
        #expect(read("stc").contains("Thông báo chung"))
        #expect(!read("stc").contains("Nhắc việc"))
        // The calendar export: the event's span.
        let ics = try WF.run(["calendar", "plan.yaml"], in: folder)
        #expect(ics.stdout.contains("DTSTART;VALUE=DATE:20251009\r\nDTEND;VALUE=DATE:20251011\r\n"))
    }

    @Test("the deadline step's owner filter matches partners")
    func deadlineOwnerFilter() throws {
        let folder = try WF.temporaryDirectory("wf-owner-filter")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            wf: 1
            name: Lọc theo đơn vị
            owners: { a: Đơn vị A, b: Đơn vị B }
            goals:
              - { id: mot, title: Một, owner: a, due: Quý I/2025 }
              - { id: hai, title: Hai, owner: b, partners: [a], due: Tháng 2/2025 }
              - { id: ba, title: Ba, owner: b, due: Thường xuyên }
            steps:
              - id: viec-cua-a
                uses: deadline
                with: { owner: a }
            """.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let run = try WF.run(["run", "plan.yaml", "--as-of", "2025-03-10", "--dry-run", "--format", "json"], in: folder)
        #expect(run.exitCode == 0, "\(run.stdout)\(run.stderr)")
        let finished = run.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }.first { ($0["node"] as? String) == "viec-cua-a" && ($0["event"] as? String) == "node-finished" }
        let outputs = try #require(finished?["outputs"] as? [String: Any])
        #expect(outputs["total"] as? Double == 2)
        #expect(outputs["overdue"] as? Double == 1)   // hai: Tháng 2/2025 → 28/02/2025
        let items = outputs["items"] as? [[String: Any]] ?? []
        #expect(items.map { $0["due_text"] as? String } == ["Quý I/2025", "Tháng 2/2025"])
    }
}

@Suite("text in the planner's format")
struct PlannerFormatFunctionsTests {
    @Test("date_vi, format_date and money_vi in a message")
    func functions() throws {
        let folder = try WF.temporaryDirectory("wf-functions")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            wf: 1
            name: Hàm
            goals:
              - { id: de-an, title: Đề án, due: 2023-11-30 }
            steps:
              - id: in
                uses: notify
                with:
                  to: ["console:"]
                  subject: "${{ format('{0} | {1} | {2}', date_vi(goals.de-an.due), format_date(goals.de-an.due, 'dd/MM/yyyy'), money_vi(1200000000)) }}"
            """.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let run = try WF.run(["run", "plan.yaml", "--as-of", "2023-10-05"], in: folder)
        #expect(run.exitCode == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("ngày 30 tháng 11 năm 2023 | 30/11/2023 | 1.200.000.000 đ"))
    }
}

@Suite("owners' e-mail addresses")
struct OwnerEmailTests {
    @Test(".eml drafts for an owner are addressed to its email:, a group's to each member's")
    func draftsAreAddressed() throws {
        let folder = try WF.temporaryDirectory("wf-email")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            wf: 1
            name: Thư
            owners:
              vp: { name: Văn phòng Sở, email: vanphong@stttt.bacninh.gov.vn, notify: [eml:out/vp] }
              cntt: { name: Phòng CNTT, email: cntt@stttt.bacninh.gov.vn }
              tat-ca: { name: Tất cả các phòng, members: [vp, cntt], notify: [eml:out/all] }
            events:
              - { id: hop, title: Họp giao ban, date: 2024-03-06, owner: vp, remind: [1d] }
            steps:
              - id: thong-bao
                uses: notify
                with: { to: [owner:tat-ca], subject: Thông báo }
            """.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let run = try WF.run(["run", "plan.yaml", "--as-of", "2024-03-05"], in: folder)
        #expect(run.exitCode == 0, "\(run.stdout)\(run.stderr)")
        func headers(_ sub: String) throws -> [String] {
            let dir = folder.appendingPathComponent("out/\(sub)")
            return try FileManager.default.contentsOfDirectory(atPath: dir.path).flatMap { name in
                try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
                    .components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
            }
        }
        let reminder = try headers("vp").joined(separator: "\n")
        #expect(reminder.contains("<vanphong@stttt.bacninh.gov.vn>"))
        #expect(!reminder.contains("undisclosed-recipients"))
        let group = try headers("all").joined(separator: "\n")
        #expect(group.contains("<vanphong@stttt.bacninh.gov.vn>") && group.contains("<cntt@stttt.bacninh.gov.vn>"))
    }
}

@Suite("a reminder already sent")
struct AlreadySentTests {
    @Test("the next day's run shows the subject that was actually sent")
    func recordedSubject() throws {
        let folder = try WF.temporaryDirectory("wf-sent")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            wf: 1
            name: Nhắc
            owners: { vp: { name: Văn phòng Sở, notify: [file:out/log.jsonl] } }
            events:
              - { id: hop, title: Họp giao ban, date: 2024-03-11, owner: vp, remind: [5d] }
            """.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let first = try WF.run(["run", "plan.yaml", "--as-of", "2024-03-06"], in: folder)
        #expect(first.stdout.contains("send 'Nhắc việc: Họp giao ban – còn 5 ngày (11/03/2024)'"))
        let second = try WF.run(["run", "plan.yaml", "--as-of", "2024-03-07"], in: folder)
        #expect(second.exitCode == 0, "\(second.stdout)\(second.stderr)")
        #expect(second.stdout.contains("not repeated: send 'Nhắc việc: Họp giao ban – còn 5 ngày (11/03/2024)'"), "\(second.stdout)")
    }
}

@Suite("recurring tasks")
struct RecurringTaskTests {
    static let plan = """
        wf: 1
        name: Định kỳ
        period: 2025
        owners: { vp: Văn phòng Sở }
        goals:
          - id: bao-cao-thang
            title: Báo cáo tháng
            owner: vp
            every: month
            due: trước ngày 20
            done: [2025-01, 2025-02]
          - id: bao-cao-quy
            title: Báo cáo quý
            owner: vp
            every: quarter
            due: 15
            done: [2025-Q1]
          - id: tong-ket
            title: Tổng kết năm
            every: year
            due: chậm nhất ngày 25
        """

    @Test("one occurrence per period; the status is that of the earliest unfinished one that has started")
    func occurrences() throws {
        let folder = try WF.temporaryDirectory("wf-every")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let nodes = try RealPlanFormsTests.nodes(["plan", "plan.yaml", "--as-of", "2025-04-10"], in: folder)
        let monthly = try #require(nodes["bao-cao-thang"])
        let occurrences = monthly["occurrences"] as? [[String: Any]] ?? []
        #expect(occurrences.count == 12)
        #expect(occurrences.prefix(4).map { $0["due"] as? String } == ["2025-01-17", "2025-02-19", "2025-03-19", "2025-04-18"])
        #expect(occurrences.prefix(4).map { $0["status"] as? String } == ["done", "done", "overdue", "on-track"])
        // March is not done: the task is overdue since 19/03, whatever April says.
        #expect(monthly["status"] as? String == "overdue")
        #expect(monthly["due"] as? String == "2025-03-19")
        #expect(monthly["days_left"] as? Double == -22)
        // Quarterly, due: 15 → day 15 of the quarter's last month; 15/06/2025 is a Sunday → 13/06.
        let quarterly = try #require(nodes["bao-cao-quy"])
        #expect(quarterly["status"] as? String == "on-track")
        #expect(quarterly["due"] as? String == "2025-06-13")
        #expect((quarterly["occurrences"] as? [[String: Any]])?.count == 4)
        // Yearly: 25/12/2025.
        #expect(nodes["tong-ket"]?["due"] as? String == "2025-12-25")
        // The calendar export: one to-do per occurrence.
        let ics = try WF.run(["calendar", "plan.yaml"], in: folder)
        #expect(ics.stdout.components(separatedBy: "BEGIN:VTODO").count - 1 == 12 + 4 + 1)
        #expect(ics.stdout.contains("SUMMARY:Báo cáo tháng (tháng 3/2025)"))
    }

    @Test("done lists are checked against the task's length and the plan's period")
    func badMarks() throws {
        let folder = try WF.temporaryDirectory("wf-every-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = Self.plan.replacingOccurrences(of: "done: [2025-Q1]", with: "done: [2025-Q1, 2025-03, 2026-Q1]")
            .replacingOccurrences(of: "period: 2025\n", with: "period: 2025\n")
        try Data(bad.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let result = try WF.run(["validate", "plan.yaml"], in: folder)
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("'2025-03' in 'done' of goal 'bao-cao-quy' is not a quarter; write it as 2025-Q1"))
        #expect(result.stdout.contains("'2026-Q1' in 'done' of goal 'bao-cao-quy' is outside the plan's period 2025"))
        let noPeriod = Self.plan.replacingOccurrences(of: "period: 2025\n", with: "")
        try Data(noPeriod.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let missing = try WF.run(["validate", "plan.yaml"], in: folder)
        #expect(missing.exitCode == 1)
        #expect(missing.stdout.contains("recurs every month, which needs the plan's period"))
    }
}
