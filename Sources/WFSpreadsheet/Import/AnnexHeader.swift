import Foundation
import WFCalendar

/// The columns of a task annex (phụ lục nhiệm vụ).
public enum AnnexColumn: String, Sendable, CaseIterable {
    case number, task, lead, partners, due, product, notes

    /// The header names of each column, folded (lower-case, without diacritics), Vietnamese and English.
    static let names: [AnnexColumn: [String]] = [
        .number: ["stt", "tt", "so tt", "so thu tu", "no", "no.", "#", "number"],
        .task: ["nhiem vu", "noi dung", "noi dung cong viec", "ten nhiem vu", "noi dung nhiem vu", "cong viec",
                "ten cong viec", "nhiem vu cu the", "task", "tasks", "title"],
        .lead: ["don vi chu tri", "co quan chu tri", "chu tri", "don vi thuc hien", "co quan thuc hien",
                "lead", "lead unit", "owner", "responsible"],
        .partners: ["don vi phoi hop", "co quan phoi hop", "phoi hop", "partners", "partner units", "partner", "support"],
        .due: ["thoi gian hoan thanh", "thoi han", "tien do", "thoi han hoan thanh", "thoi gian thuc hien",
               "thoi gian", "deadline", "due", "due date"],
        .product: ["san pham", "ket qua", "san pham dau ra", "hinh thuc san pham", "product", "output", "deliverable", "result"],
        .notes: ["ghi chu", "notes", "note", "remarks"],
    ]

    /// The column a header cell names, if any: `Đơn vị chủ trì`, `DON VI CHU TRI`, `Thời gian\nhoàn thành (dự kiến)`.
    static func named(_ header: String) -> AnnexColumn? {
        var folded = VietnameseFolding.fold(header)
        if let open = folded.firstIndex(of: "(") { folded = String(folded[..<open]) }
        let key = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            .trimming { ":*.".contains($0) || $0.isWhitespace }
        guard !key.isEmpty else { return nil }
        return allCases.first { names[$0]?.contains(key) == true }
    }
}

/// The header row of an annex and the column of each known name.
public struct AnnexHeader: Sendable, Equatable {
    /// The index of the header row in the grid's rows.
    public var rowIndex: Int
    /// The header's row number in the sheet.
    public var rowNumber: Int
    /// The 0-based column of each recognised name (the first one when a name repeats).
    public var columns: [AnnexColumn: Int]

    /// How many rows from the top the header may be on.
    public static let searchedRows = 15

    /// The row among the first 15 that names the task column and at least one of the lead unit
    /// and deadline columns (the one naming the most columns), or nil.
    public static func find(in grid: SheetGrid) -> AnnexHeader? {
        var best: AnnexHeader?
        for (index, row) in grid.rows.prefix(searchedRows).enumerated() {
            var columns: [AnnexColumn: Int] = [:]
            for (column, cell) in row.cells.enumerated() {
                guard case .text(let text) = cell, let name = AnnexColumn.named(text), columns[name] == nil else { continue }
                columns[name] = column
            }
            guard columns[.task] != nil, columns[.lead] != nil || columns[.due] != nil else { continue }
            if columns.count > (best?.columns.count ?? 0) {
                best = AnnexHeader(rowIndex: index, rowNumber: row.number, columns: columns)
            }
        }
        return best
    }

    /// The texts of the first 15 rows' cells, for a message when no header is found (at most 20).
    public static func seenHeaders(in grid: SheetGrid) -> [String] {
        var seen: [String] = []
        for row in grid.rows.prefix(searchedRows) {
            for cell in row.cells where !cell.isBlank {
                var text = cell.text.split(whereSeparator: \.isNewline).joined(separator: " ")
                if text.count > 40 { text = String(text.prefix(39)) + "…" }
                if !seen.contains(text) { seen.append(text) }
            }
        }
        return Array(seen.prefix(20))
    }
}
