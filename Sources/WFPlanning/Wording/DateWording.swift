public import WFCore

/// Dates and day counts written out in the plan's language.
public struct DateWording: Sendable {
    public var lang: Language

    public init(lang: Language) {
        self.lang = lang
    }

    /// `thứ Ba` / `Tuesday`.
    public func weekday(_ date: CivilDate) -> String {
        switch lang {
        case .vi: ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"][date.weekday - 1]
        case .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][date.weekday - 1]
        }
    }

    /// `thứ Ba, ngày 10 tháng 10 năm 2023` / `Tuesday, 10 October 2023`.
    public func long(_ date: CivilDate) -> String {
        switch lang {
        case .vi:
            return "\(weekday(date)), ngày \(date.day) tháng \(date.month) năm \(date.year)"
        case .en:
            let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                          "September", "October", "November", "December"]
            return "\(weekday(date)), \(date.day) \(months[date.month - 1]) \(date.year)"
        }
    }

    /// A date with its time when it has one: `08 giờ 00, thứ Ba, ngày 10 tháng 10 năm 2023`.
    public func long(_ dateTime: PlanDateTime) -> String {
        guard let hour = dateTime.hour, let minute = dateTime.minute else { return long(dateTime.date) }
        let hh = hour < 10 ? "0\(hour)" : "\(hour)"
        let mm = minute < 10 ? "0\(minute)" : "\(minute)"
        switch lang {
        case .vi: return "\(hh) giờ \(mm), \(long(dateTime.date))"
        case .en: return "\(hh):\(mm), \(long(dateTime.date))"
        }
    }

    /// The date as administrative documents write it (Nghị định 30/2020): `ngày 05 tháng 10 năm
    /// 2023`, with a leading zero on days 1–9 and months 1–2.
    public static func document(_ date: CivilDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month <= 2 ? "0\(date.month)" : "\(date.month)"
        return "ngày \(day) tháng \(month) năm \(date.year)"
    }

    /// `date` in a pattern of `dd`, `d`, `MM`, `M`, `yyyy` and `yy` (`dd/MM/yyyy` → `05/10/2023`);
    /// other characters are kept; text in single quotes is literal.
    public static func formatted(_ date: CivilDate, pattern: String) -> String {
        var out = ""
        var chars = Array(pattern)[...]
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        while let c = chars.first {
            if c == "'" {
                chars = chars.dropFirst()
                while let d = chars.first, d != "'" {
                    out.append(d)
                    chars = chars.dropFirst()
                }
                chars = chars.dropFirst()
                continue
            }
            let run = chars.prefix { $0 == c }.count
            chars = chars.dropFirst(run)
            switch (c, run) {
            case ("d", 1): out += "\(date.day)"
            case ("d", _): out += pad(date.day)
            case ("M", 1): out += "\(date.month)"
            case ("M", _): out += pad(date.month)
            case ("y", 2): out += pad(date.year % 100)
            case ("y", _): out += "\(date.year)"
            default: out += String(repeating: c, count: run)
            }
        }
        return out
    }

    /// `10/10/2023` (both languages: the plan's readers write dates day first).
    public func short(_ date: CivilDate) -> String { date.vietnamese }

    /// `3 ngày làm việc` / `3 working days`, `1 ngày` / `1 day`.
    public func count(_ n: Int, workingDays: Bool) -> String {
        let words = workingDays ? DurationText.spelled(n, one: .oneWorkingDay, many: .workingDays)
            : DurationText.spelled(n, one: .oneDay, many: .days)
        return words.text(lang)
    }

    /// A duration spelled out: `5 ngày làm việc`, `2 tuần` / `5 working days`, `2 weeks` (sign dropped).
    public func duration(_ duration: PlanDuration) -> String {
        duration.words.text(lang)
    }
}
