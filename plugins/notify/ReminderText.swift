import WFPluginAPI

/// The subject and body of an event reminder, in the plan's language.
struct ReminderText: Sendable {
    var event: Event
    var reminder: ReminderSchedule.Reminder
    var plan: CompiledPlan
    var asOf: CivilDate

    private var lang: Language { plan.plan.lang }
    private var words: DateWording { DateWording(lang: lang) }
    private var eventDate: CivilDate { event.date.value.date }
    private var owner: Owner? { event.owner.flatMap { id in plan.plan.owners.first { $0.id.value == id.value } } }

    /// How long is left, counted in the reminder's unit: `còn 3 ngày làm việc`, `diễn ra hôm nay`.
    var remaining: String {
        let working = reminder.unit == .workingDays
        switch (lang, left) {
        case (.vi, ...0): return "diễn ra hôm nay"
        case (.vi, _): return "còn " + words.count(left, workingDays: working)
        case (.en, ...0): return "today"
        case (.en, _): return "in " + words.count(left, workingDays: working)
        }
    }

    /// Days (working days for a `wd` reminder) from the run's date to the event.
    var left: Int {
        reminder.unit == .workingDays ? plan.calendar.workingDays(from: asOf, to: eventDate) : asOf.days(until: eventDate)
    }

    /// `Nhắc việc: Ngày Chuyển đổi số quốc gia – còn 3 ngày làm việc (10/10/2023)`.
    var subject: String {
        switch lang {
        case .vi: return "Nhắc việc: \(event.title) – \(remaining) (\(words.short(eventDate)))"
        case .en: return "Reminder: \(event.title) – \(remaining) (\(words.short(eventDate)))"
        }
    }

    /// The event, its date, place and owner, and its preparation items with their status.
    var body: String {
        var lines: [String] = []
        let vi = lang == .vi
        if let owner {
            lines.append((vi ? "Kính gửi: " : "To: ") + owner.name)
            lines.append("")
        }
        let when = words.long(event.date.value)
        lines.append(vi
            ? "Sự kiện \u{201C}\(event.title)\u{201D} \(left <= 0 ? "diễn ra hôm nay" : "sẽ diễn ra vào \(when), \(remaining)")."
            : "The event \u{201C}\(event.title)\u{201D} takes place \(left <= 0 ? "today" : "on \(when), \(remaining)").")
        lines.append("")
        lines.append((vi ? "- Sự kiện: " : "- Event: ") + event.title)
        lines.append((vi ? "- Thời gian: " : "- When: ") + when)
        if let location = event.location, !location.isEmpty {
            lines.append((vi ? "- Địa điểm: " : "- Where: ") + location)
        }
        if let owner {
            lines.append((vi ? "- Đơn vị chủ trì: " : "- Lead unit: ") + owner.name + (owner.head.map { " (\($0))" } ?? ""))
        }
        if let description = event.description, !description.isEmpty {
            lines.append((vi ? "- Nội dung: " : "- About: ") + description)
        }
        if !event.prepare.isEmpty {
            lines.append("")
            lines.append(vi ? "Công việc chuẩn bị:" : "Preparation:")
            for (index, item) in event.prepare.enumerated() {
                lines.append("\(index + 1). " + prepareLine(item))
            }
        }
        lines.append("")
        lines.append((vi ? "Kế hoạch: " : "Plan: ") + plan.plan.name)
        lines.append(vi
            ? "Thư nhắc tự động do wf gửi ngày \(words.short(asOf)); mỗi mốc nhắc chỉ gửi một lần."
            : "Sent automatically by wf on \(words.short(asOf)); each reminder is sent once.")
        return lines.joined(separator: "\n")
    }

    /// `Kế hoạch hưởng ứng… – hạn thứ Ba, ngày 26 tháng 9 năm 2023 – chưa hoàn thành (quá hạn 2 ngày)`.
    private func prepareLine(_ item: PrepareItem) -> String {
        let vi = lang == .vi
        var line = item.title
        let due = plan.prepareDue[item.id.value]
        if let due { line += (vi ? " – hạn " : " – due ") + words.long(due) }
        let done = item.done || (item.progress ?? 0) >= 1
        if done { return line + (vi ? " – đã hoàn thành" : " – done") }
        var notes: [String] = []
        if let progress = item.progress { notes.append((vi ? "tiến độ " : "progress ") + "\(Int((progress * 100).rounded()))%") }
        if let due {
            let left = asOf.days(until: due)
            if left < 0 { notes.append((vi ? "quá hạn " : "overdue by ") + words.count(-left, workingDays: false)) }
            else if left == 0 { notes.append(vi ? "đến hạn hôm nay" : "due today") }
            else { notes.append((vi ? "còn " : "") + words.count(left, workingDays: false) + (vi ? "" : " left")) }
        }
        return line + (vi ? " – chưa hoàn thành" : " – not done") + (notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))")
    }
}
