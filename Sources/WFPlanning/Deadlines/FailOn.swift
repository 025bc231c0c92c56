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
        guard self != .never else { return [] }
        // By index: an item is a large value, and `filter` would copy each one to look at it.
        var failing: [ItemStatus] = []
        for index in items.indices where items[index].state == .overdue || (self == .dueSoon && items[index].state == .dueSoon) {
            failing.append(items[index])
        }
        return failing
    }
}
