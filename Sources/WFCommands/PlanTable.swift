import WFCalendar
import WFCore
import WFPlanning
import WFRunner

/// `wf plan`'s text output: a title line, an aligned table, and a summary.
///
/// Columns are measured in Characters, so Vietnamese text with diacritics lines up.
enum PlanTable {
    static let headers: [PlanText] = [
        .headerID, .headerKind, .headerUnit, .headerDue, .headerStatus, .headerDaysLeft, .headerWorkdaysLeft, .headerActions,
    ]
    /// Columns aligned to the right (numbers).
    static let rightAligned: Set<Int> = [5, 6]

    static func render(_ preview: PlanPreview) -> String {
        let snapshot = preview.snapshot
        let language = preview.language
        let words = PlanWording(lang: language)
        let dates = DateWording(lang: language)
        var out = "\(snapshot.name)\n"
        out += PlanText.asOfLine(weekday: dates.weekday(snapshot.asOf), date: snapshot.asOf.vietnamese,
                                 window: dates.duration(snapshot.warn)).text(language) + "\n\n"
        let cells = preview.rows.map { row in
            [
                row.id, row.kind.words.text(language), ([row.owner ?? "—"] + row.partners.map { "+" + $0 }).joined(separator: " "),
                snapshot.item(row.id).map(words.deadline) ?? row.due?.vietnamese ?? "—", row.statusText,
                row.daysLeft.map(String.init) ?? "—", row.workdaysLeft.map(String.init) ?? "—",
                row.actions.isEmpty ? "—" : row.actions.joined(separator: "; "),
            ]
        }
        out += table([headers.map { $0.message.text(language) }] + cells)
        out += "\n"
        let items = snapshot.items(owner: preview.unit)
        if !items.isEmpty {
            let summary = words.summary(DeadlineSummary(items))
            let line = preview.unit.map { PlanText.goalsOfUnitSummary(unit: $0, summary: summary) } ?? PlanText.goalsSummary(summary: summary)
            out += line.text(language) + "\n"
        }
        let shown = Set(preview.rows.map(\.id))
        for budget in snapshot.budgets where shown.contains(budget.id) {
            out += PlanText.budgetLine(id: budget.id, line: words.line(budget)).text(language) + "\n"
        }
        return out
    }

    /// Rows padded to each column's widest cell (in Characters); the last column is not padded.
    static func table(_ rows: [[String]]) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        // Each cell's width counted once (Characters walk grapheme clusters), and the padding
        // appended in place: the plan of a large department has thousands of rows.
        let counts = rows.map { $0.map(TextFormatting.width) }
        var widths = [Int](repeating: 0, count: columns)
        for row in counts {
            for (index, count) in row.enumerated() { widths[index] = max(widths[index], count) }
        }
        var out = ""
        for (row, count) in zip(rows, counts) {
            for (index, cell) in row.enumerated() {
                let isLast = index == row.count - 1
                if rightAligned.contains(index) {
                    TextFormatting.appendSpaces(widths[index] - count[index], to: &out)
                    out += cell
                } else {
                    out += cell
                    if !isLast { TextFormatting.appendSpaces(widths[index] - count[index], to: &out) }
                }
                if !isLast { out += "  " }
            }
            out += "\n"
        }
        return out
    }
}
