public import Foundation
import WFPlanning

/// A CSV file (UTF-8, with or without a byte-order mark, `,` or `;` between fields) read as one sheet.
public enum CSVSheet {
    /// The rows of `data`, numbered by the line each starts on; every cell is text.
    public static func read(_ data: Data, name: String) throws(SpreadsheetError) -> SheetGrid {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .malformedCSV(line: firstInvalidLine(data), reason: "it is not UTF-8 text")
        }
        let reader = CSVReader(delimiter: delimiter(text))
        let records: [CSVReader.Record]
        do {
            records = try reader.records(text)
        } catch {
            throw .malformedCSV(line: error.line, reason: error.message)
        }
        return SheetGrid(name: name, rows: records.map { record in
            SheetRow(number: record.line, cells: record.fields.map { field in
                field.allSatisfy(\.isWhitespace) ? .empty : .text(field)
            })
        })
    }

    /// `;` when the first lines that have a separator have more semicolons than commas outside
    /// quotes (spreadsheets in Vietnamese locales write `;`), else `,`.
    static func delimiter(_ text: String) -> Character {
        var commas = 0
        var semicolons = 0
        var quoted = false
        var lines = 0
        for character in text {
            if character == "\"" { quoted.toggle() }
            if quoted { continue }
            switch character {
            case ",": commas += 1
            case ";": semicolons += 1
            case "\n", "\r\n", "\r":
                lines += 1
                if lines >= 15 { return semicolons > commas ? ";" : "," }
            default: break
            }
        }
        return semicolons > commas ? ";" : ","
    }

    private static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(data: data[start..<index], encoding: .utf8) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
