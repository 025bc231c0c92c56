/// Counts of items per deadline status.
public struct DeadlineSummary: Sendable, Hashable {
    public var items: [ItemStatus]

    public init(_ items: [ItemStatus]) {
        self.items = items
    }

    /// The number of items with `state`.
    public func count(_ state: DeadlineState) -> Int {
        items.count { $0.state == state }
    }

    /// Items overdue or due soon that wait for an unfinished dependency.
    public var waiting: Int { items.count(where: \.isHeldUp) }

    /// The outputs `total`, `done`, `on_track`, `due_soon`, `overdue`, `ongoing`, `waiting` (and
    /// `blocked`, its old name) and `items`.
    public var outputs: [String: ExpressionValue] {
        // One pass for every count, and each item's value made in the same pass.
        var counts: [DeadlineState: Int] = [:]
        var waiting = 0
        var values: [ExpressionValue] = []
        values.reserveCapacity(items.count)
        for item in items {
            counts[item.state, default: 0] += 1
            if item.isHeldUp { waiting += 1 }
            values.append(item.outputValue)
        }
        func number(_ state: DeadlineState) -> ExpressionValue { .number(Double(counts[state] ?? 0)) }
        return [
            "total": .number(Double(items.count)),
            "done": number(.done),
            "on_track": number(.onTrack),
            "due_soon": number(.dueSoon),
            "overdue": number(.overdue),
            "ongoing": number(.ongoing),
            "waiting": .number(Double(waiting)),
            "blocked": .number(Double(waiting)),
            "items": .array(values),
        ]
    }
}
