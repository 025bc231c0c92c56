/// The colour of each status wherever a status is shown on a coloured ground: the HTML
/// report's badges and timeline, and the status cells of the spreadsheet export. One table,
/// so the report and the workbook cannot disagree.
///
/// Colours are six hex digits, upper case, without `#` (`C62828`); text on them is white.
/// Statuses without a colour (ongoing work, events) are shown on a plain ground.
public enum StatusColor {
    /// Green: done.
    public static let done = "2E7D32"
    /// Blue: on track.
    public static let onTrack = "1565C0"
    /// Orange: due soon, or disbursement behind the expected rate.
    public static let warning = "EF6C00"
    /// Red: overdue, or over budget.
    public static let late = "C62828"

    /// The colour of a deadline status; nil for ongoing work.
    public static func of(_ state: DeadlineState) -> String? {
        switch state {
        case .done: done
        case .onTrack: onTrack
        case .dueSoon: warning
        case .overdue: late
        case .ongoing: nil
        }
    }

    /// The colour of a budget status.
    public static func of(_ state: BudgetState) -> String {
        switch state {
        case .onTrack: onTrack
        case .below: warning
        case .overBudget: late
        }
    }

    /// Every coloured status by its machine value (`overdue`, `below`, …), for CSS classes and
    /// SVG fills: deadline statuses first, then the budget ones not already there.
    public static let byMachineValue: [(status: String, color: String)] = {
        var table = DeadlineState.allCases.compactMap { state in of(state).map { (state.rawValue, $0) } }
        for state in BudgetState.allCases where !table.contains(where: { $0.0 == state.rawValue }) {
            table.append((state.rawValue, of(state)))
        }
        return table
    }()

    /// The colour of the status with machine value `status`, as `#rrggbb` for CSS and SVG; nil
    /// for a status without a colour.
    public static func css(_ status: String) -> String? {
        byMachineValue.first { $0.status == status }.map { "#" + $0.color.lowercased() }
    }
}
