public import WFPluginAPI

/// Counts of items per deadline status, and the note a run's summary table shows.
public struct DeadlineSummary: Sendable, Hashable {
    public var items: [ItemStatus]

    public init(_ items: [ItemStatus]) {
        self.items = items
    }

    /// The number of items with `state`.
    public func count(_ state: DeadlineState) -> Int {
        items.count { $0.state == state }
    }

    /// `2 quá hạn, 1 sắp đến hạn, 5 đúng tiến độ`: non-zero counts, most urgent first.
    public var vietnamese: String {
        if items.isEmpty { return "không có nhiệm vụ nào" }
        return DeadlineState.byUrgency.compactMap { state in
            let n = count(state)
            return n > 0 ? "\(n) \(state.vietnamese)" : nil
        }.joined(separator: ", ")
    }

    /// The outputs `total`, `done`, `on_track`, `due_soon`, `overdue`, `blocked` and `items`.
    public var outputs: [String: ExpressionValue] {
        [
            "total": .number(Double(items.count)),
            "done": .number(Double(count(.done))),
            "on_track": .number(Double(count(.onTrack))),
            "due_soon": .number(Double(count(.dueSoon))),
            "overdue": .number(Double(count(.overdue))),
            "blocked": .number(Double(count(.blocked))),
            "items": .array(items.map(\.outputValue)),
        ]
    }
}
