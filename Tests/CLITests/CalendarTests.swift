import Foundation
import NotifyPeers
import Testing

@testable import WFCommands

/// `wf calendar` end to end: RFC 5545 output read back by Python's `icalendar`.
@Suite struct CalendarTests {
    static let plan = """
        wf: 1
        name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh; lịch công tác, nhiệm vụ trọng tâm
        period: 2023-Q4
        owners:
          cntt: { name: Phòng Công nghệ thông tin }
          vp: { name: Văn phòng Sở }
        goals:
          - id: bao-cao-nq44
            title: Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44 về thành phố thông minh, giai đoạn 2018–2023; tổng hợp số liệu \\ phụ lục
            owner: vp
            due: 2023-10-31
          - id: de-an-cds
            title: Đề án ứng dụng CNTT và CĐS tỉnh Bắc Ninh giai đoạn 2024–2030
            owner: cntt
            due: 2023-11-30
            after: [bao-cao-nq44]
            progress: 40%
            kpi: { metric: Xếp hạng DTI, target: "<= 10", actual: 12 }
          - { id: xong, title: Việc đã xong, owner: vp, due: 2023-10-02, done: true }
        events:
          - id: ngay-cds
            title: Ngày Chuyển đổi số quốc gia
            date: 2023-10-10
            owner: cntt
            location: Trung tâm Hội nghị tỉnh, số 1 Lý Thái Tổ
            remind: [14d, 3wd, 1d]
            prepare:
              - { id: ke-hoach-10-10, title: Kế hoạch hưởng ứng Ngày CĐS quốc gia, due: -10wd }
          - { id: giao-ban, title: Họp giao ban, date: 2023-10-20T08:00, remind: [2h] }
        checkpoints:
          - id: giai-ngan-q4
            title: Rà soát giải ngân dự toán Quý IV
            date: 2023-12-15
            owner: vp
            budget: { allocated: 1_200_000_000, spent: 850_000_000 }
            expect: 80%
        """

    /// Runs `check_ics.py` on a file (tests that call it need `.needs(.icalendar)`).
    static func check(_ file: URL) throws -> [String: Any] {
        let (status, data, problem) = try SupportScript.run("check_ics.py", [file.path])
        try #require(status != 3, "Python's icalendar is missing: pip install icalendar")
        try #require(status == 0, "check_ics.py: \(problem)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "check_ics.py printed no JSON object")
    }

