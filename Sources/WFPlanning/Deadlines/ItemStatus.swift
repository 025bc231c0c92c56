public import WFCore

/// One goal or prepare item with its deadline status as of a date: a row of the snapshot.
public struct ItemStatus: Sendable, Hashable {
    public var id: String
    /// `.goal` or `.prepare`.
    public var kind: PlanGraph.Kind
    public var title: String
    /// The lead unit's id (a prepare item without one takes its event's).
    public var owner: String?
    /// The partner units' ids (đơn vị phối hợp).
    public var partners: [String]
    /// For a prepare item: its event's id.
    public var event: String?
    /// The due date (a prepare item's resolved from its event's date); nil for continuous work
    /// ("Thường xuyên").
    public var due: CivilDate?
    /// The deadline as the plan writes it, when it is a phrase: "Quý II/2025".
    public var dueText: String?
    /// The due-soon window that applies: the item's own `warn:`, else the plan's.
    public var warn: PlanDuration
    public var state: DeadlineState
    /// Calendar days from the as-of date to the due date; negative when overdue; 0 without a due date.
    public var daysLeft: Int
    /// Working days in (as-of, due]; negative when overdue; 0 without a due date.
    public var workdaysLeft: Int
    /// Progress 0…1 as written; 1 for an item marked `done: true` without progress.
    public var progress: Double?
    /// For an item not done: the ids of its `after:` dependencies that are not finished (a goal or
    /// prepare item not done, an event or checkpoint still ahead). Shown beside the state, never
    /// instead of it.
    public var waitingFor: [String]
    public var description: String?
    /// What a goal delivers (sản phẩm), as the plan writes it.
    public var product: String?
    /// The annex group a goal belongs to ("I. Hoàn thiện thể chế").
    public var group: String?
    /// For a recurring task: the period of the occurrence the status is about (`2025-03`).
    public var period: String?
    /// For a recurring task: every occurrence with its own status.
    public var occurrences: [OccurrenceStatus] = []

    /// One occurrence of a recurring task as of the date.
    public struct OccurrenceStatus: Sendable, Hashable {
        /// `2025-03`, `2025-Q1`, `2025-H1`, `2025`.
        public var period: String
        public var due: CivilDate
        public var state: DeadlineState

        public init(period: String, due: CivilDate, state: DeadlineState) {
            self.period = period
            self.due = due
            self.state = state
        }
    }

    public init(id: String, kind: PlanGraph.Kind, title: String, owner: String? = nil, partners: [String] = [],
                event: String? = nil, due: CivilDate?, dueText: String? = nil, warn: PlanDuration = DeadlineRule.defaultWarn,
                state: DeadlineState, daysLeft: Int, workdaysLeft: Int, progress: Double? = nil, waitingFor: [String] = [],
                description: String? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.owner = owner
        self.partners = partners
        self.event = event
        self.due = due
        self.dueText = dueText
        self.warn = warn
        self.state = state
        self.daysLeft = daysLeft
        self.workdaysLeft = workdaysLeft
        self.progress = progress
        self.waitingFor = waitingFor
        self.description = description
    }

    /// True when the item is not done and waits for an unfinished dependency.
    public var isWaiting: Bool { state != .done && !waitingFor.isEmpty }

    /// Overdue or due soon while waiting for an unfinished dependency: the `waiting` count.
    public var isHeldUp: Bool { isWaiting && (state == .overdue || state == .dueSoon) }

    /// The item as the `items` output lists it: `{id, title, owner, partners, due, due_text,
    /// status, days_left, workdays_left, progress, waiting_for, warn}`; `due`, `days_left` and
    /// `workdays_left` are null for continuous work.
    public var outputValue: ExpressionValue {
        .object([
            "id": .string(id),
            "title": .string(title),
            "owner": owner.map { .string($0) } ?? .null,
            "partners": .array(partners.map { .string($0) }),
            "due": due.map { .string($0.iso) } ?? .null,
            "due_text": dueText.map { .string($0) } ?? .null,
            "status": .string(state.rawValue),
            "days_left": due == nil ? .null : .number(Double(daysLeft)),
            "workdays_left": due == nil ? .null : .number(Double(workdaysLeft)),
            "progress": progress.map { .number($0) } ?? .null,
            "waiting_for": .array(waitingFor.map { .string($0) }),
            "warn": .string(warn.description),
            "period": period.map { .string($0) } ?? .null,
            "product": product.map { .string($0) } ?? .null,
            "group": group.map { .string($0) } ?? .null,
        ])
    }
}
