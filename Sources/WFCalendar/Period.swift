/// The span a plan covers: a year, quarter, half-year, month, or explicit dates (both ends inclusive).
public struct Period: Sendable, Hashable {
    /// The first day of the period.
    public let start: CivilDate
    /// The last day of the period (inclusive).
    public let end: CivilDate
    /// `2023`, `2023-Q4`, `2023-H2`, `2023-10`, or `2023-10-01..2023-12-31` for explicit dates.
    public let label: String

    /// What kind of span the period is, for its Vietnamese name.
    enum Kind: Hashable {
        case year, quarter(Int), half(Int), month, explicit
    }

    let kind: Kind

    /// An explicit period from `start` to `end`, both inclusive (nothing is contained when end < start).
    public init(start: CivilDate, end: CivilDate) {
        self.init(start: start, end: end, kind: .explicit, label: "\(start.iso)..\(end.iso)")
    }

    init(start: CivilDate, end: CivilDate, kind: Kind, label: String) {
        self.start = start
        self.end = end
        self.kind = kind
        self.label = label
    }

    /// True when `date` is within the period, ends included.
    public func contains(_ date: CivilDate) -> Bool {
        start <= date && date <= end
    }

    /// The number of days in the period, ends included.
    public var dayCount: Int { max(0, start.days(until: end) + 1) }

    // MARK: - Parsing

    /// Parses `2023`, `2023-Q4`, `2023-H2`, `2023-10`, or `2023-10-01..2023-12-31` (its own explicit label).
    ///
    /// `Q` and `H` may be lower-case; the label is normalised to upper-case.
    public static func parse(_ text: String) -> Period? {
        let bytes = Array(text.utf8)
        // `2024-01-15..2024-03-31`: found in the bytes, not with Foundation's `range(of:)`
        // (this runs for every period of every recurring goal).
        if let dots = bytes.indices.dropLast().first(where: { bytes[$0] == UInt8(ascii: ".") && bytes[$0 + 1] == UInt8(ascii: ".") }) {
            guard let start = CivilDate.parse(String(decoding: bytes[..<dots], as: UTF8.self)),
                  let end = CivilDate.parse(String(decoding: bytes[(dots + 2)...], as: UTF8.self)), start <= end else { return nil }
            return Period(start: start, end: end)
        }
        guard bytes.count >= 4, let year = ASCII.number(bytes[0..<4]) else { return nil }
        if bytes.count == 4 {
            return span(year, 1, 12, kind: .year, label: ASCII.padded(year, 4))
        }
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
        let letter = bytes[5] | 0x20  // ASCII lower-case
        if letter == UInt8(ascii: "q"), let quarter = ASCII.number(bytes[6...]), (1...4).contains(quarter) {
            return span(year, quarter * 3 - 2, quarter * 3, kind: .quarter(quarter), label: "\(year)-Q\(quarter)")
        }
        if letter == UInt8(ascii: "h"), let half = ASCII.number(bytes[6...]), (1...2).contains(half) {
            return span(year, half * 6 - 5, half * 6, kind: .half(half), label: "\(year)-H\(half)")
        }
        guard let month = ASCII.number(bytes[5..<7]), (1...12).contains(month) else { return nil }
        return span(year, month, month, kind: .month, label: "\(ASCII.padded(year, 4))-\(ASCII.padded(month, 2))")
    }

    /// The period from the first day of `firstMonth` to the last day of `lastMonth` of `year`.
    private static func span(_ year: Int, _ firstMonth: Int, _ lastMonth: Int, kind: Kind, label: String) -> Period {
        Period(
            start: CivilDate(checkedYear: year, month: firstMonth, day: 1),
            end: CivilDate(checkedYear: year, month: lastMonth, day: CivilDate.daysInMonth(year: year, month: lastMonth)),
            kind: kind, label: label)
    }
}

// MARK: - Vietnamese

extension Period {
    /// The period as Vietnamese documents name it: `Quý IV/2023`, `6 tháng cuối năm 2023`,
    /// `năm 2023`, `tháng 10/2023`, `từ 01/10/2023 đến 31/12/2023`.
    public var vietnamese: String {
        switch kind {
        case .year: "năm \(start.year)"
        case .quarter(let q): "Quý \(["I", "II", "III", "IV"][q - 1])/\(start.year)"
        case .half(let h): "6 tháng \(h == 1 ? "đầu" : "cuối") năm \(start.year)"
        case .month: "tháng \(start.month)/\(start.year)"
        case .explicit: "từ \(start.vietnamese) đến \(end.vietnamese)"
        }
    }
}

// MARK: - Reporting periods

extension Period {
    /// The period of the same kind right after this one (`2025-Q2` → `2025-Q3`); for explicit
    /// dates, the same number of days after the end.
    public var next: Period {
        let day = end.adding(days: 1)
        switch kind {
        case .year: return Recurrence.year.periods(overlapping: Period(start: day, end: day))[0]
        case .quarter: return Recurrence.quarter.periods(overlapping: Period(start: day, end: day))[0]
        case .half: return Recurrence.halfYear.periods(overlapping: Period(start: day, end: day))[0]
        case .month: return Recurrence.month.periods(overlapping: Period(start: day, end: day))[0]
        case .explicit: return Period(start: day, end: day.adding(days: dayCount - 1))
        }
    }

    /// What one such period is called in Vietnamese: `quý`, `6 tháng`, `năm`, `tháng`, `kỳ`.
    public var unitVietnamese: String {
        switch kind {
        case .year: "năm"
        case .quarter: "quý"
        case .half: "6 tháng"
        case .month: "tháng"
        case .explicit: "kỳ"
        }
    }

    /// The period a report as of `date` covers by default, at the plan's reporting granularity:
    /// a quarter or month plan reports on itself; a year or half-year plan (or a plan without a
    /// period) on the quarter containing the date, kept inside the plan's period; a plan with
    /// explicit dates on itself.
    public static func reporting(asOf date: CivilDate, plan: Period?) -> Period {
        guard let plan else { return Recurrence.quarter.periods(overlapping: Period(start: date, end: date))[0] }
        switch plan.kind {
        case .quarter, .month, .explicit:
            return plan
        case .year, .half:
            let day = min(max(date, plan.start), plan.end)
            return Recurrence.quarter.periods(overlapping: Period(start: day, end: day))[0]
        }
    }
}
