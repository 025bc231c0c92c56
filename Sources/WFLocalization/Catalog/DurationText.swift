/// Durations spelled out for people: `5 working days` / `5 ngày làm việc`, never `5wd`; the
/// lengths of a recurring task; the days of the week.
@dynamicCallable
public enum DurationText: String, MessageCatalog {
    case oneDay, days, oneWorkingDay, workingDays, oneWeek, weeks
    case oneHour, hours, oneMinute, minutes, oneSecond, seconds
    case month, quarter, halfYear, year

    public var templates: (en: String, vi: String) {
        switch self {
        case .oneDay: ("1 day", "1 ngày")
        case .days: ("{count} days", "{count} ngày")
        case .oneWorkingDay: ("1 working day", "1 ngày làm việc")
        case .workingDays: ("{count} working days", "{count} ngày làm việc")
        case .oneWeek: ("1 week", "1 tuần")
        case .weeks: ("{count} weeks", "{count} tuần")
        case .oneHour: ("1 hour", "1 giờ")
        case .hours: ("{count} hours", "{count} giờ")
        case .oneMinute: ("1 minute", "1 phút")
        case .minutes: ("{count} minutes", "{count} phút")
        case .oneSecond: ("1 second", "1 giây")
        case .seconds: ("{count} seconds", "{count} giây")
        case .month: ("month", "tháng")
        case .quarter: ("quarter", "quý")
        case .halfYear: ("half-year", "nửa năm")
        case .year: ("year", "năm")
        }
    }
}

extension DurationText {
    /// `count` of a unit given by its entries for one and for many: `spelled(3, .oneDay, .days)`
    /// is `3 days` / `3 ngày`.
    public static func spelled(_ count: Int, one: DurationText, many: DurationText) -> Message {
        count == 1 ? one.message : many(count: count)
    }
}

/// The days of the week, Monday first (ISO weekday 1 … 7).
@dynamicCallable
public enum WeekdayText: String, MessageCatalog {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    public var templates: (en: String, vi: String) {
        switch self {
        case .monday: ("Monday", "thứ Hai")
        case .tuesday: ("Tuesday", "thứ Ba")
        case .wednesday: ("Wednesday", "thứ Tư")
        case .thursday: ("Thursday", "thứ Năm")
        case .friday: ("Friday", "thứ Sáu")
        case .saturday: ("Saturday", "thứ Bảy")
        case .sunday: ("Sunday", "Chủ nhật")
        }
    }

    /// The day of ISO weekday `number` (1 = Monday … 7 = Sunday).
    public static func of(weekday number: Int) -> Message {
        allCases[(max(1, min(7, number)) - 1)].message
    }
}
