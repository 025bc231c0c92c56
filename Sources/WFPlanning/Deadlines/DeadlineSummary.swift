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
        [
            "total": .number(Double(items.count)),
            "done": .number(Double(count(.done))),
            "on_track": .number(Double(count(.onTrack))),
            "due_soon": .number(Double(count(.dueSoon))),
            "overdue": .number(Double(count(.overdue))),
            "ongoing": .number(Double(count(.ongoing))),
            "waiting": .number(Double(waiting)),
            "blocked": .number(Double(waiting)),
            "items": .array(items.map(\.outputValue)),
        ]
    }
}
