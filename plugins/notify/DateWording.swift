import WFPluginAPI

/// Dates and day counts written out in the plan's language.
struct DateWording: Sendable {
    var lang: Language

    /// `thứ Ba, ngày 10 tháng 10 năm 2023` / `Tuesday, 10 October 2023`.
    func long(_ date: CivilDate) -> String {
        switch lang {
        case .vi:
            let weekdays = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
            return "\(weekdays[date.weekday - 1]), ngày \(date.day) tháng \(date.month) năm \(date.year)"
        case .en:
            let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                          "September", "October", "November", "December"]
            return "\(weekdays[date.weekday - 1]), \(date.day) \(months[date.month - 1]) \(date.year)"
        }
    }

    /// A date with its time when it has one: `08 giờ 00, thứ Ba, ngày 10 tháng 10 năm 2023`.
    func long(_ dateTime: PlanDateTime) -> String {
        guard let hour = dateTime.hour, let minute = dateTime.minute else { return long(dateTime.date) }
        let hh = hour < 10 ? "0\(hour)" : "\(hour)"
        let mm = minute < 10 ? "0\(minute)" : "\(minute)"
        switch lang {
        case .vi: return "\(hh) giờ \(mm), \(long(dateTime.date))"
        case .en: return "\(hh):\(mm), \(long(dateTime.date))"
        }
    }

    /// `10/10/2023` (both languages: the plan's readers write dates day first).
    func short(_ date: CivilDate) -> String { date.vietnamese }

    /// `3 ngày làm việc` / `3 working days`, `1 ngày` / `1 day`.
    func count(_ n: Int, workingDays: Bool) -> String {
        switch lang {
        case .vi: return "\(n) \(workingDays ? "ngày làm việc" : "ngày")"
        case .en: return "\(n) \(workingDays ? "working day" : "day")\(n == 1 ? "" : "s")"
        }
    }
}
