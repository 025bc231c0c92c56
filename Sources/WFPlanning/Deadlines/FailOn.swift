/// When deadlines fail a run: a `deadline` step's `fail_on` input and `wf run --fail-on`
/// both decide with this one rule.
public enum FailOn: String, Sendable, CaseIterable {
    /// Never fail.
    case never
    /// Fail when an item is overdue (whatever it waits for).
    case overdue
    /// Fail when an item is overdue or due soon.
    case dueSoon = "due-soon"

    /// The items that make the node or the run fail.
    public func failing(_ items: [ItemStatus]) -> [ItemStatus] {
        switch self {
        case .never: return []
        case .overdue: return items.filter { $0.state == .overdue }
        case .dueSoon: return items.filter { $0.state == .overdue || $0.state == .dueSoon }
        }
    }
}
