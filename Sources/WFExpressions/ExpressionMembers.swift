/// One member of an expression context: its name, the type of its value and what it means.
///
/// The member tables below are the one list of what `${{ }}` may read: the reference checker
/// accepts exactly these names, the runtime computes a value for each (an exhaustive `switch`
/// over the table), and the docs' context table is written from them.
public protocol ExpressionMember: RawRepresentable<String>, CaseIterable, Sendable {
    /// The value's type, in the docs' words: `string`, `number`, `date`, `list`….
    var type: String { get }
    /// What the member holds.
    var doc: String { get }
}

extension ExpressionMember {
    /// Every member's name, in table order.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// `` `days_left` (number): … `` entries for the docs.
    public static var markdown: String {
        allCases.map { "`\($0.rawValue)` (\($0.type)): \($0.doc)" }.joined(separator: "; ")
    }
}

/// `plan.<member>`.
public enum PlanMember: String, ExpressionMember {
    case name, period, start, end

    public var type: String { self == .name || self == .period ? "string" : "date" }
    public var doc: String {
        switch self {
        case .name: "the plan's name"
        case .period: "`2023-Q4` or `START..END` (null without a period)"
        case .start: "the period's first day, ISO (null without a period)"
        case .end: "the period's last day, ISO (null without a period)"
        }
    }
}

/// `goals.<id>.<member>`: goals and prepare items, as of the run's date.
public enum GoalMember: String, ExpressionMember {
    case id, title, due, owner, event, status, progress, done
    case daysLeft = "days_left", workdaysLeft = "workdays_left", waitingFor = "waiting_for", warn, description
    case product, group

    public var type: String {
        switch self {
        case .id, .title, .owner, .event, .status, .warn, .description, .product, .group: "string"
        case .due: "date"
        case .progress, .daysLeft, .workdaysLeft: "number"
        case .done: "boolean"
        case .waitingFor: "list"
        }
    }

    public var doc: String {
        switch self {
        case .id: "the id"
        case .title: "the title"
        case .due: "the due date (ISO; a prepare item's resolved from its event)"
        case .owner: "the owner's id, or null (a prepare item without one: its event's)"
        case .event: "for a prepare item, its event's id; null for a goal"
        case .status: "`done`, `on-track`, `due-soon` or `overdue` as of the run's date"
        case .progress: "0…1, or null"
        case .done: "true when done (`done: true` or progress 100%)"
        case .daysLeft: "calendar days to the due date, negative when overdue"
        case .workdaysLeft: "working days to the due date, negative when overdue"
        case .waitingFor: "the ids of unfinished `after:` dependencies"
        case .warn: "the due-soon window that applies (`5wd`)"
        case .description: "the description, or null"
        case .product: "what the goal delivers (`product:`, sản phẩm), or null"
        case .group: "the annex group of the goal (`group:`), or null"
        }
    }
}

/// `events.<id>.<member>`.
public enum EventMember: String, ExpressionMember {
    case id, title, date, owner, status, location
    case daysLeft = "days_left", reminder

    public var type: String {
        switch self {
        case .id, .title, .owner, .status, .location, .reminder: "string"
        case .date: "date"
        case .daysLeft: "number"
        }
    }

    public var doc: String {
        switch self {
        case .id: "the id"
        case .title: "the title"
        case .date: "the date (ISO)"
        case .owner: "the owner's id, or null"
        case .status: "`upcoming`, `today` or `past` as of the run's date"
        case .location: "where it takes place, or null"
        case .daysLeft: "calendar days to the event, negative when past"
        case .reminder: "the reminder due as of the run's date (`3wd`), or null"
        }
    }
}

/// `checkpoints.<id>.<member>`: the checkpoint's budget as of the run's date.
public enum CheckpointMember: String, ExpressionMember {
    case id, title, date, owner, allocated, spent, rate, currency, expect, status, budget

    public var type: String {
        switch self {
        case .id, .title, .owner, .currency, .status, .budget: "string"
        case .date: "date"
        case .allocated, .spent, .rate, .expect: "number"
        }
    }

    public var doc: String {
        switch self {
        case .id: "the id"
        case .title: "the title"
        case .date: "the checkpoint's date (ISO)"
        case .owner: "the owner's id, or null"
        case .allocated: "the amount allocated (a CSV file's rows up to the date)"
        case .spent: "the amount spent (a CSV file's rows up to the date)"
        case .rate: "spent / allocated, 0 when nothing is allocated"
        case .currency: "the currency, `VND` by default"
        case .expect: "the disbursement rate expected by the date (0…1), or null"
        case .status: "`on-track`, `below` or `over-budget` (null when the budget cannot be read)"
        case .budget: "which budget it is a snapshot of (`file:…`, `name:…`, `checkpoint:ID`)"
        }
    }
}

/// `owners.<id>.<member>`.
public enum OwnerMember: String, ExpressionMember {
    case id, name, head, notify

    public var type: String { self == .notify ? "list" : "string" }
    public var doc: String {
        switch self {
        case .id: "the id"
        case .name: "the unit's name"
        case .head: "the person leading it, or null"
        case .notify: "its channels"
        }
    }
}

/// `run.<member>`.
public enum RunMember: String, ExpressionMember {
    case asOf = "as_of", id

    public var type: String { self == .asOf ? "date" : "string" }
    public var doc: String { self == .asOf ? "the run's date (ISO)" : "the run's id" }
}

/// `steps.<id>.<member>`.
public enum StepMember: String, ExpressionMember {
    case outputs, status, outcome, conclusion

    public var type: String { self == .outputs ? "object" : "string" }
    public var doc: String {
        switch self {
        case .outputs: "the outputs its plugin declares (`outputs.NAME`)"
        case .status: "`succeeded`, `failed`, `skipped` or `cancelled`"
        case .outcome: "GitHub Actions' word for the status: `success`, `failure`, `skipped`, `cancelled`"
        case .conclusion: "as `outcome`, but `success` for a tolerated failure (`continue-on-error`)"
        }
    }
}
