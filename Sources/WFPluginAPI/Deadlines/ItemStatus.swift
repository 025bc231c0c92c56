public import WFCore

/// One goal or prepare item with its deadline status as of a date.
public struct ItemStatus: Sendable, Hashable {
    public var id: String
    /// `.goal` or `.prepare`.
    public var kind: PlanGraph.Kind
    public var title: String
    /// The owner's id (a prepare item without one takes its event's).
    public var owner: String?
    /// The due date (a prepare item's resolved from its event's date).
    public var due: CivilDate
    public var state: DeadlineState
    /// Calendar days from the as-of date to the due date; negative when overdue.
    public var daysLeft: Int
    /// Working days in (as-of, due]; negative when overdue.
    public var workdaysLeft: Int
    /// Progress 0…1 as written; 1 for an item marked `done: true` without progress.
    public var progress: Double?
    /// For a blocked item: the ids of the dependencies that are overdue or not done.
    public var blockedBy: [String]

    public init(id: String, kind: PlanGraph.Kind, title: String, owner: String? = nil, due: CivilDate,
                state: DeadlineState, daysLeft: Int, workdaysLeft: Int, progress: Double? = nil, blockedBy: [String] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.owner = owner
        self.due = due
        self.state = state
        self.daysLeft = daysLeft
        self.workdaysLeft = workdaysLeft
        self.progress = progress
        self.blockedBy = blockedBy
    }

    /// True when the due date is before the as-of date (also for a blocked item).
    public var isPastDue: Bool { state != .done && daysLeft < 0 }

    /// The item as the `items` output lists it:
    /// `{id, title, owner, due, status, days_left, workdays_left, progress}`.
    public var outputValue: ExpressionValue {
        .object([
            "id": .string(id),
            "title": .string(title),
            "owner": owner.map { .string($0) } ?? .null,
            "due": .string(due.iso),
            "status": .string(state.rawValue),
            "days_left": .number(Double(daysLeft)),
            "workdays_left": .number(Double(workdaysLeft)),
            "progress": progress.map { .number($0) } ?? .null,
        ])
    }

    /// How far the due date is, in Vietnamese: `còn 3 ngày làm việc`, `đến hạn hôm nay`, `quá hạn 5 ngày`.
    public var timeWording: String {
        if daysLeft < 0 { return "quá hạn \(-daysLeft) ngày" }
        if daysLeft == 0 { return "đến hạn hôm nay" }
        return "còn \(workdaysLeft) ngày làm việc"
    }

    /// One line for logs and single-item notes: `sắp đến hạn: còn 3 ngày làm việc (hạn 31/10/2023)`.
    public var vietnameseLine: String {
        switch state {
        case .done:
            return "hoàn thành (hạn \(due.vietnamese))"
        case .blocked:
            let names = blockedBy.map { "'\($0)'" }.joined(separator: ", ")
            return "bị chặn bởi \(names): \(timeWording) (hạn \(due.vietnamese))"
        case .overdue:
            return "\(timeWording) (hạn \(due.vietnamese))"
        case .onTrack, .dueSoon:
            return "\(state.vietnamese): \(timeWording) (hạn \(due.vietnamese))"
        }
    }
}
