import Synchronization

/// The Vietnamese statutory calendar with the announced choices: one ``HolidayYear`` per year,
/// precomputed for 2020–2059 on first use (the years plans are written for; two centuries
/// cost start-up time every `wf` command pays), computed and cached under a lock for others.
///
/// Inside that window working days are also kept as a bit set with running counts, so that
/// `isWorking` is a bit test and counting working days between two dates takes constant time.
final class HolidayRules: Sendable {
    /// The years computed up front.
    static let window = 2020...2059

    /// The announced choices by year.
    let choices: [Int: YearChoices]
    private let table: [HolidayYear]
    private let others = Mutex<[Int: HolidayYear]>([:])
    /// Day number of the first day of the window.
    private let firstDay: Int
    /// Day number of the last day of the window.
    private let lastDay: Int
    /// Bit `i` is set when day `firstDay + i` is a working day.
    private let bits: [UInt64]
    /// `prefix[w]`: working days in words `0..<w` of `bits`.
    private let prefix: [Int]

    init(choices: [Int: YearChoices]) {
        self.choices = choices
        let table = HolidayRules.window.map { HolidayYear(year: $0, choices: choices[$0]) }
        let firstDay = CivilDate(checkedYear: HolidayRules.window.lowerBound, month: 1, day: 1).dayNumber
        let lastDay = CivilDate(checkedYear: HolidayRules.window.upperBound, month: 12, day: 31).dayNumber
        var bits = [UInt64](repeating: 0, count: (lastDay - firstDay) / 64 + 1)
        for (index, year) in table.enumerated() {
            let start = CivilDate(checkedYear: HolidayRules.window.lowerBound + index, month: 1, day: 1).dayNumber
            let end = CivilDate(checkedYear: HolidayRules.window.lowerBound + index, month: 12, day: 31).dayNumber
            for n in start...end where year.isWorking(dayNumber: n) {
                bits[(n - firstDay) >> 6] |= 1 << UInt64((n - firstDay) & 63)
            }
        }
        var prefix = [0]
        prefix.reserveCapacity(bits.count + 1)
        for word in bits { prefix.append((prefix.last ?? 0) + word.nonzeroBitCount) }
        self.table = table
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.bits = bits
        self.prefix = prefix
    }

    /// The statutory calendar with the shipped swaps of `vn-calendar.json`.
    static let vietnam = HolidayRules(choices: (try? CalendarData.shipped.rules()) ?? [:])

    /// The days off of Gregorian year `year`.
    func year(_ year: Int) -> HolidayYear {
        if HolidayRules.window.contains(year) { return table[year - HolidayRules.window.lowerBound] }
        if let cached = others.withLock({ $0[year] }) { return cached }
        let computed = HolidayYear(year: year, choices: choices[year])
        others.withLock { $0[year] = computed }
        return computed
    }

    /// True when day `n` is a working day.
    func isWorking(dayNumber n: Int) -> Bool {
        guard n >= firstDay && n <= lastDay else { return year(CivilDate(dayNumber: n).year).isWorking(dayNumber: n) }
        let index = n - firstDay
        return bits[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// Working days in `(a, b]` (day numbers).
    func countWorking(after a: Int, through b: Int) -> Int {
        guard b > a else { return 0 }
        var total = 0
        let before = firstDay - 1
        if a < before { total += countByYear(after: a, through: min(b, before)) }
        let low = max(a, before), high = min(b, lastDay)
        if high > low { total += workingThrough(high) - workingThrough(low) }
        if b > lastDay { total += countByYear(after: max(a, lastDay), through: b) }
        return total
    }

    /// Working days from the window's first day through day `n` (`firstDay - 1 ... lastDay`).
    private func workingThrough(_ n: Int) -> Int {
        guard n >= firstDay else { return 0 }
        let index = n - firstDay
        let word = index >> 6, bit = index & 63
        let mask: UInt64 = bit == 63 ? .max : (1 << UInt64(bit + 1)) - 1
        return prefix[word] + (bits[word] & mask).nonzeroBitCount
    }

    /// Working days in `(a, b]` year by year: weekdays, less weekdays off, plus working weekends.
    private func countByYear(after a: Int, through b: Int) -> Int {
        guard b > a else { return 0 }
        var count = Weekdays.count(after: a, through: b)
        for y in CivilDate(dayNumber: a + 1).year...CivilDate(dayNumber: b).year {
            let info = year(y)
            count -= Sorted.count(info.offWeekdays, after: a, through: b)
            count += Sorted.count(info.workWeekends, after: a, through: b)
        }
        return count
    }
}

/// Counting Monday–Friday days without walking through them.
enum Weekdays {
    /// Day number of a Monday (1969-12-29), the origin of ``upTo(_:)``.
    private static let monday = -3

    /// Weekdays in `(a, b]`.
    static func count(after a: Int, through b: Int) -> Int {
        b > a ? upTo(b) - upTo(a) : 0
    }

    /// Weekdays from the origin Monday through day `n` (a prefix count, valid for negative days too).
    private static func upTo(_ n: Int) -> Int {
        let days = n - monday + 1
        let weeks = ASCII.floorDiv(days, 7)
        return 5 * weeks + min(days - 7 * weeks, 5)
    }
}
