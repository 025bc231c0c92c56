public import WFCalendar
public import WFDiagnostics

/// A key task (nhiệm vụ trọng tâm) with an owner and a due date.
public struct Goal: Sendable {
    public var id: Located<String>
    public var title: String
    /// The due date; nil for continuous work ("Thường xuyên"). A phrase's date is resolved on the
    /// plan's calendar when the plan is loaded.
    public var due: Located<PlanDateTime>?
    /// The deadline as written, when it is a phrase ("Quý II/2025").
    public var duePhrase: DeadlinePhrase?
    public var start: Located<PlanDateTime>?
    /// The lead unit (đơn vị chủ trì).
    public var owner: Located<String>?
    /// The partner units (đơn vị phối hợp).
    public var partners: [Located<String>]
    public var after: [Located<String>]
    public var progress: Double?
    public var done: Bool
    public var kpi: KPI?
    public var description: String?
    /// What the task delivers (sản phẩm): "Quyết định của UBND tỉnh", shown in reports.
    public var product: String?
    /// The group of the annex the task belongs to ("I. Hoàn thiện thể chế"), kept for reports.
    public var group: String?
    /// The item's own due-soon window; nil for the plan's `warn:`.
    public var warn: Located<PlanDuration>?
    /// For a recurring task: how often it comes back (`every: month`).
    public var every: Located<Recurrence>?
    /// For a recurring task: the occurrences marked finished (`done: [2025-01, 2025-02]`).
    public var doneOccurrences: [Located<String>] = []
    /// For a recurring task: one occurrence per period inside the plan's period, with its due
    /// date on the plan's calendar (filled when the plan is loaded).
    public var occurrences: [Occurrence] = []
    /// The whole item's range.
    public var range: SourceRange

    /// One occurrence of a recurring task.
    public struct Occurrence: Sendable, Hashable {
        public var period: Period
        public var due: CivilDate
        public var done: Bool

        public init(period: Period, due: CivilDate, done: Bool) {
            self.period = period
            self.due = due
            self.done = done
        }
    }

    public init(
        id: Located<String>, title: String, due: Located<PlanDateTime>?, duePhrase: DeadlinePhrase? = nil,
        start: Located<PlanDateTime>? = nil, owner: Located<String>? = nil, partners: [Located<String>] = [],
        after: [Located<String>] = [], progress: Double? = nil,
        done: Bool = false, kpi: KPI? = nil, description: String? = nil, warn: Located<PlanDuration>? = nil,
        every: Located<Recurrence>? = nil, doneOccurrences: [Located<String>] = [],
        product: String? = nil, group: String? = nil, range: SourceRange
    ) {
        self.product = product
        self.group = group
        self.every = every
        self.doneOccurrences = doneOccurrences
        self.id = id
        self.title = title
        self.due = due
        self.duePhrase = duePhrase
        self.start = start
        self.owner = owner
        self.partners = partners
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

    /// A target: a comparison (`>=`, `<=`, `≥`, `≤`, `>`, `<`, `=`; none means `>=`) and a number.
    public struct Target: Sendable, Hashable {
        public var comparison: String
        public var value: Double

        /// Reads `>= 80%`, `≥ 80%`, `<= 10`, `> 0`, `= 100%`, `90` (at least 90); nil otherwise.
        public static func parse(_ text: String) -> Target? {
            var rest = Substring(text.trimmingBlanks)
            var comparison = ">="
            for op in [">=", "<=", "≥", "≤", ">", "<", "="] where rest.hasPrefix(op) {
                comparison = op
                rest = rest.dropFirst(op.count)
                break
            }
            return KPI.number(String(rest)).map { Target(comparison: comparison, value: $0) }
        }

        /// True when `actual` meets the target.
        public func isMet(by actual: Double) -> Bool {
            switch comparison {
            case ">=", "≥": actual >= value
            case "<=", "≤": actual <= value
            case ">": actual > value
            case "<": actual < value
            default: actual == value
            }
        }
    }

    /// `12`, `12,5`, `80%` (as 80), `1.200` (as 1200 when a dot groups thousands).
    public static func number(_ text: String) -> Double? {
        var plain = text.trimmingBlanks
        if plain.hasSuffix("%") { plain.removeLast() }
        plain = plain.trimmingBlanks
        if plain.utf8.contains(UInt8(ascii: ",")) { plain = plain.replacing(".", with: "").replacing(",", with: ".") }
        guard !plain.isEmpty else { return nil }
        return Double(plain)
    }

    /// A value with the KPI's unit once: `62%` (a `%` unit already written), `12 hệ thống`.
    public func withUnit(_ value: String) -> String {
        guard let unit = unit?.trimmingCharacters(in: .whitespaces), !unit.isEmpty,
              !value.trimmingCharacters(in: .whitespaces).hasSuffix(unit) else { return value }
        return unit == "%" ? value + unit : value + " " + unit
    }
}

/// When a prepare item is due: a date, an offset from its event's date, or a phrase.
public enum DueSpec: Sendable, Hashable {
    case date(PlanDateTime)
    case relative(PlanDuration)
    case phrase(DeadlinePhrase)
}

/// A goal whose due date may be relative to its event (`prepare:` under an event).
public struct PrepareItem: Sendable {
    public var id: Located<String>
    public var title: String
    public var due: Located<DueSpec>
    /// The lead unit; default the event's owner.
    public var owner: Located<String>?
    /// The partner units (đơn vị phối hợp).
    public var partners: [Located<String>]
    public var after: [Located<String>]
    public var progress: Double?
    public var done: Bool
    public var description: String?
    /// The item's own due-soon window; nil for the plan's `warn:`.
    public var warn: Located<PlanDuration>?
    public var range: SourceRange

