import WFPluginAPI

/// The subject and body of an event reminder for one recipient, in the plan's language.
///
/// The days left are counted from the run's date (the day it is sent) in the reminder's unit,
/// and the preparation items' statuses come from the snapshot, so the mail says what `wf plan`
/// and the report say.
struct ReminderText: Sendable {
    var event: Event
    var status: EventStatus
    var recipient: EventStatus.Recipient
    var reminder: ReminderSchedule.Reminder
    var plan: CompiledPlan
    var snapshot: PlanSnapshot

    private var lang: Language { plan.plan.lang }
    private var vi: Bool { lang == .vi }
    private var words: DateWording { DateWording(lang: lang) }
    private var planWords: PlanWording { PlanWording(lang: lang) }
    private var eventDate: CivilDate { event.date.value.date }
    private var asOf: CivilDate { snapshot.asOf }

    private func owner(_ id: String?) -> Owner? {
        id.flatMap { id in plan.plan.owners.first { $0.id.value == id } }
    }

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

    /// Days (working days before the event for a `wd` reminder) from the day it is sent.
    var left: Int {
        ReminderSchedule.left(reminder.unit, from: asOf, to: eventDate, calendar: plan.calendar)
    }

    /// `Nhắc việc: Ngày Chuyển đổi số quốc gia – còn 3 ngày làm việc (10/10/2023)`.
    var subject: String {
        switch lang {
        case .vi: return "Nhắc việc: \(event.title) – \(remaining) (\(words.short(eventDate)))"
        case .en: return "Reminder: \(event.title) – \(remaining) (\(words.short(eventDate)))"
        }
    }

    /// The event, its date, place and owner, this recipient's part, and the preparation items
    /// with their status.
    var body: String {
        var lines: [String] = []
        let lead = owner(status.owner)
        if let addressee = owner(recipient.owner) {
            lines.append((vi ? "Kính gửi: " : "To: ") + addressee.name)
            lines.append("")
        }
        let when = words.long(event.date.value)
        lines.append(vi
            ? "Sự kiện \u{201C}\(event.title)\u{201D} \(left <= 0 ? "diễn ra hôm nay" : "sẽ diễn ra vào \(when), \(remaining)")."
            : "The event \u{201C}\(event.title)\u{201D} takes place \(left <= 0 ? "today" : "on \(when), \(remaining)").")
        if recipient.isPartner {
            lines.append(vi ? "Đơn vị được giao phối hợp thực hiện sự kiện này."
                : "Your unit is a partner (phối hợp) of this event.")
        }
        if !recipient.partnerItems.isEmpty {
            let titles = recipient.partnerItems.map { "\u{201C}\(snapshot.item($0)?.title ?? $0)\u{201D}" }.joined(separator: ", ")
            lines.append(vi ? "Đơn vị phối hợp thực hiện \(recipient.partnerItems.count) việc chuẩn bị chưa hoàn thành: \(titles)."
                : "Your unit is a partner in \(recipient.partnerItems.count) preparation item\(recipient.partnerItems.count == 1 ? "" : "s") not done: \(titles).")
        }
        if !recipient.isLead, !recipient.items.isEmpty {
            lines.append(vi
                ? "Đơn vị được giao chuẩn bị \(recipient.items.count) việc chưa hoàn thành cho sự kiện này: "
                    + recipient.items.map { "\u{201C}\(snapshot.item($0)?.title ?? $0)\u{201D}" }.joined(separator: ", ") + "."
                : "Your unit has \(recipient.items.count) preparation item\(recipient.items.count == 1 ? "" : "s") not done for this event: "
                    + recipient.items.map { "\u{201C}\(snapshot.item($0)?.title ?? $0)\u{201D}" }.joined(separator: ", ") + ".")
        }
        lines.append("")
        lines.append((vi ? "- Sự kiện: " : "- Event: ") + event.title)
        lines.append((vi ? "- Thời gian: " : "- When: ") + when)
        if let location = event.location, !location.isEmpty {
            lines.append((vi ? "- Địa điểm: " : "- Where: ") + location)
        }
        if let lead {
            lines.append((vi ? "- Đơn vị chủ trì: " : "- Lead unit: ") + lead.name + (lead.head.map { " (\($0))" } ?? ""))
        }
        let partnerNames = status.partners.map { owner($0)?.name ?? $0 }
        if !partnerNames.isEmpty {
            lines.append((vi ? "- Đơn vị phối hợp: " : "- Partner units: ") + partnerNames.joined(separator: ", "))
        }
        if let description = event.description, !description.isEmpty {
            lines.append((vi ? "- Nội dung: " : "- About: ") + description)
        }
        if !event.prepare.isEmpty {
            lines.append("")
            lines.append(vi ? "Công việc chuẩn bị:" : "Preparation:")
            for (index, item) in event.prepare.enumerated() {
                guard let status = snapshot.item(item.id.value) else { continue }
                lines.append("\(index + 1). " + prepareLine(status))
            }
        }
        lines.append("")
        lines.append((vi ? "Kế hoạch: " : "Plan: ") + plan.plan.name)
        lines.append(vi
            ? "Thư nhắc tự động do wf gửi ngày \(words.short(asOf)); mỗi mốc nhắc chỉ gửi một lần."
            : "Sent automatically by wf on \(words.short(asOf)); each reminder is sent once.")
        return lines.joined(separator: "\n")
    }

    /// `Kế hoạch hưởng ứng… – hạn thứ Ba, ngày 26 tháng 9 năm 2023 – Phòng CNTT – quá hạn 2 ngày`.
    private func prepareLine(_ item: ItemStatus) -> String {
        var line = item.title + (vi ? " – hạn " : " – due ") + (item.due.map(words.long) ?? planWords.deadline(item))
        if let unit = owner(item.owner), item.owner != status.owner { line += " – " + unit.name }
        if item.state == .done { return line + " – " + planWords.state(.done) }
        var text = planWords.status(item)
        if let progress = item.progress { text += (vi ? ", tiến độ " : ", progress ") + NumberWording.percent(progress) }
        return line + " – " + text
    }
}
