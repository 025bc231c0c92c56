/// A day off and why: a public holiday, a make-up day, a swapped day, or a plan's own day off.
public struct Holiday: Sendable, Hashable, Comparable {
    /// The day.
    public let date: CivilDate
    /// The Vietnamese name: "Tết Nguyên đán", "Giỗ Tổ Hùng Vương", "nghỉ bù", …
    public let name: String

    /// A named day off.
    public init(date: CivilDate, name: String) {
        self.date = date
        self.name = name
    }

    /// By date, then by name.
    public static func < (a: Holiday, b: Holiday) -> Bool {
        (a.date, a.name) < (b.date, b.name)
    }
}

// MARK: - Names

extension Holiday {
    /// Tết Dương lịch, 1/1.
    public static let newYearName = "Tết Dương lịch"
    /// Tết Nguyên đán, the lunar new year.
    public static let tetName = "Tết Nguyên đán"
    /// Giỗ Tổ Hùng Vương, 10/3 lunar.
    public static let hungKingsName = "Giỗ Tổ Hùng Vương"
    /// Ngày Giải phóng miền Nam, thống nhất đất nước, 30/4.
    public static let reunificationName = "Ngày Giải phóng miền Nam"
    /// Quốc tế Lao động, 1/5.
    public static let labourDayName = "Quốc tế Lao động"
    /// Quốc khánh, 2/9 and one adjacent day.
    public static let nationalDayName = "Quốc khánh"
    /// A make-up day off for a holiday that fell on a weekend.
    public static let makeUpName = "nghỉ bù"
    /// A weekday off in exchange for a working Saturday, as the government announces.
    public static let swapName = "hoán đổi ngày làm việc"
    /// A day off that a plan or calendar file adds.
    public static let extraName = "ngày nghỉ bổ sung"
}
