import Foundation
import Testing
import WFPluginAPI

@testable import NotifyPlugin

/// The Bắc Ninh Q4/2023 plan's DX day, reminded 14 days, 3 working days and 1 day before.
let notifyDXDayPlan = """
wf: 1
name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh
period: 2023-Q4
owners:
  cntt:
    name: Phòng Công nghệ thông tin
    notify: [file:out/outbox.jsonl, eml:out/drafts]
  vp:
    name: Văn phòng Sở
events:
  - id: ngay-cds
    title: Ngày Chuyển đổi số quốc gia
    date: 2023-10-10
    owner: cntt
    location: Trung tâm Hội nghị tỉnh Bắc Ninh
    remind: [14d, 3wd, 1d]
    prepare:
      - id: ke-hoach-10-10
        title: Kế hoạch hưởng ứng Ngày CĐS quốc gia
        due: -10wd
        done: true
      - id: tuyen-truyen
        title: Tuyên truyền trên Cổng thông tin điện tử tỉnh
        due: 2023-10-06
        progress: 50%
  - id: hoi-thao
    title: Hội thảo chuyển đổi số
    date: 2023-11-02T08:00
    remind: [2d]
"""

@Suite("notify: event reminders")
struct NotifyReminderTests {
    func schedule(asOf: String) throws -> ReminderSchedule {
        let fixture = try NotifyFixture(notifyDXDayPlan)
        defer { fixture.remove() }
        let event = try #require(fixture.compiled.plan.events.first)
        return ReminderSchedule(event: event, asOf: try #require(CivilDate.parse(asOf)), calendar: fixture.compiled.calendar)
    }

    @Test("reminder dates count working days for wd and calendar days otherwise")
    func reminderDates() throws {
        let all = try schedule(asOf: "2023-09-01").all
        #expect(all.map(\.offset) == ["14d", "3wd", "1d"])
        // 3 working days before Tuesday 10/10/2023: Thu 5, Fri 6, Mon 9 (the weekend is skipped).
        #expect(all.map(\.date.iso) == ["2023-09-26", "2023-10-05", "2023-10-09"])
    }

    @Test("which reminder is due, stale or next, as of each day", arguments: [
        ("2023-09-25", nil, [], "14d"),
        ("2023-09-26", "14d", [], "3wd"),
        ("2023-10-04", "14d", [], "3wd"),
        ("2023-10-05", "3wd", ["14d"], "1d"),
        ("2023-10-09", "1d", ["14d", "3wd"], nil),
        ("2023-10-10", "1d", ["14d", "3wd"], nil),
        ("2023-10-11", nil, [], nil),
    ] as [(String, String?, [String], String?)])
    func due(asOf: String, current: String?, stale: [String], next: String?) throws {
        let schedule = try schedule(asOf: asOf)
        #expect(schedule.current?.offset == current)
        #expect(schedule.stale.map(\.offset) == stale)
        #expect(schedule.next?.offset == next)
    }

    @Test("the Vietnamese subject counts the days left in the reminder's unit")
    func vietnameseSubject() async throws {
        let fixture = try NotifyFixture(notifyDXDayPlan)
        defer { fixture.remove() }
        _ = try await fixture.run("ngay-cds", asOf: "2023-10-05")
        let line = try #require(fixture.file("out/outbox.jsonl"))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(record["subject"] as? String == "Nhắc việc: Ngày Chuyển đổi số quốc gia – còn 3 ngày làm việc (10/10/2023)")
        let body = try #require(record["body"] as? String)
        #expect(body.contains("Kính gửi: Phòng Công nghệ thông tin"))
        #expect(body.contains("- Thời gian: thứ Ba, ngày 10 tháng 10 năm 2023"))
        #expect(body.contains("- Địa điểm: Trung tâm Hội nghị tỉnh Bắc Ninh"))
        #expect(body.contains("- Đơn vị chủ trì: Phòng Công nghệ thông tin"))
        // -10wd before Tuesday 10/10/2023 is Tuesday 26/09/2023.
        #expect(body.contains("1. Kế hoạch hưởng ứng Ngày CĐS quốc gia – hạn thứ Ba, ngày 26 tháng 9 năm 2023 – hoàn thành"))
        #expect(body.contains("2. Tuyên truyền trên Cổng thông tin điện tử tỉnh – hạn thứ Sáu, ngày 6 tháng 10 năm 2023 – sắp đến hạn: còn 1 ngày làm việc, tiến độ 50%"))
        #expect(record["node"] as? String == "ngay-cds")
        #expect(record["to"] as? [String] == ["file:out/outbox.jsonl", "eml:out/drafts"])
        #expect(await fixture.ledger.keys(.done) == [
            "remind/3wd/2023-10-05/eml:out/drafts", "remind/3wd/2023-10-05/file:out/outbox.jsonl",
        ])
    }

    @Test("an event without an owner is reminded on the console, with its time of day")
    func consoleWithoutOwner() async throws {
        let fixture = try NotifyFixture(notifyDXDayPlan)
        defer { fixture.remove() }
        let outcome = try await fixture.run("hoi-thao", asOf: "2023-11-01")
        #expect(outcome.outputs["sent"] == .number(1))
        let log = fixture.log.text
        #expect(log.contains("Nhắc việc: Hội thảo chuyển đổi số – còn 1 ngày (02/11/2023)"))
        #expect(log.contains("- Thời gian: 08 giờ 00, thứ Năm, ngày 2 tháng 11 năm 2023"))
        #expect(!log.contains("Kính gửi"))
    }

    @Test("English plans get English reminders")
    func english() async throws {
        let fixture = try NotifyFixture(notifyDXDayPlan.replacing("period: 2023-Q4", with: "period: 2023-Q4\nlang: en"))
        defer { fixture.remove() }
        _ = try await fixture.run("ngay-cds", asOf: "2023-10-09")
        let record = try #require(fixture.file("out/outbox.jsonl"))
        #expect(record.contains("Reminder: Ngày Chuyển đổi số quốc gia – in 1 day (10/10/2023)"))
        #expect(record.contains("Tuesday, 10 October 2023"))
    }

    @Test("running twice on the same day and on later days sends each reminder once")
    func exactlyOnce() async throws {
        let fixture = try NotifyFixture(notifyDXDayPlan)
        defer { fixture.remove() }
        var sent: [Double] = []
        var skipped: [Double] = []
        for day in ["2023-09-26", "2023-09-26", "2023-09-30", "2023-10-05", "2023-10-05", "2023-10-09", "2023-10-10"] {
            let outcome = try await fixture.run("ngay-cds", asOf: day)
            sent.append(outcome.outputs["sent"]?.numberValue ?? -1)
            skipped.append(outcome.outputs["skipped"]?.numberValue ?? -1)
        }
        // Two channels per reminder: 14d on 26/09, 3wd on 05/10, 1d on 09/10; the rest repeat nothing.
        #expect(sent == [2, 0, 0, 2, 0, 2, 0])
        #expect(skipped == [0, 2, 2, 0, 2, 0, 2])
        let lines = try #require(fixture.file("out/outbox.jsonl")).split(separator: "\n")
        #expect(lines.count == 3)
        let drafts = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.appendingPathComponent("out/drafts").path).sorted()
        #expect(drafts == [
            "ngay-cds-remind-14d-2023-09-26.eml", "ngay-cds-remind-1d-2023-10-09.eml", "ngay-cds-remind-3wd-2023-10-05.eml",
        ])
    }

    @Test("a first run late sends only the latest due reminder and reports the older ones stale")
    func staleReminders() async throws {
        let fixture = try NotifyFixture(notifyDXDayPlan)
        defer { fixture.remove() }
        let outcome = try await fixture.run("ngay-cds", asOf: "2023-10-09")
        #expect(outcome.outputs["sent"] == .number(2))
        let messages = try #require(outcome.outputs["messages"]?.arrayValue)
        let statuses = messages.compactMap { entry -> String? in
            guard case .object(let fields) = entry else { return nil }
            return "\(fields["reminder"]?.description ?? "")=\(fields["status"]?.description ?? "")"
        }
        #expect(statuses == ["14d=stale", "3wd=stale", "1d=sent", "1d=sent"])
        #expect(try #require(fixture.file("out/outbox.jsonl")).split(separator: "\n").count == 1)
    }

    @Test("a dry run describes the deliveries and does none")
    func dryRun() async throws {
        let fixture = try NotifyFixture(notifyDXDayPlan)
        defer { fixture.remove() }
        let outcome = try await fixture.run("ngay-cds", asOf: "2023-10-05", dryRun: true)
        #expect(outcome.outputs["sent"] == .number(0))
        #expect(fixture.file("out/outbox.jsonl") == nil)
        #expect(await fixture.ledger.descriptions == [
            "gửi 'Nhắc việc: Ngày Chuyển đổi số quốc gia – còn 3 ngày làm việc (10/10/2023)' tới file:out/outbox.jsonl",
            "gửi 'Nhắc việc: Ngày Chuyển đổi số quốc gia – còn 3 ngày làm việc (10/10/2023)' tới eml:out/drafts",
        ])
    }

    @Test("no reminder due: nothing is sent and the note names the next one")
    func nothingDue() async throws {
        let fixture = try NotifyFixture(notifyDXDayPlan)
        defer { fixture.remove() }
        let outcome = try await fixture.run("ngay-cds", asOf: "2023-09-20")
        #expect(outcome.outputs["sent"] == .number(0))
        #expect(outcome.note == "chưa đến mốc nhắc; mốc tiếp theo: trước 14 ngày, ngày 26/09/2023")
        #expect(fixture.file("out/outbox.jsonl") == nil)
    }
}