    public init(
        id: Located<String>, title: String, due: Located<DueSpec>, owner: Located<String>? = nil,
        partners: [Located<String>] = [], after: [Located<String>] = [], progress: Double? = nil, done: Bool = false,
        description: String? = nil, warn: Located<PlanDuration>? = nil, range: SourceRange
    ) {
        self.id = id
        self.title = title
        self.due = due
        self.owner = owner
        self.partners = partners
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
    /// The last day (or the end time) of an event that lasts more than a day or has an end.
    public var end: Located<PlanDateTime>?
    /// The lead unit.
    public var owner: Located<String>?
    /// The partner units (đơn vị phối hợp): they get the reminders too.
    public var partners: [Located<String>]
    public var after: [Located<String>]
    /// Offsets before the date at which reminders go out.
    public var remind: [Located<PlanDuration>]
    public var prepare: [PrepareItem]
    public var location: String?
    public var description: String?
    public var range: SourceRange

    public init(
        id: Located<String>, title: String, date: Located<PlanDateTime>, end: Located<PlanDateTime>? = nil,
        owner: Located<String>? = nil, partners: [Located<String>] = [],
        after: [Located<String>] = [], remind: [Located<PlanDuration>] = [], prepare: [PrepareItem] = [],
        location: String? = nil, description: String? = nil, range: SourceRange
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.end = end
        self.owner = owner
        self.partners = partners
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

    /// The currency of a budget without `currency:`.
    public static let defaultCurrency = "VND"

    public init(allocated: Double? = nil, spent: Double? = nil, currency: String = Budget.defaultCurrency,
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
    /// The date; a phrase's is resolved on the plan's calendar when the plan is loaded.
    public var date: Located<PlanDateTime>
    /// The date as written, when it is a phrase ("6 tháng đầu năm 2025").
    public var datePhrase: DeadlinePhrase?
    public var owner: Located<String>?
    /// The partner units (đơn vị phối hợp).
    public var partners: [Located<String>]
    public var after: [Located<String>]
    public var budget: Budget
    /// The disbursement rate expected by the date, 0...1.
    public var expect: Double?
    public var description: String?
    public var range: SourceRange

    public init(
        id: Located<String>, title: String, date: Located<PlanDateTime>, datePhrase: DeadlinePhrase? = nil,
        owner: Located<String>? = nil, partners: [Located<String>] = [],
        after: [Located<String>] = [], budget: Budget, expect: Double? = nil,
        description: String? = nil, range: SourceRange
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.datePhrase = datePhrase
        self.owner = owner
        self.partners = partners
        self.after = after
        self.budget = budget
        self.expect = expect
        self.description = description
        self.range = range
    }
}
