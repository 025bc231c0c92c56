/// Which days are working days: the Vietnamese statutory calendar (``vn``), or every day
/// (``none``), optionally extended by a plan's own days off and working days.
///
/// Holidays are computed per year once and shared by every calendar; queries are binary
/// searches, and counts over long ranges loop over years, not days.
public struct WorkingCalendar: Sendable {
    /// The statutory rules, or nil when every day is a working day.
    let rules: HolidayRules?
    /// The plan's own days: day number → is a working day.
    let overrides: [Int: Bool]
    /// Days the rules count as working that the plan takes off, sorted.
    let extraOff: [Int]
    /// Days the rules count as off that the plan works, sorted.
    let extraWork: [Int]

    init(rules: HolidayRules?, overrides: [Int: Bool]) {
        self.rules = rules
        self.overrides = overrides
        var extraOff: [Int] = [], extraWork: [Int] = []
        for (n, working) in overrides {
            let base = rules?.isWorking(dayNumber: n) ?? true
            if base && !working { extraOff.append(n) }
            if !base && working { extraWork.append(n) }
        }
        self.extraOff = extraOff.sorted()
        self.extraWork = extraWork.sorted()
    }

    /// The statutory Vietnamese calendar (Labor Code 2019, Art. 112) with the government's
    /// announced swaps shipped in `vn-calendar.json`; Saturdays and Sundays are off.
    public static let vn = WorkingCalendar(rules: .vietnam, overrides: [:])

    /// Every day is a working day: working days are calendar days.
    public static let none = WorkingCalendar(rules: nil, overrides: [:])

    /// `base` extended by a plan: extra days off and extra working days (a date in both lists is a working day).
    public init(base: WorkingCalendar = .vn, off: [CivilDate] = [], work: [CivilDate] = []) {
        var overrides = base.overrides
        for date in off { overrides[date.dayNumber] = false }
        for date in work { overrides[date.dayNumber] = true }
        self.init(rules: base.rules, overrides: overrides)
    }

    /// True when every day is a working day (``none`` with no days off added).
    public var isCalendarDaysOnly: Bool { rules == nil && extraOff.isEmpty }

    // MARK: - Days

    /// True when `date` is a working day.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        isWorking(dayNumber: date.dayNumber)
    }

    /// True when day `n` (days since 1970-01-01) is a working day.
    func isWorking(dayNumber n: Int) -> Bool {
        if !overrides.isEmpty, let working = overrides[n] { return working }
        return rules?.isWorking(dayNumber: n) ?? true
    }

    /// Why `date` is off: the holiday, make-up day, swap or plan day off on it; nil on ordinary
    /// days, ordinary weekends, and days the plan works.
    public func holiday(on date: CivilDate) -> Holiday? {
        let n = date.dayNumber
        if let working = overrides[n] {
            if working { return nil }
            if Sorted.contains(extraOff, n) { return Holiday(date: date, name: Holiday.extraName) }
        }
        return rules?.year(date.year).holiday(onDayNumber: n)
    }

    /// Every named day off in Gregorian year `year`, sorted by date (holidays on weekends included).
    public func holidays(in year: Int) -> [Holiday] {
        var list = (rules?.year(year).holidays ?? []).filter { overrides[$0.date.dayNumber] != true }
        for n in extraOff {
            let date = CivilDate(dayNumber: n)
            if date.year == year { list.append(Holiday(date: date, name: Holiday.extraName)) }
        }
        return list.sorted()
    }

    /// The first working day on or after `date`.
    public func nextWorkingDay(onOrAfter date: CivilDate) -> CivilDate {
        var day = date
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }
}

// MARK: - Equatable

extension WorkingCalendar: Hashable {
    /// Two calendars are equal when they have the same rules and choices and the same plan days.
    public static func == (a: WorkingCalendar, b: WorkingCalendar) -> Bool {
        a.rules?.choices == b.rules?.choices && (a.rules == nil) == (b.rules == nil) && a.overrides == b.overrides
    }

    /// Hashes the plan days and whether statutory rules apply.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rules == nil)
        hasher.combine(overrides)
    }
}
