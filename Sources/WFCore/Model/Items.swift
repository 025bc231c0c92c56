public import WFCalendar
public import WFDiagnostics

/// A key task (nhiệm vụ trọng tâm) with an owner and a due date.
public struct Goal: Sendable {
    public var id: Located<String>
    public var title: String
    public var due: Located<PlanDateTime>
    public var start: Located<PlanDateTime>?
    public var owner: Located<String>?
    public var after: [Located<String>]
    public var progress: Double?
    public var done: Bool
    public var kpi: KPI?
    public var description: String?
    /// The item's own due-soon window; nil for the plan's `warn:`.
    public var warn: Located<PlanDuration>?
    /// The whole item's range.
    public var range: SourceRange

    public init(
        id: Located<String>, title: String, due: Located<PlanDateTime>, start: Located<PlanDateTime>? = nil,
        owner: Located<String>? = nil, after: [Located<String>] = [], progress: Double? = nil,
        done: Bool = false, kpi: KPI? = nil, description: String? = nil, warn: Located<PlanDuration>? = nil,
        range: SourceRange
    ) {
        self.id = id
        self.title = title
        self.due = due
        self.start = start
        self.owner = owner
        self.after = after
        self.progress = progress
        self.done = done
        self.kpi = kpi
        self.description = description
        self.warn = warn
        self.range = range
    }
}

/// A key performance indicator of a goal.
public struct KPI: Sendable, Hashable {
    public var metric: String
    public var target: String?
    public var actual: String?
    public var unit: String?

    public init(metric: String, target: String? = nil, actual: String? = nil, unit: String? = nil) {
        self.metric = metric
        self.target = target
        self.actual = actual
        self.unit = unit
    }
}

/// When a prepare item is due: a date, or an offset from its event's date.
public enum DueSpec: Sendable, Hashable {
    case date(PlanDateTime)
    case relative(PlanDuration)
}

/// A goal whose due date may be relative to its event (`prepare:` under an event).
public struct PrepareItem: Sendable {
    public var id: Located<String>
    public var title: String
    public var due: Located<DueSpec>
    public var owner: Located<String>?
    public var after: [Located<String>]
    public var progress: Double?
    public var done: Bool
    public var description: String?
    /// The item's own due-soon window; nil for the plan's `warn:`.
    public var warn: Located<PlanDuration>?
    public var range: SourceRange

    public init(
        id: Located<String>, title: String, due: Located<DueSpec>, owner: Located<String>? = nil,
        after: [Located<String>] = [], progress: Double? = nil, done: Bool = false,
        description: String? = nil, warn: Located<PlanDuration>? = nil, range: SourceRange
    ) {
        self.id = id
        self.title = title
        self.due = due
        self.owner = owner
        self.after = after
        self.progress = progress
        self.done = done
        self.description = description
        self.warn = warn
        self.range = range
    }
}

/// A dated event, such as the National Digital Transformation Day, with reminders.
public struct Event: Sendable {
    public var id: Located<String>
    public var title: String
    public var date: Located<PlanDateTime>
    public var owner: Located<String>?
    public var after: [Located<String>]
    /// Offsets before the date at which reminders go out.
    public var remind: [Located<PlanDuration>]
    public var prepare: [PrepareItem]
    public var location: String?
    public var description: String?
    public var range: SourceRange

    public init(
        id: Located<String>, title: String, date: Located<PlanDateTime>, owner: Located<String>? = nil,
        after: [Located<String>] = [], remind: [Located<PlanDuration>] = [], prepare: [PrepareItem] = [],
        location: String? = nil, description: String? = nil, range: SourceRange
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.owner = owner
        self.after = after
        self.remind = remind
        self.prepare = prepare
        self.location = location
        self.description = description
        self.range = range
    }
}

/// Money allocated and spent, written inline or kept in a CSV file.
public struct Budget: Sendable, Hashable {
    public var allocated: Double?
    public var spent: Double?
    public var currency: String
    /// A CSV file (`item,allocated,spent`, optionally `date`) relative to the plan's folder.
    public var file: Located<String>?
    /// The budget's name: checkpoints whose budgets have the same name (or read the same file)
    /// are snapshots of one budget, never added up.
    public var name: String?
    public var range: SourceRange

    public init(allocated: Double? = nil, spent: Double? = nil, currency: String = "VND",
                file: Located<String>? = nil, name: String? = nil, range: SourceRange) {
        self.allocated = allocated
        self.spent = spent
        self.currency = currency
        self.file = file
        self.name = name
        self.range = range
    }
}

/// A budget disbursement checkpoint.
public struct Checkpoint: Sendable {
    public var id: Located<String>
    public var title: String
    public var date: Located<PlanDateTime>
    public var owner: Located<String>?
    public var after: [Located<String>]
    public var budget: Budget
    /// The disbursement rate expected by the date, 0...1.
    public var expect: Double?
    public var description: String?
    public var range: SourceRange

    public init(
        id: Located<String>, title: String, date: Located<PlanDateTime>, owner: Located<String>? = nil,
        after: [Located<String>] = [], budget: Budget, expect: Double? = nil,
        description: String? = nil, range: SourceRange
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.owner = owner
        self.after = after
        self.budget = budget
        self.expect = expect
        self.description = description
        self.range = range
    }
}
