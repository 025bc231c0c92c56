/// A date of the Vietnamese lunar calendar (âm lịch).
public struct LunarDate: Sendable, Hashable, CustomStringConvertible {
    /// The lunar year, numbered like the Gregorian year in which it starts (Tết).
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…30.
    public let day: Int
    /// True in an intercalary month (tháng nhuận), which repeats the number of the month before it.
    public let isLeapMonth: Bool

    /// A lunar date from its parts (not validated: ``LunarCalendar/solar(from:)`` returns nil when it does not exist).
    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }

    /// As Vietnamese calendars write it: `10/3/2023`, or `1/2 nhuận/2023` in a leap month.
    public var description: String {
        "\(day)/\(month)\(isLeapMonth ? " nhuận" : "")/\(year)"
    }
}
