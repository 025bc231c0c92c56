public import WFCalendar
public import WFDiagnostics
public import WFYAML

/// A decoded plan document (format v1), every part with its source range.
public struct Plan: Sendable {
    public var version: Int
    public var name: String
    public var description: String?
    public var period: Located<Period>?
    public var timezone: String
    public var calendar: CalendarSpec
    public var lang: Language
    /// The due-soon window of every goal and prepare item without its own `warn:`.
    public var warn: Located<PlanDuration>?
    public var vars: [Variable]
    public var owners: [Owner]
    public var goals: [Goal]
    public var events: [Event]
    public var checkpoints: [Checkpoint]
    public var steps: [Step]
    public var secrets: [Located<String>]
    /// The document's root node, for checks that walk every string.
    public var root: Node?

    public init(
        version: Int = 1, name: String = "", description: String? = nil,
        period: Located<Period>? = nil, timezone: String = Plan.defaultTimeZone,
        calendar: CalendarSpec = .vn(off: [], work: []), lang: Language = .default,
        vars: [Variable] = [], owners: [Owner] = [], goals: [Goal] = [], events: [Event] = [],
        checkpoints: [Checkpoint] = [], steps: [Step] = [], secrets: [Located<String>] = [],
        root: Node? = nil
    ) {
        self.version = version
        self.name = name
        self.description = description
        self.period = period
        self.timezone = timezone
        self.calendar = calendar
        self.lang = lang
        self.warn = nil
        self.vars = vars
        self.owners = owners
        self.goals = goals
        self.events = events
        self.checkpoints = checkpoints
        self.steps = steps
        self.secrets = secrets
        self.root = root
    }

    /// The default time zone of plans: Vietnam.
    public static let defaultTimeZone = "Asia/Ho_Chi_Minh"
    /// The due-soon window of a plan without `warn:`: five working days.
    public static let defaultWarn = PlanDuration(amount: 5, unit: .workingDays)
}

/// Which working-day calendar a plan counts with.
public enum CalendarSpec: Sendable, Hashable {
    /// The Vietnamese statutory calendar, extended by extra days off and working days.
    case vn(off: [CivilDate], work: [CivilDate])
    /// Calendar days only.
    case none
    /// A YAML file of `off:`/`work:` dates, relative to the plan's folder.
    case file(String)

    /// The calendar of a plan without `calendar:`, by name (one of `FormatSpec.calendarNames`).
    public static let defaultName = "vn"
}

/// A plan variable (`vars:`): a string, number or boolean.
public struct Variable: Sendable {
    public var name: Located<String>
    public var value: Node

    public init(name: Located<String>, value: Node) {
        self.name = name
        self.value = value
    }
}

/// A unit responsible for items, and where its notifications go.
public struct Owner: Sendable {
    public var id: Located<String>
    public var name: String
    public var head: String?
    public var notify: [Located<String>]
    /// For a group of units (e.g. "các sở, ngành"): the owners in it.
    public var members: [Located<String>]
    /// The unit's mail address: `.eml` drafts for it are addressed to it.
    public var email: Located<String>?

    public init(id: Located<String>, name: String, head: String? = nil, notify: [Located<String>] = [],
                members: [Located<String>] = [], email: Located<String>? = nil) {
        self.email = email
        self.id = id
        self.name = name
        self.head = head
        self.notify = notify
        self.members = members
    }
}
