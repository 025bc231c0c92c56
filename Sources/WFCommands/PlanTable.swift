import WFCalendar
import WFCore
import WFPlanning

/// `wf plan`'s text output: a title line, an aligned table, and a summary.
///
/// Columns are measured in Characters, so Vietnamese text with diacritics lines up.
enum PlanTable {
    static let headers = ["ID", "LOẠI", "ĐƠN VỊ", "HẠN/NGÀY", "TRẠNG THÁI", "CÒN", "NGÀY LV", "VIỆC SẼ LÀM"]
    /// Columns aligned to the right (numbers).
    static let rightAligned: Set<Int> = [5, 6]

    static func render(_ preview: PlanPreview) -> String {
        let snapshot = preview.snapshot
        let words = PlanWording(lang: snapshot.lang)
        var out = "\(snapshot.name)\n"
        out += "Tính đến \(weekday(snapshot.asOf)), \(snapshot.asOf.vietnamese) · cảnh báo sắp đến hạn: \(DateWording(lang: .vi).duration(snapshot.warn))\n\n"
        let cells = preview.rows.map { row in
            [
                row.id, row.kind.vietnamese, ([row.owner ?? "—"] + row.partners.map { "+" + $0 }).joined(separator: " "),
                snapshot.item(row.id).map(words.deadline) ?? row.due?.vietnamese ?? "—", row.statusText,
                row.daysLeft.map(String.init) ?? "—", row.workdaysLeft.map(String.init) ?? "—",
                row.actions.isEmpty ? "—" : row.actions.joined(separator: "; "),
            ]
        }
        out += table([headers] + cells)
        out += "\n"
        let items = snapshot.items(owner: preview.unit)
        if !items.isEmpty {
            out += "Nhiệm vụ\(preview.unit.map { " của \($0)" } ?? ""): \(words.summary(DeadlineSummary(items)))\n"
        }
        let shown = Set(preview.rows.map(\.id))
        for budget in snapshot.budgets where shown.contains(budget.id) {
            out += "Giải ngân '\(budget.id)': \(words.line(budget))\n"
        }
        return out
    }

    /// Rows padded to each column's widest cell (in Characters); the last column is not padded.
    static func table(_ rows: [[String]]) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var out = ""
        for row in rows {
            var line = ""
            for (index, cell) in row.enumerated() {
                let isLast = index == row.count - 1
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                if rightAligned.contains(index) {
                    line += padding + cell
                } else {
                    line += isLast ? cell : cell + padding
                }
                if !isLast { line += "  " }
            }
            out += line + "\n"
        }
        return out
    }

    /// `thứ Năm`, `Chủ nhật`.
    static func weekday(_ date: CivilDate) -> String {
        DateWording(lang: .vi).weekday(date)
    }
}
