import Foundation
import Testing

/// `wf plan` end to end against the built binary: statuses, reminders and actions as of a date.
@Suite struct PlanTests {
    static let plan = """
        wf: 1
        name: Kế hoạch kiểm thử – Sở TT&TT
        owners:
          vp: { name: Văn phòng Sở }
          cntt: { name: Phòng Công nghệ thông tin }
        goals:
          - { id: bao-cao, title: Báo cáo quý, owner: vp, due: 2023-10-31 }
          - { id: qua-han, title: Việc quá hạn, owner: cntt, due: 2023-10-03 }
          - { id: cho, title: Việc chờ việc quá hạn, owner: cntt, due: 2023-10-09, after: [qua-han] }
          - { id: xong, title: Việc đã xong, owner: vp, due: 2023-10-02, done: true }
        events:
          - id: ngay-cds
            title: Ngày Chuyển đổi số quốc gia
            date: 2023-10-10
            owner: cntt
            remind: [14d, 3wd, 1d]
            prepare:
              - { id: ke-hoach, title: Kế hoạch hưởng ứng, due: -3wd }
          - { id: hop-hom-nay, title: Họp giao ban, date: 2023-10-05, remind: [1d] }
          - { id: da-qua, title: Sự kiện đã qua, date: 2023-10-02, owner: vp, remind: [3d] }
        checkpoints:
          - id: giai-ngan
            title: Rà soát giải ngân
            date: 2023-12-15
            owner: vp
            budget: { allocated: 1_200_000_000, spent: 850_000_000 }
            expect: 80%
          - id: vuot
            title: Vượt dự toán
            date: 2023-10-31
            budget: { allocated: 100, spent: 120 }
        steps:
          - id: kiem-tra
            uses: deadline
          - id: gui
            uses: notify
            needs: [kiem-tra]
            if: ${{ steps.kiem-tra.outputs.overdue > 0 }}
            with: { to: [owner:vp], subject: Nhắc việc }
        """

    struct Row: Equatable, CustomStringConvertible {
        var status: String
        var daysLeft: Int?
        var workdaysLeft: Int?
        var actions: [String]
        var description: String { "\(status) \(daysLeft.map(String.init) ?? "null")/\(workdaysLeft.map(String.init) ?? "null") \(actions)" }
    }

