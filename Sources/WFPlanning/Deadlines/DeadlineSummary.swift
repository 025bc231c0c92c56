/// Counts of items per deadline status.
public struct DeadlineSummary: Sendable, Hashable {
    public let items: [ItemStatus]
    /// Items per status, counted once.
    private let counts: [DeadlineState: Int]
    /// Items overdue or due soon that wait for an unfinished dependency.
    public let waiting: Int

    public init(_ items: [ItemStatus]) {
        self.items = items
        // By index: an item is a large value, and `for item in items` would copy each one.
        var counts: [DeadlineState: Int] = [:]
        var waiting = 0
        for index in items.indices {
            counts[items[index].state, default: 0] += 1
            if items[index].isHeldUp { waiting += 1 }
        }
        self.counts = counts
        self.waiting = waiting
    }

    /// The number of items with `state`.
    public func count(_ state: DeadlineState) -> Int { counts[state] ?? 0 }

    /// The outputs `total`, `done`, `on_track`, `due_soon`, `overdue`, `ongoing`, `waiting` (and
    /// `blocked`, its old name) and `items`.
    public var outputs: [String: ExpressionValue] {
        var values: [ExpressionValue] = []
        values.reserveCapacity(items.count)
        for index in items.indices { values.append(items[index].outputValue) }
        func number(_ state: DeadlineState) -> ExpressionValue { .number(Double(count(state))) }
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
