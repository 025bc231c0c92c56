public import Foundation
import WFCore

/// The budget CSV layout: UTF-8, a header row naming `item`, `allocated` and `spent`
/// (any order, any case; other columns ignored, a `note` column kept), one row per item. A
/// `date` (`ngày`) column makes the file a disbursement ledger: each checkpoint counts the rows
/// dated on or before its own date.
///
/// Amounts are whole numbers, plain (`1200000000`) or grouped with `.`, `,`, `_` or spaces
/// (`1.200.000.000`, `1,200,000,000`); an empty amount is 0. Fields may be quoted as RFC 4180
/// says. The separator is `,`, or `;` when the header has semicolons and no comma, as
/// spreadsheets in Vietnamese locales save. The Vietnamese headers `hạng mục`, `dự toán`
/// (or `được giao`) and `đã giải ngân` (or `giải ngân`, `đã chi`) are accepted too.
public enum BudgetCSV {
    /// Header names each column may have (compared lower-cased, spaces trimmed).
    static let headers: [String: [String]] = [
        "item": ["item", "hạng mục", "nội dung"],
        "allocated": ["allocated", "dự toán", "được giao", "kế hoạch vốn"],
        "spent": ["spent", "đã giải ngân", "giải ngân", "đã chi"],
        "note": ["note", "ghi chú"],
        "date": ["date", "ngày", "ngày giải ngân"],
    ]

    /// The lines of a budget CSV file; `name` is the file's name for messages. The one CSV reader
    /// every budget figure goes through.
    public static func parse(_ data: Data, name: String) throws -> [BudgetLine] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw BudgetError("budget file '\(name)' is not UTF-8 text; save it as CSV UTF-8")
        }
        let reader = CSVReader(delimiter: CSVReader.detectDelimiter(text))
        let records: [CSVReader.Record]
        do {
            records = try reader.records(text)
        } catch {
            throw BudgetError("budget file '\(name)' \(error.description)")
        }
        guard let header = records.first else {
            throw BudgetError("budget file '\(name)' is empty; it needs a header row 'item,allocated,spent'")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ key: String) -> Int? { names.firstIndex { headers[key]?.contains($0) == true } }
        guard let itemColumn = column("item"), let allocatedColumn = column("allocated"), let spentColumn = column("spent") else {
            let missing = ["item", "allocated", "spent"].filter { column($0) == nil }.map { "'\($0)'" }
            throw BudgetError("budget file '\(name)' needs the columns 'item', 'allocated' and 'spent' in its header; missing \(missing.joined(separator: ", "))")
        }
        let noteColumn = column("note")
        let dateColumn = column("date")
        return try records.dropFirst().map { record in
            func field(_ index: Int) -> String {
                index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : ""
            }
            func amount(_ index: Int, _ what: String) throws -> Double {
                let text = field(index)
                guard let value = parseAmount(text) else {
                    throw BudgetError("budget file '\(name)' line \(record.line): '\(what)' is '\(text)', not a whole amount such as 1.200.000.000")
                }
                return value
            }
            let note = noteColumn.map(field).flatMap { $0.isEmpty ? nil : $0 }
            var date: CivilDate?
            if let dateColumn, case let text = field(dateColumn), !text.isEmpty {
                guard let parsed = PlanDateTime.parse(text)?.date else {
                    throw BudgetError("budget file '\(name)' line \(record.line): 'date' is '\(text)', not a date such as 2024-06-30 or 30/06/2024")
                }
                date = parsed
            }
            return BudgetLine(item: field(itemColumn), allocated: try amount(allocatedColumn, "allocated"),
                              spent: try amount(spentColumn, "spent"), note: note, date: date)
        }
    }

    /// A whole amount: digits with optional `.`, `,`, `_` or space grouping and a leading `-`;
    /// an empty field is 0.
    public static func parseAmount(_ text: String) -> Double? {
        var digits = ""
        var negative = false
        for (index, character) in text.enumerated() {
            switch character {
            case "0"..."9": digits.append(character)
            case ".", ",", "_", " ", "\u{00A0}", "\u{202F}": continue
            case "-" where index == 0: negative = true
            default: return nil
            }
        }
        if digits.isEmpty { return negative ? nil : 0 }
        guard let value = Double(digits) else { return nil }
        return negative ? -value : value
    }
}

/// A budget that cannot be read: a file missing, not CSV, or with bad figures.
public struct BudgetError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
