import Foundation
import WFCalendar

/// Reads one worksheet part into rows: cell types, shared and inline strings, dates by style,
/// and merged cells spread down the rows they span.
struct XLSXSheetReader {
    let sharedStrings: [String]
    let styles: XLSXStyles
    let use1904: Bool

    /// A cell as it is being read.
    private struct PendingCell {
        var column: Int
        var type = "n"
        var style = 0
        var value = ""
    }

    mutating func read(_ xml: [UInt8]) throws(XMLPullParser.Failure) -> [SheetRow] {
        var parser = XMLPullParser(xml)
        var rows: [Int: [Int: CellValue]] = [:]
        var merges: [(top: Int, left: Int, bottom: Int)] = []
        var rowNumber = 0
        var nextColumn = 0
        var cell: PendingCell?
        var inValue = false
        var phonetic = false
        while let event = try parser.next() {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                switch name {
                case "row":
                    rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
                    nextColumn = 0
                case "c":
                    let column = attributes["r"].flatMap { Self.reference($0)?.column } ?? nextColumn
                    nextColumn = column + 1
                    var pending = PendingCell(column: column)
                    pending.type = attributes["t"] ?? "n"
                    pending.style = attributes["s"].flatMap(Int.init) ?? 0
                    if selfClosing { rows[rowNumber, default: [:]][column] = .empty } else { cell = pending }
                case "v", "t":
                    inValue = !selfClosing && cell != nil && !phonetic
                case "rPh":
                    phonetic = !selfClosing
                case "mergeCell":
                    if let range = attributes["ref"], let merge = Self.range(range) { merges.append(merge) }
                default:
                    break
                }
            case .text(let text) where inValue:
                cell?.value += text
            case .end(let name):
                switch name {
                case "v", "t": inValue = false
                case "rPh": phonetic = false
                case "c":
                    if let pending = cell { rows[rowNumber, default: [:]][pending.column] = value(of: pending) }
                    cell = nil
                default: break
                }
            default:
                break
            }
        }
        // A merged range shows its first cell's value on each of its rows (in its first column).
        // A range down a whole column stops at the sheet's last row.
        let lastRow = rows.keys.max() ?? 0
        for merge in merges where min(merge.bottom, lastRow) > merge.top {
            let value = rows[merge.top]?[merge.left] ?? .empty
            guard !value.isBlank else { continue }
            for row in (merge.top + 1)...min(merge.bottom, lastRow) where (rows[row]?[merge.left] ?? .empty).isBlank {
                rows[row, default: [:]][merge.left] = value
            }
        }
        return rows.keys.sorted().map { number in
            let cells = rows[number] ?? [:]
            let width = (cells.keys.max() ?? -1) + 1
            var values = [CellValue](repeating: .empty, count: width)
            for (column, value) in cells { values[column] = value }
            return SheetRow(number: number, cells: values)
        }
    }

    private func value(of cell: PendingCell) -> CellValue {
        let raw = cell.value
        switch cell.type {
        case "s":
            guard let index = Int(raw.trimmingSpaces), index >= 0, index < sharedStrings.count else { return .empty }
            return text(sharedStrings[index])
        case "inlineStr", "str", "e":
            return text(raw)
        case "b":
            return .bool(raw == "1" || raw == "true")
        case "d":
            return PlanDateTime.parse(String(raw.prefix(10))).map { .date($0.date) } ?? text(raw)
        default:
            guard let number = Double(raw.trimmingSpaces) else { return text(raw) }
            if styles.isDate(style: cell.style), let date = SerialDate.date(number, use1904: use1904) { return .date(date) }
            return .number(number)
        }
    }

    private func text(_ raw: String) -> CellValue {
        raw.allSatisfy(\.isWhitespace) ? .empty : .text(raw)
    }

    // MARK: - References

    /// `B12` → column 1 (0-based), row 12.
    static func reference(_ text: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var letters = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "A"..."Z" where row == 0:
                column = column * 26 + Int(scalar.value - 64)
                letters += 1
            case "a"..."z" where row == 0:
                column = column * 26 + Int(scalar.value - 96)
                letters += 1
            case "0"..."9":
                row = row * 10 + Int(scalar.value - 48)
            case "$":
                continue
            default:
                return nil
            }
        }
        guard letters > 0, letters <= 3, row > 0 else { return nil }
        return (column - 1, row)
    }

    /// `A3:A5` → its top row, left column and bottom row.
    static func range(_ text: String) -> (top: Int, left: Int, bottom: Int)? {
        let ends = text.split(separator: ":")
        guard ends.count == 2, let start = reference(String(ends[0])), let end = reference(String(ends[1])) else { return nil }
        return (min(start.row, end.row), min(start.column, end.column), max(start.row, end.row))
    }
}