    /// Every raw line: CRLF-terminated, at most 75 octets, valid UTF-8.
    static func rawLines(_ data: Data) throws -> [String] {
        let bytes = [UInt8](data)
        var lines: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                try #require(index > 0 && bytes[index - 1] == 0x0D, "bare LF at byte \(index)")
                let line = Array(bytes[start..<(index - 1)])
                #expect(line.count <= 75, "line \(lines.count + 1) has \(line.count) octets")
                let text = try #require(String(validating: line, as: UTF8.self), "line \(lines.count + 1) is not valid UTF-8")
                lines.append(text)
                start = index + 1
            }
            index += 1
        }
        #expect(start == bytes.count, "the last line does not end in CRLF")
        return lines
    }

    @Test("wf calendar writes RFC 5545 that icalendar reads: to-dos, all-day and timed events, alarms", .needs(.icalendar))
    func calendarReadsBack() throws {
        let folder = try WF.temporaryDirectory("wf-calendar")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let result = try WF.run(["calendar", "plan.yaml", "--output", "lich.ics"], in: folder,
                                environment: ["SOURCE_DATE_EPOCH": "1696464000"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        let data = try Data(contentsOf: folder.appendingPathComponent("lich.ics"))
        let lines = try Self.rawLines(data)
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.contains { $0.hasPrefix(" ") }, "long Vietnamese lines are folded")
        #expect(lines.contains("DTSTAMP:20231005T000000Z"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20231010") && lines.contains("DTEND;VALUE=DATE:20231011"))
        #expect(lines.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20231020T080000"))
        #expect(lines.contains("TRIGGER:-P14D") && lines.contains("TRIGGER:-PT2H"))
        // 3 working days before Tuesday 10/10/2023 is Thursday 5/10; 08:00 in Hà Nội is 01:00 UTC.
        #expect(lines.contains("TRIGGER;VALUE=DATE-TIME:20231005T010000Z"))
        let unfolded = String(decoding: data, as: UTF8.self).replacing("\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44 về thành phố thông minh\\, giai đoạn 2018–2023\\; tổng hợp số liệu \\\\ phụ lục"))

        let summary = try Self.check(folder.appendingPathComponent("lich.ics"))
        #expect(summary["version"] as? String == "2.0")
        #expect(summary["calscale"] as? String == "GREGORIAN")
        // X-WR-CALNAME is TEXT (RFC 5545 §3.8.8.2), so escaped; icalendar leaves X- values as written.
        #expect((summary["calname"] as? String)?.replacing("\\;", with: ";").replacing("\\,", with: ",") == "Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh; lịch công tác, nhiệm vụ trọng tâm")
        #expect(summary["timezones"] as? [String] == ["Asia/Ho_Chi_Minh"])
        let todos = try #require(summary["todos"] as? [[String: Any]])
        let events = try #require(summary["events"] as? [[String: Any]])
        #expect(todos.map { $0["summary"] as? String } == [
            "Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44 về thành phố thông minh, giai đoạn 2018–2023; tổng hợp số liệu \\ phụ lục",
            "Đề án ứng dụng CNTT và CĐS tỉnh Bắc Ninh giai đoạn 2024–2030",
            "Việc đã xong",
            "Kế hoạch hưởng ứng Ngày CĐS quốc gia",
        ])
        #expect(todos.map { ($0["due"] as? [String: Any])?["value"] as? String } == ["2023-10-31", "2023-11-30", "2023-10-02", "2023-09-26"])
        #expect(todos.map { $0["status"] as? String } == ["NEEDS-ACTION", "IN-PROCESS", "COMPLETED", "NEEDS-ACTION"])
        #expect((todos[1]["description"] as? String)?.contains("Đơn vị chủ trì: Phòng Công nghệ thông tin\nTiến độ: 40%") == true)
        #expect(todos.allSatisfy { ($0["uid"] as? String)?.contains("@wf-") == true })

        #expect(events.map { $0["summary"] as? String } == ["Ngày Chuyển đổi số quốc gia", "Họp giao ban", "Rà soát giải ngân dự toán Quý IV"])
        let day = events[0]
        #expect((day["start"] as? [String: Any])?["date_only"] as? Bool == true)
        #expect((day["end"] as? [String: Any])?["value"] as? String == "2023-10-11")
        #expect(day["location"] as? String == "Trung tâm Hội nghị tỉnh, số 1 Lý Thái Tổ")
        let alarms = try #require(day["alarms"] as? [[String: Any]])
        #expect(alarms.count == 3)
        #expect(alarms[0]["relative_seconds"] as? Int == -14 * 86_400)
        #expect(alarms[1]["absolute"] as? String == "2023-10-05T01:00:00+00:00")
        #expect(alarms[2]["relative_seconds"] as? Int == -86_400)
        let meeting = try #require(events[1]["start"] as? [String: Any])
        #expect(meeting["tzid"] as? String == "Asia/Ho_Chi_Minh")
        #expect(meeting["value"] as? String == "2023-10-20T08:00:00+07:00")
        #expect((events[2]["description"] as? String)?.contains("Đã giải ngân: 850.000.000 đ (70,8%)") == true)
    }

    @Test("UIDs are stable across runs and DTSTAMP is on every component")
    func stableUIDs() throws {
        let folder = try WF.temporaryDirectory("wf-calendar")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let first = try WF.run(["calendar", "plan.yaml"], in: folder)
        let second = try WF.run(["calendar", "plan.yaml"], in: folder)
        #expect(first.exitCode == 0 && second.exitCode == 0)
        func uids(_ text: String) -> [String] { text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(first.stdout).count == 7)
        #expect(uids(first.stdout) == uids(second.stdout))
        let lines = first.stdout.components(separatedBy: "\r\n")
        #expect(lines.filter { $0.hasPrefix("DTSTAMP:") }.count == 7)
    }

    @Test("alarms fall on the day wf run sends the reminder: a day off moves it to the working day before")
    func alarmsFollowTheReminderSchedule() throws {
        let folder = try WF.temporaryDirectory("wf-calendar")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            wf: 1
            name: Họp sau Tết
            events:
              - { id: hop, title: Họp triển khai, date: 2024-02-19, remind: [10d, 3d] }
            """.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let result = try WF.run(["calendar", "plan.yaml"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\r\n")
        // 10d before Mon 19/2 is Fri 9/2, a Tết day off: the reminder goes out Wed 7/2 at 08:00 (+07:00).
        #expect(lines.contains("TRIGGER;VALUE=DATE-TIME:20240207T010000Z"), "\(result.stdout)")
        // 3d before is Fri 16/2, a working day: a relative trigger.
        #expect(lines.contains("TRIGGER:-P3D"))
    }

    @Test("a plan with errors prints them and exits 1")
    func invalidPlan() throws {
        let folder = try WF.temporaryDirectory("wf-calendar")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("wf: 1\nname: Hỏng\ngoals:\n  - { id: a, title: A, due: 2023-13-45 }\n".utf8)
            .write(to: folder.appendingPathComponent("plan.yaml"))
        let result = try WF.run(["calendar", "plan.yaml"], in: folder)
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("plan.yaml:4:"))
        #expect(result.stdout.isEmpty)
    }

    // No condition on the file: if workflows/q4-plan.yaml moves, this fails instead of skipping.
    @Test("the example q4-plan.yaml exports a calendar icalendar reads", .needs(.icalendar))
    func examplePlan() throws {
        let folder = try WF.temporaryDirectory("wf-calendar")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("q4.ics")
        let result = try WF.run(["calendar", "workflows/q4-plan.yaml", "-o", output.path])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        _ = try Self.rawLines(try Data(contentsOf: output))
        let summary = try Self.check(output)
        #expect(((summary["todos"] as? [Any])?.count ?? 0) > 0)
        #expect(((summary["events"] as? [Any])?.count ?? 0) > 0)
    }

    // MARK: - Writer

    @Test("folding keeps lines within 75 octets, never splits a UTF-8 sequence, and unfolds to the original",
          arguments: [
            "SUMMARY:" + String(repeating: "ễ", count: 120),
            "DESCRIPTION:" + String(repeating: "Nghị quyết 44 – thành phố thông minh; ", count: 12),
            "X:" + String(repeating: "a", count: 73),
            "X:" + String(repeating: "a", count: 74),
            "X:" + String(repeating: "🇻🇳", count: 40),
          ])
    func folding(line: String) {
        let folded = ICSWriter.fold(line)
        for (index, piece) in folded.enumerated() {
            #expect(piece.utf8.count <= 75)
            #expect(index == 0 || piece.hasPrefix(" "))
        }
        #expect(folded.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test("TEXT values escape backslash, semicolon, comma and line breaks")
    func escaping() {
        #expect(ICSWriter.escape("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf")
        #expect(ICSWriter.parameterValue("Asia/Ho_Chi_Minh") == "Asia/Ho_Chi_Minh")
        #expect(ICSWriter.parameterValue("a:b") == "\"a:b\"")
    }
}
