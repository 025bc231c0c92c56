/// The days off of one Gregorian year under the statutory rules, with the announced choices applied.
///
/// Rules (Labor Code 2019, Art. 112, and the codes before it):
/// - 1/1 Tết Dương lịch; 30/4; 1/5; 2/9 Quốc khánh.
/// - Tết Nguyên đán: 5 days (4 before 2013). The Prime Minister picks them each year; the
///   announced days come from the data file. Otherwise the default is the first 5 weekdays on
///   or after the day two days before Tết (28 or 29 tháng Chạp), which reproduces every
///   announcement from 2020 to 2026: the break runs from the weekend before Tết when Tết is
///   Monday–Wednesday, and takes in the one or two working days before Tết otherwise.
/// - Giỗ Tổ Hùng Vương, 10/3 lunar (since 2007).
/// - 2/9 plus one adjacent day (since 2021): from the data file, otherwise 3/9 when 2/9 is a
///   Thursday (bridging to the weekend, as in 2021) and 1/9 otherwise.
/// - A statutory day on a Saturday or Sunday (or on another holiday) gives a make-up day off,
///   "nghỉ bù", on the next weekday that is not already off.
/// - The data file's swaps: `off` weekdays and `work` days (make-up Saturdays).
struct HolidayYear: Sendable {
    /// Every named day off, weekends included, sorted by date.
    let holidays: [Holiday]
    /// Day numbers of weekdays that are off, sorted.
    let offWeekdays: [Int]
    /// Day numbers of Saturdays and Sundays that are working days, sorted.
    let workWeekends: [Int]

    init(year: Int, choices: YearChoices?) {
        let choices = choices ?? YearChoices()
        var statutory: [(date: CivilDate, name: String)] = []
        var named: [Int: Holiday] = [:]
        func name(_ date: CivilDate, _ label: String) {
            if named[date.dayNumber] == nil { named[date.dayNumber] = Holiday(date: date, name: label) }
        }
        func holiday(_ date: CivilDate, _ label: String) {
            statutory.append((date, label))
            name(date, label)
        }
        func day(_ month: Int, _ day: Int) -> CivilDate {
            CivilDate(checkedYear: year, month: month, day: day)
        }

        holiday(day(1, 1), Holiday.newYearName)

        let tet = choices.tet ?? HolidayYear.defaultTet(year)
        if let first = tet.min(), let last = tet.max() {
            for n in first.dayNumber...last.dayNumber { name(CivilDate(dayNumber: n), Holiday.tetName) }
            for date in tet.sorted() { statutory.append((date, Holiday.tetName)) }
        }
        if year >= 2007, let hungKings = LunarCalendar.solar(from: LunarDate(year: year, month: 3, day: 10)) {
            holiday(hungKings, Holiday.hungKingsName)
        }
        holiday(day(4, 30), Holiday.reunificationName)
        holiday(day(5, 1), Holiday.labourDayName)
        holiday(day(9, 2), Holiday.nationalDayName)
        if year >= 2021 {
            let nationalDay = choices.nationalDay ?? (day(9, 2).weekday == 4 ? day(9, 3) : day(9, 1))
            holiday(nationalDay, Holiday.nationalDayName)
        }
        for date in choices.off { name(date, Holiday.swapName) }

        // Make-up days, in date order, for statutory days on a weekend or on another holiday.
        let work = Set(choices.work.map(\.dayNumber))
        var seen: Set<Int> = []
        for (date, _) in statutory.sorted(by: { $0.date < $1.date }) {
            let n = date.dayNumber
            let firstTime = seen.insert(n).inserted
            guard date.isWeekend || !firstTime else { continue }
            var candidate = n + 1
            while CivilDate.weekday(ofDayNumber: candidate) >= 6 || named[candidate] != nil || work.contains(candidate) {
                candidate += 1
            }
            named[candidate] = Holiday(date: CivilDate(dayNumber: candidate), name: Holiday.makeUpName)
        }

        let off = named.values.filter { !work.contains($0.date.dayNumber) }.sorted()
        self.holidays = off
        self.offWeekdays = off.filter { !$0.date.isWeekend }.map(\.date.dayNumber)
        self.workWeekends = choices.work.filter(\.isWeekend).map(\.dayNumber).sorted()
    }

    /// The default Tết days: the first `count` weekdays from two days before Tết (see above).
    static func defaultTet(_ year: Int) -> [CivilDate] {
        let count = year >= 2013 ? 5 : 4
        var days: [CivilDate] = []
        var n = LunarCalendar.newYear(year).dayNumber - 2
        while days.count < count {
            if CivilDate.weekday(ofDayNumber: n) <= 5 { days.append(CivilDate(dayNumber: n)) }
            n += 1
        }
        return days
    }

    // MARK: - Queries

    /// True when day `dayNumber` (in this year) is a working day.
    func isWorking(dayNumber n: Int) -> Bool {
        CivilDate.weekday(ofDayNumber: n) >= 6 ? Sorted.contains(workWeekends, n) : !Sorted.contains(offWeekdays, n)
    }

    /// The named day off on day `dayNumber`, if any.
    func holiday(onDayNumber n: Int) -> Holiday? {
        var low = 0, high = holidays.count
        while low < high {
            let mid = (low + high) / 2
            if holidays[mid].date.dayNumber < n { low = mid + 1 } else { high = mid }
        }
        return low < holidays.count && holidays[low].date.dayNumber == n ? holidays[low] : nil
    }
}

/// Binary searches in sorted arrays of day numbers.
enum Sorted {
    /// True when the sorted `array` holds `value`.
    static func contains(_ array: [Int], _ value: Int) -> Bool {
        let index = lowerBound(array, value)
        return index < array.count && array[index] == value
    }

    /// How many elements of the sorted `array` are in `(after, through]`.
    static func count(_ array: [Int], after a: Int, through b: Int) -> Int {
        guard b > a, !array.isEmpty else { return 0 }
        return lowerBound(array, b + 1) - lowerBound(array, a + 1)
    }

    /// The index of the first element not less than `value`.
    static func lowerBound(_ array: [Int], _ value: Int) -> Int {
        var low = 0, high = array.count
        while low < high {
            let mid = (low + high) / 2
            if array[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
