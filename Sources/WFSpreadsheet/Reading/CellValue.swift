import Foundation
public import WFCalendar

/// One cell's value as the spreadsheet keeps it.
public enum CellValue: Sendable, Hashable {
    case empty
    case text(String)
    case number(Double)
    /// A number in a date format, or a date cell: Excel serial dates become calendar dates.
    case date(CivilDate)
    case bool(Bool)

    /// The value as a planner reads it: text trimmed, whole numbers without `.0`, dates day first.
    public var text: String {
        switch self {
        case .empty: ""
        case .text(let text): text.trimmingSpaces
        case .number(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .date(let date): date.vietnamese
        case .bool(let value): value ? "TRUE" : "FALSE"
        }
    }

    /// True for an empty cell or one holding only spaces.
    public var isBlank: Bool { text.isEmpty }
}

/// One row of a sheet: its number as the spreadsheet shows it (the line for a CSV file) and its cells.
public struct SheetRow: Sendable, Hashable {
    public var number: Int
    public var cells: [CellValue]

    public init(number: Int, cells: [CellValue]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in 0-based `column`, empty past the row's end.
    public subscript(column: Int) -> CellValue {
        column >= 0 && column < cells.count ? cells[column] : .empty
    }

    /// True when every cell is blank.
    public var isBlank: Bool { cells.allSatisfy(\.isBlank) }
}

/// A sheet read into rows, merged cells already spread over the rows they span.
public struct SheetGrid: Sendable, Hashable {
    /// The sheet's name (the file name for a CSV file).
    public var name: String
    public var rows: [SheetRow]

    public init(name: String, rows: [SheetRow]) {
        self.name = name
        self.rows = rows
    }
}

/// Excel's day numbers: 1 is 1900-01-01 (with Lotus' 29/02/1900 that never was), or 0 is
/// 1904-01-01 in workbooks saved with the 1904 date system.
enum SerialDate {
    static func date(_ serial: Double, use1904: Bool) -> CivilDate? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let days = Int(serial.rounded(.down))
        if use1904 { return CivilDate(year: 1904, month: 1, day: 1)?.adding(days: days) }
        guard days >= 1 else { return nil }
        // Serial 60 is the 29/02/1900 Lotus invented; from 61 on the count is one day ahead.
        let base = CivilDate(year: 1899, month: 12, day: days >= 61 ? 30 : 31)
        return base?.adding(days: days)
    }
}
