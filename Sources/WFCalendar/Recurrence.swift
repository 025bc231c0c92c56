/// How often a recurring task comes back: `every: month | quarter | half-year | year`.
public enum Recurrence: String, Sendable, Hashable, CaseIterable {
    case month
    case quarter
    case halfYear = "half-year"
    case year

    /// Reads `month`, `quarter`, `half-year`, `year`, or the Vietnamese `tháng`, `quý`,
    /// `6 tháng`, `năm` (with or without diacritics).
    public static func parse(_ text: String) -> Recurrence? {
        if let value = Recurrence(rawValue: text.lowercased()) { return value }
        switch VietnameseFolding.fold(text).split(separator: " ").joined(separator: " ") {
        case "thang", "hang thang": return .month
        case "quy", "hang quy": return .quarter
        case "6 thang", "nua nam", "half year", "halfyear": return .halfYear
        case "nam", "hang nam": return .year
        default: return nil
        }
    }

    /// The periods of this length that overlap `span`, in order: the months of a year plan,
    /// its quarters, its halves, or its years.
    public func periods(overlapping span: Period) -> [Period] {
        var result: [Period] = []
        var year = span.start.year
        var index = first(containing: span.start)
        while let period = period(year: year, index: index), period.start <= span.end {
            result.append(period)
            index += 1
            if index > count {
                index = 1
                year += 1
            }
        }
        return result
    }

    /// The period of this length labelled `label` (`2025-03`, `2025-Q1`, `2025-H1`, `2025`), or nil
    /// when the label is another length or not a period.
    public func period(labelled label: String) -> Period? {
        guard let period = Period.parse(label) else { return nil }
        return periods(overlapping: period).count == 1 && periods(overlapping: period).first == period ? period : nil
    }

    /// The forms of a period label for this length, for messages.
    public var labelForm: String {
        switch self {
        case .month: "2025-01"
        case .quarter: "2025-Q1"
        case .halfYear: "2025-H1"
        case .year: "2025"
        }
    }

    private var count: Int {
        switch self {
        case .month: 12
        case .quarter: 4
        case .halfYear: 2
        case .year: 1
        }
    }

    private func first(containing date: CivilDate) -> Int {
        switch self {
        case .month: date.month
        case .quarter: (date.month - 1) / 3 + 1
        case .halfYear: (date.month - 1) / 6 + 1
        case .year: 1
        }
    }

    private func period(year: Int, index: Int) -> Period? {
        guard year <= 9999 else { return nil }
        let y = String(year)
        switch self {
        case .month: return Period.parse("\(y)-\(index < 10 ? "0" : "")\(index)")
        case .quarter: return Period.parse("\(y)-Q\(index)")
        case .halfYear: return Period.parse("\(y)-H\(index)")
        case .year: return Period.parse(y)
        }
    }
}
