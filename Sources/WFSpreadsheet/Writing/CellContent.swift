public import WFCalendar

/// What a cell holds, typed: a spreadsheet reads numbers and dates as numbers, not as text.
public enum CellContent: Sendable, Hashable {
    case empty
    /// Text, written to the shared-string table.
    case text(String)
    /// A number; its style's format says how it reads (a percentage, money, a count).
    case number(Double)
    /// A day, written as its serial number (days since 1899-12-30) under a date format.
    case date(CivilDate)
    /// A day and a time of day, written as a serial with the time as a fraction of a day.
    case dateTime(CivilDate, hour: Int, minute: Int)

    /// `.text(text)`, or `.empty` when `text` is nil or empty.
    public static func text(_ text: String?) -> CellContent {
        guard let text, !text.isEmpty else { return .empty }
        return .text(text)
    }

    /// `.number(value)`, or `.empty` when `value` is nil.
    public static func number(_ value: Double?) -> CellContent {
        value.map(CellContent.number) ?? .empty
    }

    /// The serial number of `date` in the 1900 date system: 25569 is 1970-01-01.
    public static func serial(_ date: CivilDate) -> Int { date.dayNumber + 25_569 }
}

/// One cell: a value with a style.
public struct Cell: Sendable, Hashable {
    public var value: CellContent
    public var style: CellStyle

    public init(_ value: CellContent, style: CellStyle = CellStyle()) {
        self.value = value
        self.style = style
    }

    /// The characters the cell shows as under its format, for fitting column widths (an estimate):
    /// its longest line of text, a number's digits with separators, `70.8%`, `05/10/2023`.
    var displayWidth: Int {
        switch value {
        case .empty: return 0
        case .text(let text): return Self.lineLengths(text).max() ?? 0
        case .date: return 10
        case .dateTime: return 16
        case .number(let number):
            guard number.isFinite else { return 1 }
            switch style.format {
            case .percent: return String(Int((abs(number) * 100).rounded())).count + 4
            case .date: return 10
            case .dateTime: return 16
            case .general, .integer, .money:
                let digits = String(Int(abs(number).rounded())).count
                return digits + (style.format == .money ? (digits - 1) / 3 : 0) + (number < 0 ? 1 : 0)
            }
        }
    }

    /// The length of each line of `text` in Unicode scalars (a fair count of characters for
    /// Vietnamese in NFC, and much cheaper than counting graphemes).
    static func lineLengths(_ text: String) -> [Int] {
        var lengths: [Int] = []
        var length = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                lengths.append(length)
                length = 0
            } else {
                length += 1
            }
        }
        lengths.append(length)
        return lengths
    }
}
