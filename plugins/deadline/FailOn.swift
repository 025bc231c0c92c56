public import WFPluginAPI

/// When a `deadline` node fails: the `fail_on` input (and `wf run --fail-on`).
public enum FailOn: String, Sendable, CaseIterable {
    /// Never fail.
    case never
    /// Fail when an item's due date has passed (blocked items past their due date included).
    case overdue
    /// Fail when an item is overdue, due soon or blocked.
    case dueSoon = "due-soon"

    /// The items that make the node fail.
    public func failing(_ items: [ItemStatus]) -> [ItemStatus] {
        switch self {
        case .never: return []
        case .overdue: return items.filter(\.isPastDue)
        case .dueSoon: return items.filter { $0.state == .overdue || $0.state == .dueSoon || $0.state == .blocked }
        }
    }
}
