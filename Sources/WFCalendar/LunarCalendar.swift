/// The Vietnamese lunar calendar: astronomical new moons and solar terms at UTC+7,
/// following Ho Ngoc Duc's algorithm (the standard reference), valid 1900–2100.
///
/// Months are computed on first use, 20 lunar years at a time, and kept (the astronomy
/// loses accuracy far from the present).
public enum LunarCalendar {
    /// The lunar date of a Gregorian date.
    public static func lunar(from date: CivilDate) -> LunarDate {
        let dayNumber = date.dayNumber
        let month = LunarMonthTable.covering(dayNumber: dayNumber, year: date.year).month(containing: dayNumber)
        return LunarDate(year: month.year, month: month.month, day: dayNumber - month.start + 1, isLeapMonth: month.isLeap)
    }

    /// The Gregorian date of a lunar date, or nil when that date does not exist
    /// (a leap month the year lacks, day 30 of a 29-day month, month 13…).
    public static func solar(from lunar: LunarDate) -> CivilDate? {
        let table = LunarMonthTable.covering(lunarYear: lunar.year)
        guard let month = table.months(ofYear: lunar.year).first(where: {
            $0.month == lunar.month && $0.isLeap == lunar.isLeapMonth
        }), (1...month.length).contains(lunar.day) else { return nil }
        return CivilDate(dayNumber: month.start + lunar.day - 1)
    }

    /// Tết Nguyên đán: the first day of the first month of lunar year `year`.
    public static func newYear(_ year: Int) -> CivilDate {
        let months = LunarMonthTable.covering(lunarYear: year).months(ofYear: year)
        return CivilDate(dayNumber: months.first?.start ?? 0)
    }

    /// The months of lunar year `year` in order: 12, or 13 with one leap month; each 29 or 30 days.
    public static func monthsInYear(_ lunarYear: Int) -> [(month: Int, isLeap: Bool, length: Int)] {
        LunarMonthTable.covering(lunarYear: lunarYear).months(ofYear: lunarYear).map {
            (month: $0.month, isLeap: $0.isLeap, length: $0.length)
        }
    }

    /// The leap month of lunar year `year`, or nil when it has 12 months.
    public static func leapMonth(_ year: Int) -> Int? {
        LunarMonthTable.covering(lunarYear: year).months(ofYear: year).first(where: \.isLeap)?.month
    }
}