    @Test func jsonListsEveryNodeWithItsStatusAsOfTheDate() throws {
        let folder = try WF.temporaryDirectory("wf-plan")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let result = try WF.run(["plan", "--lang", "vi", "plan.yaml", "--as-of", "2023-10-05", "--format", "json"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let (asOf, rows, order) = try Self.parse(result.stdout)
        #expect(asOf == "2023-10-05")
        #expect(order == ["bao-cao", "qua-han", "cho", "xong", "ke-hoach", "ngay-cds", "hop-hom-nay", "da-qua",
                          "giai-ngan", "vuot", "kiem-tra", "gui"])
        #expect(rows["bao-cao"] == Row(status: "on-track", daysLeft: 26, workdaysLeft: 18, actions: ["kiểm tra hạn"]))
        #expect(rows["qua-han"] == Row(status: "overdue", daysLeft: -2, workdaysLeft: -2, actions: ["kiểm tra hạn"]))
        #expect(rows["cho"] == Row(status: "due-soon", daysLeft: 4, workdaysLeft: 2, actions: ["kiểm tra hạn"]))
        #expect(rows["xong"] == Row(status: "done", daysLeft: -3, workdaysLeft: -3, actions: ["kiểm tra hạn"]))
        // -3wd from Tue 10/10 is Thu 5/10: due today.
        #expect(rows["ke-hoach"] == Row(status: "due-soon", daysLeft: 0, workdaysLeft: 0, actions: ["kiểm tra hạn"]))
        // 14d fell on 26/9, 3wd falls today (5/10), 1d on 9/10: the run sends the 3wd reminder.
        #expect(rows["ngay-cds"] == Row(status: "upcoming", daysLeft: 5, workdaysLeft: 3,
                                        actions: ["gửi nhắc 3 ngày làm việc trước sự kiện tới cntt"]))
        #expect(rows["hop-hom-nay"] == Row(status: "today", daysLeft: 0, workdaysLeft: 0,
                                           actions: ["gửi nhắc 1 ngày trước sự kiện (in ra màn hình) (nếu chưa gửi từ 04/10/2023)"]))
        #expect(rows["da-qua"] == Row(status: "past", daysLeft: -3, workdaysLeft: -3, actions: []))
        #expect(rows["giai-ngan"] == Row(status: "on-track", daysLeft: 71, workdaysLeft: 51, actions: ["kiểm tra giải ngân"]))
        #expect(rows["vuot"] == Row(status: "over-budget", daysLeft: 26, workdaysLeft: 18, actions: ["kiểm tra giải ngân"]))
        #expect(rows["kiem-tra"] == Row(status: "pending", daysLeft: nil, workdaysLeft: nil, actions: ["chạy: deadline"]))
        // The exact shape of a node, nulls included, keys in order.
        #expect(result.stdout.contains("""
                {
                  "id": "gui",
                  "kind": "step",
                  "owner": null,
                  "partners": [],
                  "due": null,
                  "due_text": null,
                  "status": "pending",
                  "days_left": null,
                  "workdays_left": null,
                  "actions": [
                    "chạy: notify (nếu steps.kiem-tra.outputs.overdue > 0)"
                  ]
                }
            """))
        #expect(result.stdout.hasPrefix("{\n  \"as_of\": \"2023-10-05\",\n  \"warn\": \"5wd\",\n  \"nodes\": ["))
        // What an item waits for is beside its status, never instead of it.
        #expect(result.stdout.contains("\"status\": \"due-soon\",\n      \"days_left\": 4,\n      \"workdays_left\": 2,\n      \"waiting_for\": [\n        \"qua-han\"\n      ],"))
    }

    @Test func laterDateMovesStatusesOn() throws {
        let folder = try WF.temporaryDirectory("wf-plan")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        // Vietnamese day-first date; on 15/12 the checkpoint at 70,8% is below its 80%.
        let result = try WF.run(["plan", "--lang", "vi", "plan.yaml", "--as-of", "15/12/2023", "--format", "json"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let (asOf, rows, _) = try Self.parse(result.stdout)
        #expect(asOf == "2023-12-15")
        #expect(rows["giai-ngan"]?.status == "below")
        #expect(rows["bao-cao"]?.status == "overdue")
        #expect(rows["ngay-cds"] == Row(status: "past", daysLeft: -66, workdaysLeft: -48, actions: []))
    }

    @Test func textIsAnAlignedVietnameseTable() throws {
        let folder = try WF.temporaryDirectory("wf-plan")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let result = try WF.run(["plan", "--lang", "vi", "plan.yaml", "--as-of", "2023-10-05"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try #require(lines.count > 3, "\(result.stdout)")
        #expect(lines[0] == "Kế hoạch kiểm thử – Sở TT&TT")
        #expect(lines[1] == "Tính đến thứ Năm, 05/10/2023 · cảnh báo sắp đến hạn: 5 ngày làm việc")
        let header = try #require(lines.firstIndex { $0.hasPrefix("ID ") })
        let statusColumn = try #require(Self.column(of: "TRẠNG THÁI", in: lines[header]))
        let actionColumn = try #require(Self.column(of: "VIỆC SẼ LÀM", in: lines[header]))
        let expected: [(id: String, status: String, action: String)] = [
            ("bao-cao", "đúng tiến độ", "kiểm tra hạn"),
            ("qua-han", "quá hạn", "kiểm tra hạn"),
            ("cho", "sắp đến hạn, chờ: qua-han", "kiểm tra hạn"),
            ("xong", "hoàn thành", "kiểm tra hạn"),
            ("ke-hoach", "sắp đến hạn", "kiểm tra hạn"),
            ("ngay-cds", "sắp diễn ra", "gửi nhắc 3 ngày làm việc trước sự kiện tới cntt"),
            ("da-qua", "đã qua", "—"),
            ("vuot", "vượt dự toán", "kiểm tra giải ngân"),
            ("gui", "chờ chạy", "chạy: notify (nếu steps.kiem-tra.outputs.overdue > 0)"),
        ]
        for row in expected {
            let line = try #require(lines.first { $0.hasPrefix(row.id + " ") }, "no row for \(row.id)")
            // Columns are counted in Characters, so Vietnamese cells line up.
            #expect(Self.column(of: row.status, in: line) == statusColumn, "\(line)")
            #expect(Self.column(of: row.action, in: line) == actionColumn, "\(line)")
        }
        #expect(result.stdout.contains("Nhiệm vụ: 1 quá hạn, 2 sắp đến hạn, 1 đúng tiến độ, 1 hoàn thành (1 đang chờ việc trước)\n"))
        #expect(result.stdout.contains("Giải ngân 'giai-ngan': đã giải ngân 850.000.000 đ / 1.200.000.000 đ (70,8%), kỳ vọng 80% đến 15/12/2023: đúng tiến độ\n"))
    }

    @Test func flagshipPlanAsOfFifthOctober() throws {
        let path = WF.repoRoot.appendingPathComponent("workflows/q4-plan.yaml").path
        try #require(FileManager.default.fileExists(atPath: path), "workflows/q4-plan.yaml is missing")
        let result = try WF.run(["plan", "--lang", "vi", "workflows/q4-plan.yaml", "--as-of", "2023-10-05", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let (asOf, rows, order) = try Self.parse(result.stdout)
        #expect(asOf == "2023-10-05")
        #expect(order.count == 28)
        #expect(rows["ra-soat-nhiem-vu"]?.status == "done")
        #expect(rows["ke-hoach-huong-ung"]?.status == "done")
        #expect(rows["bao-cao-nq44"] == Row(status: "on-track", daysLeft: 26, workdaysLeft: 18, actions: ["kiểm tra hạn"]))
        // Due 3/10 at 80%: overdue by two days.
        #expect(rows["bai-sinh-hoat-chi-bo"] == Row(status: "overdue", daysLeft: -2, workdaysLeft: -2, actions: ["kiểm tra hạn"]))
        // -3wd before Tue 10/10 is today; -2wd is tomorrow.
        #expect(rows["chuong-trinh-hoi-nghi"] == Row(status: "due-soon", daysLeft: 0, workdaysLeft: 0, actions: ["kiểm tra hạn"]))
        #expect(rows["tuyen-truyen-bao-dai"]?.status == "due-soon")
        // -10wd before 26/10 is 12/10: 5 working days away, inside the 5wd window.
        #expect(rows["bao-cao-lam-viec-ubnd"] == Row(status: "due-soon", daysLeft: 7, workdaysLeft: 5, actions: ["kiểm tra hạn"]))
        #expect(rows["ngay-cds-10-10"] == Row(status: "upcoming", daysLeft: 5, workdaysLeft: 3,
                                              actions: ["gửi nhắc 3 ngày làm việc trước sự kiện tới cntt, ttbc"]))
        #expect(rows["lam-viec-ubnd"] == Row(status: "upcoming", daysLeft: 21, workdaysLeft: 15, actions: []))
        #expect(rows["giai-ngan-thang-10"]?.status == "on-track")
        #expect(rows["giai-ngan-q4"] == Row(status: "on-track", daysLeft: 71, workdaysLeft: 51, actions: ["kiểm tra giải ngân"]))
        #expect(rows["kiem-tra-han"] == Row(status: "pending", daysLeft: nil, workdaysLeft: nil, actions: ["chạy: deadline"]))
        #expect(rows["luu-ban-sao"]?.actions == ["chạy: shell"])
    }

    @Test func asOfDefaultsToTodayInThePlansTimeZone() throws {
        let folder = try WF.temporaryDirectory("wf-plan")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Asia/Ho_Chi_Minh"))
        func today() -> String {
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
        // The day before and after the run: at midnight in Hà Nội the run may see either.
        let before = today()
        let result = try WF.run(["plan", "--lang", "vi", "plan.yaml", "--format", "json"], in: folder)
        let after = today()
        #expect([before, after].contains(try Self.parse(result.stdout).asOf))
    }

    @Test func unreadableBudgetFileIsShownNotHidden() throws {
        let folder = try WF.temporaryDirectory("wf-plan")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            wf: 1
            name: Thiếu tệp
            checkpoints:
              - { id: thieu, title: Thiếu bảng kê, date: 2023-12-15, budget: { file: data/khong-co.csv } }
            """.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let result = try WF.run(["plan", "plan.yaml", "--as-of", "2023-10-05", "--format", "json"], in: folder)
        #expect(result.exitCode == 0)
        #expect(try Self.parse(result.stdout).rows["thieu"]?.status == "error")
        #expect(result.stderr.contains("warning: checkpoint 'thieu': cannot read budget file 'data/khong-co.csv'"))
    }

    @Test func invalidWorkflowPrintsItsErrorsAndExitsOne() throws {
        let folder = try WF.temporaryDirectory("wf-plan")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            wf: 1
            name: Lỗi
            goals:
              - { id: a, title: A, due: 2023-10-31, after: [khong-co] }
            """.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let result = try WF.run(["plan", "--lang", "vi", "plan.yaml", "--as-of", "2023-10-05"], in: folder)
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("[unknown-reference]"))

        let badDate = try WF.run(["plan", "--lang", "vi", "plan.yaml", "--as-of", "31/02/2023"], in: folder)
        #expect(badDate.exitCode != 0)
        #expect(badDate.stderr.contains("--as-of phải là một ngày như 2023-10-05 hoặc 05/10/2023, không phải '31/02/2023'"))
    }

    // MARK: - Helpers

    /// `as_of`, the rows by id, and the ids in order.
    static func parse(_ json: String) throws -> (asOf: String?, rows: [String: Row], order: [String]) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        var rows: [String: Row] = [:]
        var order: [String] = []
        for node in nodes {
            let id = try #require(node["id"] as? String)
            for key in ["kind", "owner", "due", "status", "days_left", "workdays_left", "actions"] {
                #expect(node.keys.contains(key), "node \(id) has no '\(key)'")
            }
            order.append(id)
            rows[id] = Row(status: node["status"] as? String ?? "", daysLeft: node["days_left"] as? Int,
                           workdaysLeft: node["workdays_left"] as? Int, actions: node["actions"] as? [String] ?? [])
        }
        return (object["as_of"] as? String, rows, order)
    }

    /// Where `text` starts in `line`, in Characters.
    static func column(of text: String, in line: String) -> Int? {
        line.range(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
    }
}
