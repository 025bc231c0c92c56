import Synchronization

/// The lunar months of a run of consecutive years, computed once with the astronomy of
/// ``LunarAstronomy`` and then looked up by day number or by lunar date.
///
/// A "suì" `Y` runs from the start of month 11 of year `Y-1` to the start of month 11 of `Y`;
/// it has 12 or 13 months. Months 11 and 12 at its start belong to lunar year `Y-1`.
struct LunarMonthTable: Sendable {
    /// One lunar month.
    struct Month: Sendable, Hashable {
        /// The day number (days since 1970-01-01) of the first day.
        let start: Int
        /// 29 or 30.
        let length: Int
        /// The lunar year the month belongs to.
        let year: Int
        /// 1…12.
        let month: Int
        /// True for the intercalary (leap) month, which repeats the number of the month before.
        let isLeap: Bool
    }

    /// Every month, in order, without gaps.
    let months: [Month]
    /// The lunar years whose months are all in the table.
    let completeYears: ClosedRange<Int>
    /// For each complete lunar year, the index of its month 1 in `months`.
    private let yearStarts: [Int]

    /// The months of suì `suis.lowerBound` through `suis.upperBound`.
    init(suis: ClosedRange<Int>) {
        let epoch = LunarAstronomy.julianDayOfEpoch
        let month11 = (suis.lowerBound - 1...suis.upperBound).map(LunarAstronomy.lunarMonth11)
        var months: [Month] = []
        for (index, sui) in suis.enumerated() {
            let a11 = month11[index], b11 = month11[index + 1]
            let k = LunarAstronomy.lunationIndex(startingOn: a11)
            var starts = [a11]
            while let last = starts.last, last < b11 {
                starts.append(LunarAstronomy.newMoonDay(k + starts.count))
            }
            starts[starts.count - 1] = b11  // guard against rounding: the suì ends exactly at b11
            let leapOffset = b11 - a11 > 365 ? LunarAstronomy.leapMonthOffset(a11) : Int.max
            for diff in 0..<(starts.count - 1) {
                var month = diff >= leapOffset ? diff + 10 : diff + 11
                if month > 12 { month -= 12 }
                months.append(Month(
                    start: starts[diff] - epoch, length: starts[diff + 1] - starts[diff],
                    year: month >= 11 && diff < 4 ? sui - 1 : sui, month: month, isLeap: diff == leapOffset))
            }
        }
        let complete = suis.lowerBound...(suis.upperBound - 1)
        var yearStarts: [Int] = []
        for (index, month) in months.enumerated() where month.month == 1 && !month.isLeap && complete.contains(month.year) {
            yearStarts.append(index)
        }
        // The end of the last complete year: its first month past it.
        yearStarts.append(months.firstIndex { $0.year > complete.upperBound } ?? months.count)
        self.months = months
        self.completeYears = complete
        self.yearStarts = yearStarts
    }

    /// The first day covered (day number).
    var firstDay: Int { months.first?.start ?? 0 }
    /// The day after the last day covered (day number).
    var endDay: Int { months.last.map { $0.start + $0.length } ?? 0 }

    /// The month holding day `dayNumber`, which must be covered by the table.
    func month(containing dayNumber: Int) -> Month {
        var low = 0, high = months.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if months[mid].start <= dayNumber { low = mid } else { high = mid - 1 }
        }
        return months[low]
    }

    /// The months of lunar year `year`, which must be one of ``completeYears``.
    func months(ofYear year: Int) -> ArraySlice<Month> {
        let index = year - completeYears.lowerBound
        return months[yearStarts[index]..<yearStarts[index + 1]]
    }

    // MARK: - Tables for any date

    /// Tables are computed on first use in blocks of 20 years and kept: a plan touches one or
    /// two blocks, so start-up does not pay for two centuries of astronomy.
    private static let blockYears = 20
    private static let blocks = Mutex<[Int: LunarMonthTable]>([:])

    /// The table of suì `20k…20k+20`: lunar years `20k…20k+19` and every day of Gregorian years
    /// `20k…20k+19`, where `k` is `year / 20` rounded down.
    static func block(holding year: Int) -> LunarMonthTable {
        let index = year >= 0 ? year / blockYears : (year - blockYears + 1) / blockYears
        if let table = blocks.withLock({ $0[index] }) { return table }
        let first = index * blockYears
        let table = LunarMonthTable(suis: first...(first + blockYears))
        blocks.withLock { $0[index] = table }
        return table
    }

    /// A table covering `dayNumber` (of Gregorian year `year`).
    static func covering(dayNumber: Int, year: Int) -> LunarMonthTable {
        let table = block(holding: year)
        if dayNumber >= table.firstDay && dayNumber < table.endDay { return table }
        return LunarMonthTable(suis: year...(year + 1))
    }

    /// A table holding every month of lunar year `year`.
    static func covering(lunarYear year: Int) -> LunarMonthTable {
        let table = block(holding: year)
        if table.completeYears.contains(year) { return table }
        return LunarMonthTable(suis: year...(year + 1))
    }
}
