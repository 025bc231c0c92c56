import Foundation
import WFPluginAPI

/// A compiled plan as an iCalendar stream: goals and prepare items as VTODO, events and
/// budget checkpoints as VEVENT, reminders as VALARM.
struct ICSCalendar {
    var compiled: CompiledPlan
    /// The plan as of the day the file is made: due dates, budget figures.
    var snapshot: PlanSnapshot
    /// DTSTAMP of every component: when the stream is made (UTC).
    var stamp: Date
    /// What the UIDs are made unique with: the plan file's absolute path.
    var planPath: String

    init(_ compiled: CompiledPlan, snapshot: PlanSnapshot, stamp: Date = ICSCalendar.defaultStamp(), planPath: String? = nil) {
        self.compiled = compiled
        self.snapshot = snapshot
        self.stamp = stamp
        self.planPath = planPath ?? URL(fileURLWithPath: compiled.path).standardizedFileURL.path
    }

    /// Now, or `SOURCE_DATE_EPOCH` when set, for reproducible output.
    static func defaultStamp() -> Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            return Date(timeIntervalSince1970: epoch)
        }
        return Date()
    }

    /// The whole `VCALENDAR`, CRLF-terminated lines.
    func render() -> String {
        let plan = compiled.plan
        var ics = ICSWriter()
        ics.begin("VCALENDAR")
        ics.raw("VERSION", "2.0")
        ics.raw("PRODID", "-//wf//wf plan calendar//VI")
        ics.raw("CALSCALE", "GREGORIAN")
        ics.raw("METHOD", "PUBLISH")
        ics.text("X-WR-CALNAME", plan.name)
        ics.text("X-WR-TIMEZONE", plan.timezone)
        if let description = plan.description { ics.text("X-WR-CALDESC", description) }
        let zone = ICSTimeZone(identifier: plan.timezone)
        if hasTimes, let zone, zone.isFixed { zone.write(to: &ics) }
        for goal in plan.goals { todo(goal, into: &ics, zone: zone) }
        for event in plan.events {
            for item in event.prepare { todo(item, of: event, into: &ics) }
        }
        for event in plan.events { self.event(event, into: &ics, zone: zone) }
        for checkpoint in plan.checkpoints { self.checkpoint(checkpoint, into: &ics, zone: zone) }
        ics.end("VCALENDAR")
        return ics.output
    }

    private var hasTimes: Bool {
        let plan = compiled.plan
        return plan.goals.contains { $0.due?.value.hasTime == true } || plan.events.contains { $0.date.value.hasTime }
            || plan.checkpoints.contains { $0.date.value.hasTime }
    }

    // MARK: - Components

    private func todo(_ goal: Goal, into ics: inout ICSWriter, zone: ICSTimeZone?) {
        guard goal.occurrences.isEmpty else {
            for occurrence in goal.occurrences { todo(goal, occurrence, into: &ics) }
            return
        }
        ics.begin("VTODO")
        common(id: goal.id.value, title: goal.title, into: &ics)
        // Continuous work ("Thường xuyên") is a to-do without a due date.
        if let start = goal.start?.value, start.hasTime == (goal.due?.value.hasTime ?? false) {
            dateProperty("DTSTART", start, into: &ics, zone: zone)
        }
        if let due = goal.due?.value { dateProperty("DUE", due, into: &ics, zone: zone) }
        var description = ownerLine(goal.owner?.value)
        if let phrase = goal.duePhrase { description.append("Thời hạn: \(phrase.text)") }
        if let progress = goal.progress, !goal.done { description.append("Tiến độ: \(percent(progress))") }
        if let status = snapshot.kpi(goal.id.value) {
            description.append("KPI: " + PlanWording(lang: compiled.plan.lang).kpi(status))
        }
        if !goal.after.isEmpty { description.append("Sau: " + goal.after.map { title(of: $0.value) }.joined(separator: "; ")) }
        if let text = goal.description { description.append(text) }
        if !description.isEmpty { ics.text("DESCRIPTION", description.joined(separator: "\n")) }
        status(done: goal.done, progress: goal.progress, into: &ics)
        ics.text("CATEGORIES", "Nhiệm vụ")
        ics.end("VTODO")
    }

    /// One occurrence of a recurring task: its own to-do (`id-2025-03`), due in its period.
    private func todo(_ goal: Goal, _ occurrence: Goal.Occurrence, into ics: inout ICSWriter) {
        ics.begin("VTODO")
        common(id: "\(goal.id.value)-\(occurrence.period.label)", title: "\(goal.title) (\(occurrence.period.vietnamese))", into: &ics)
        ics.raw("DUE", Self.date(occurrence.due), parameters: [("VALUE", "DATE")])
        var description = ownerLine(goal.owner?.value)
        if let phrase = goal.duePhrase { description.append("Thời hạn: \(occurrence.period.vietnamese), \(phrase.text)") }
        if let text = goal.description { description.append(text) }
        if !description.isEmpty { ics.text("DESCRIPTION", description.joined(separator: "\n")) }
        ics.raw("RELATED-TO", uid(goal.id.value))
        status(done: occurrence.done, progress: nil, into: &ics)
        ics.text("CATEGORIES", "Nhiệm vụ định kỳ")
        ics.end("VTODO")
    }

    private func todo(_ item: PrepareItem, of event: Event, into ics: inout ICSWriter) {
        ics.begin("VTODO")
        common(id: item.id.value, title: item.title, into: &ics)
        let due = snapshot.item(item.id.value)?.due ?? event.date.value.date
        ics.raw("DUE", Self.date(due), parameters: [("VALUE", "DATE")])
        var description = ownerLine(item.owner?.value ?? event.owner?.value)
        description.append("Chuẩn bị cho: \(event.title) (\(event.date.value.date.vietnamese))")
        if let progress = item.progress, !item.done { description.append("Tiến độ: \(percent(progress))") }
        if let text = item.description { description.append(text) }
        ics.text("DESCRIPTION", description.joined(separator: "\n"))
        ics.raw("RELATED-TO", uid(event.id.value))
        status(done: item.done, progress: item.progress, into: &ics)
        ics.text("CATEGORIES", "Chuẩn bị")
        ics.end("VTODO")
    }

    private func event(_ event: Event, into ics: inout ICSWriter, zone: ICSTimeZone?) {
        ics.begin("VEVENT")
        common(id: event.id.value, title: event.title, into: &ics)
        span(event.date.value, end: event.end?.value, into: &ics, zone: zone)
        if let location = event.location { ics.text("LOCATION", location) }
        var description = ownerLine(event.owner?.value)
        if !event.prepare.isEmpty {
            description.append("Chuẩn bị: " + event.prepare.map(\.title).joined(separator: "; "))
        }
        if let text = event.description { description.append(text) }
        if !description.isEmpty { ics.text("DESCRIPTION", description.joined(separator: "\n")) }
        ics.text("CATEGORIES", "Sự kiện")
        for remind in event.remind { alarm(remind.value, before: event.date.value, title: event.title, into: &ics, zone: zone) }
        ics.end("VEVENT")
    }

    private func checkpoint(_ checkpoint: Checkpoint, into ics: inout ICSWriter, zone: ICSTimeZone?) {
        ics.begin("VEVENT")
        common(id: checkpoint.id.value, title: checkpoint.title, into: &ics)
        span(checkpoint.date.value, into: &ics, zone: zone)
        var description = ownerLine(checkpoint.owner?.value)
        let budget = checkpoint.budget
        if let figures = snapshot.checkpoint(checkpoint.id.value)?.budget {
            description.append("Dự toán: \(money(figures.allocated, figures.currency))")
            var line = "Đã giải ngân: \(money(figures.spent, figures.currency))"
            if figures.allocated > 0 { line += " (\(percent(figures.rate)))" }
            description.append(line + " – số liệu đến ngày \(snapshot.asOf.vietnamese)")
        }
        if let file = budget.file { description.append("Số liệu: \(file.value)") }
        if let expect = checkpoint.expect { description.append("Tỷ lệ giải ngân yêu cầu: \(percent(expect))") }
        if let text = checkpoint.description { description.append(text) }
        if !description.isEmpty { ics.text("DESCRIPTION", description.joined(separator: "\n")) }
        ics.text("CATEGORIES", "Ngân sách")
        ics.end("VEVENT")
    }

    // MARK: - Properties

    private func common(id: String, title: String, into ics: inout ICSWriter) {
        ics.raw("UID", uid(id))
        ics.raw("DTSTAMP", Self.utc(stamp))
        ics.text("SUMMARY", title)
    }

    /// `id@wf-<hash of the plan path>`: stable across runs, distinct across plans.
    func uid(_ id: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in planPath.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "\(id)@wf-\(String(repeating: "0", count: 16 - hex.count))\(hex)"
    }

    /// DTSTART, and DTEND: the end given, or the next day for an all-day item (DTEND of an
    /// all-day span is the day after its last day, RFC 5545).
    private func span(_ when: PlanDateTime, end: PlanDateTime? = nil, into ics: inout ICSWriter, zone: ICSTimeZone?) {
        if when.hasTime {
            dateProperty("DTSTART", when, into: &ics, zone: zone)
            if let end {
                let last = end.hasTime ? end : PlanDateTime(date: end.date.adding(days: 1), hour: 0, minute: 0)
                if let last { dateProperty("DTEND", last, into: &ics, zone: zone) }
            }
        } else {
            ics.raw("DTSTART", Self.date(when.date), parameters: [("VALUE", "DATE")])
            ics.raw("DTEND", Self.date((end?.date ?? when.date).adding(days: 1)), parameters: [("VALUE", "DATE")])
            ics.raw("TRANSP", "TRANSPARENT")
        }
    }

    /// A DATE, or a DATE-TIME in the plan's zone (TZID when it has a fixed offset, else UTC).
    private func dateProperty(_ name: String, _ when: PlanDateTime, into ics: inout ICSWriter, zone: ICSTimeZone?) {
        guard let hour = when.hour, let minute = when.minute else {
            ics.raw(name, Self.date(when.date), parameters: [("VALUE", "DATE")])
            return
        }
        let local = Self.date(when.date) + "T" + Self.two(hour) + Self.two(minute) + "00"
        if let zone, zone.isFixed {
            ics.raw(name, local, parameters: [("TZID", zone.identifier)])
        } else if let zone, let instant = zone.instant(when.date, hour: hour, minute: minute) {
            ics.raw(name, Self.utc(instant))
        } else {
            ics.raw(name, local)
        }
    }

    /// A VALARM `duration` before `date`: a relative TRIGGER, or an absolute one at 08:00 for working
    /// days and for a reminder moved off a day off.
    private func alarm(_ duration: PlanDuration, before date: PlanDateTime, title: String, into ics: inout ICSWriter,
                       zone: ICSTimeZone?) {
        let amount = abs(duration.amount)
        ics.begin("VALARM")
        ics.raw("ACTION", "DISPLAY")
        ics.text("DESCRIPTION", "Nhắc việc: \(title) (\(date.date.vietnamese))")
        // The day `wf run` sends it: a reminder falling on a day off goes out the working day before.
        let day = ReminderSchedule.day(of: duration, before: date.date, calendar: compiled.calendar)
        let moved = day.send != day.nominal && (duration.unit == .days || duration.unit == .weeks)
        if duration.unit == .workingDays || moved {
            let instant = (zone ?? ICSTimeZone(identifier: "Asia/Ho_Chi_Minh"))?.instant(day.send, hour: 8, minute: 0)
                ?? Date(timeIntervalSince1970: Double(day.send.dayNumber) * 86_400 + 3_600)
            ics.raw("TRIGGER", Self.utc(instant), parameters: [("VALUE", "DATE-TIME")])
        } else {
            switch duration.unit {
            case .days, .workingDays: ics.raw("TRIGGER", "-P\(amount)D")
            case .weeks: ics.raw("TRIGGER", "-P\(amount)W")
            case .hours: ics.raw("TRIGGER", "-PT\(amount)H")
            case .minutes: ics.raw("TRIGGER", "-PT\(amount)M")
            case .seconds: ics.raw("TRIGGER", "-PT\(amount)S")
            }
        }
        ics.end("VALARM")
    }

    private func status(done: Bool, progress: Double?, into ics: inout ICSWriter) {
        if done {
            ics.raw("STATUS", "COMPLETED")
            ics.raw("PERCENT-COMPLETE", "100")
        } else {
            ics.raw("STATUS", (progress ?? 0) > 0 ? "IN-PROCESS" : "NEEDS-ACTION")
            if let progress { ics.raw("PERCENT-COMPLETE", String(Int((min(max(progress, 0), 1) * 100).rounded()))) }
        }
    }

    // MARK: - Words

    private func ownerLine(_ owner: String?) -> [String] {
        guard let owner else { return [] }
        let name = compiled.plan.owners.first { $0.id.value == owner }?.name ?? owner
        return ["Đơn vị chủ trì: \(name)"]
    }

    private func title(of id: String) -> String {
        compiled.graph[id]?.title ?? id
    }

    private func percent(_ fraction: Double) -> String { NumberWording.percent(fraction) }

    private func money(_ value: Double, _ currency: String) -> String { NumberWording.money(value, currency) }

    // MARK: - Formats

    /// `20231005`: digits padded by hand, not `String(format:)` (a calendar has thousands).
    static func date(_ date: CivilDate) -> String {
        four(date.year) + two(date.month) + two(date.day)
    }

    /// `20231005T013000Z`, worked out from the seconds since 1970 (UTC has no zone rules).
    static func utc(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let time = seconds - days * 86_400
        return date(CivilDate(dayNumber: days)) + "T" + two(time / 3600) + two(time % 3600 / 60) + two(time % 60) + "Z"
    }

    private static func four(_ value: Int) -> String {
        let digits = String(value)
        return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
