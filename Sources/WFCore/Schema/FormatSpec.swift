public import WFJSON

/// The v1 format declared once: the decoder's known keys, closed sets of values and defaults,
/// the JSON Schema and the docs come from here.
public enum FormatSpec {
    /// The format version this wf reads (`wf: 1`).
    public static let version = 1
    /// The working-day calendars a plan names by a word (`calendar: vn`); anything else is a file.
    public static let calendarNames = ["vn", "none"]
    /// The calendar a `{base, off, work}` mapping extends.
    public static let calendarBases = ["vn"]
    /// The schemes of a notification channel (`mailto:`, `file:`…); `console` may stand alone.
    public static let channelSchemes = ["console", "file", "eml", "mailto", "http", "https", "owner"]

    /// The type of a field, as the JSON Schema describes it.
    public indirect enum FieldType: Sendable, Hashable {
        case string, integer, number, boolean, date, duration, percentage, id, idList, stringList
        /// The format version: only `FormatSpec.version`.
        case version
        /// One of a closed set of words; anything else is an error.
        case choice([String])
        /// Usual words offered to an editor; others are accepted too (aliases, custom commands).
        case suggested([String])
        /// The name of a plugin in the catalog (`uses:`).
        case plugin
        /// Notification channels: `console`, `file:PATH`, `mailto:ADDRESS`…
        case channels
        /// The same value as a plugin's input (a step's `shell:` is the shell plugin's).
        case pluginInput(plugin: String, input: String)
        /// A plugin input's type, once `pluginInput` is looked up in the catalog.
        case inputType(InputType)
        /// Text that may also be written as a plain number, such as a KPI's value 12.
        case text
        /// A date, or an offset from the event such as -10wd, or a deadline phrase.
        case dateOrOffset
        /// A date, or a deadline phrase such as "Quý II/2025" or "Thường xuyên".
        case deadline
        /// `true`/`false`, or a list of finished periods of a recurring task.
        case doneMarks
        /// A period: 2023, 2023-Q4, 2023-H2, 2023-10 or {start, end}.
        case period
        case calendar
        /// A mapping of names to scalars.
        case scalarMap
        /// A mapping of owner ids to owners.
        case owners
        /// Integer attempts or {attempts, backoff}.
        case retry
        case object(String)
        case list(String)
        /// A mapping of plugin inputs.
        case inputs
    }

    /// One key of a mapping in the format.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var type: FieldType
        public var required: Bool
        public var doc: String
        /// The value used when the key is left out, as JSON; nil when there is none to name.
        public var defaultValue: JSON?

        public init(_ name: String, _ type: FieldType, required: Bool = false, default defaultValue: JSON? = nil, _ doc: String) {
            self.name = name
            self.type = type
            self.required = required
            self.defaultValue = defaultValue
            self.doc = doc
        }
    }

    public static let top: [Field] = [
        Field("wf", .version, required: true, "Format version: 1."),
        Field("name", .string, required: true, "The plan's name, e.g. Kế hoạch Quý IV/2023."),
        Field("description", .string, "What the plan is for."),
        Field("period", .period, "The span the plan covers: 2023, 2023-Q4, 2023-H2, 2023-10 or {start, end}."),
        Field("timezone", .string, default: .string(Plan.defaultTimeZone), "IANA time zone of dates; default Asia/Ho_Chi_Minh."),
        Field("calendar", .calendar, default: .string(CalendarSpec.defaultName), "Working-day calendar: vn (default), none, a YAML file, or {base, off, work}."),
        Field("lang", .choice(Language.allCases.map(\.rawValue)), default: .string(Language.default.rawValue), "Language of generated text: vi (default) or en."),
        Field("warn", .duration, default: .string(Plan.defaultWarn.description), "The due-soon window of goals and prepare items: 5wd (default), 7d, 2w."),
        Field("vars", .scalarMap, "Named values for expressions: ${{ vars.NAME }}."),
        Field("owners", .owners, "Units responsible for items, and where their notifications go."),
        Field("goals", .list("goal"), "Key tasks with owners and due dates."),
        Field("events", .list("event"), "Dated events with reminders and preparation items."),
        Field("checkpoints", .list("checkpoint"), "Budget disbursement checkpoints."),
        Field("steps", .list("step"), "Explicit actions run through plugins or shell scripts."),
        Field("secrets", .stringList, "Names of environment variables holding secrets: ${{ secrets.NAME }}."),
    ]

    public static let owner: [Field] = [
        Field("name", .string, required: true, "The unit's name, e.g. Phòng Công nghệ thông tin."),
        Field("head", .string, "The person leading the unit."),
        Field("notify", .channels, "Channels: console:, file:PATH, eml:DIR, mailto:ADDRESS, http(s)://…, owner:ID."),
        Field("members", .idList, "For a group of units: the owners in it; notifying the group notifies each."),
        Field("email", .string, "The unit's mail address: .eml drafts for the unit are addressed to it."),
    ]

    static let itemCommon: [Field] = [
        Field("id", .id, required: true, "Unique slug: lower-case ASCII letters, digits and '-'."),
        Field("title", .string, required: true, "What the item is, in the plan's language."),
    ]

    public static let goal: [Field] = itemCommon + [
        Field("due", .deadline, required: true,
              "Due date: 2023-10-31, 31/10/2023, or a phrase: \"Quý II/2025\", \"Tháng 8/2026\", \"Trước 15/10/2025\", \"Chậm nhất 15/10/2025\", \"Năm 2025\", \"Thường xuyên\"."),
        Field("start", .date, "When work starts: where its bar begins in the Gantt chart and the report's timeline (without it, the day after its `after:` items, else the span its due phrase names, else the period's start)."),
        Field("owner", .id, "The lead unit's id (đơn vị chủ trì; see owners)."),
        Field("partners", .idList, "Partner units' ids (đơn vị phối hợp)."),
        Field("after", .idList, "Items this one comes after."),
        Field("progress", .percentage, "Progress so far, e.g. 40%."),
        Field("done", .doneMarks, default: false, "true when finished; for a recurring task, the finished periods: [2025-01, 2025-02]."),
        Field("every", .suggested(Recurrence.allCases.map(\.rawValue)), "A recurring task: month, quarter, half-year or year; due: N is then day N of each period's last month."),
        Field("kpi", .object("kpi"), "A key performance indicator."),
        Field("description", .string, "Details, shown in reports."),
        Field("warn", .duration, "This goal's due-soon window; default the plan's warn (5wd)."),
    ]

    public static let kpi: [Field] = [
        Field("metric", .string, required: true, "What is measured, e.g. Xếp hạng DTI."),
        Field("target", .text, "The target, e.g. \"<= 10\"."),
        Field("actual", .text, "The value reached so far."),
        Field("unit", .string, "The unit of measure."),
    ]

    public static let event: [Field] = itemCommon + [
        Field("date", .date, required: true, "The event's date, with an optional time: 2023-10-10T08:00."),
        Field("end", .date, "When it ends, for an event of several days or with an end time: 2023-10-12, 2023-10-10T11:30."),
        Field("owner", .id, "The lead unit's id (see owners)."),
        Field("partners", .idList, "Partner units' ids (đơn vị phối hợp): they get the reminders too."),
        Field("after", .idList, "Items this one comes after."),
        Field("remind", .list("duration"), "When reminders go out before the date: 14d, 3wd, 1d."),
        Field("prepare", .list("prepare"), "Preparation items, due relative to the event."),
        Field("location", .string, "Where it takes place."),
        Field("description", .string, "Details."),
    ]

    public static let prepare: [Field] = itemCommon + [
        Field("due", .dateOrOffset, required: true, "A date, an offset from the event (-10wd, -3d), or a phrase: \"Trước 15/10/2025\"."),
        Field("owner", .id, "The lead unit's id; default the event's owner."),
        Field("partners", .idList, "Partner units' ids (đơn vị phối hợp)."),
        Field("after", .idList, "Items this one comes after."),
        Field("progress", .percentage, "Progress so far, e.g. 40%."),
        Field("done", .boolean, default: false, "true when finished."),
        Field("description", .string, "Details, shown in reports."),
        Field("warn", .duration, "This item's due-soon window; default the plan's warn (5wd)."),
    ]

    public static let checkpoint: [Field] = itemCommon + [
        Field("date", .deadline, required: true, "The checkpoint's date, or a phrase: \"6 tháng đầu năm 2025\"."),
        Field("owner", .id, "The lead unit's id (see owners)."),
        Field("partners", .idList, "Partner units' ids (đơn vị phối hợp)."),
        Field("after", .idList, "Items this one comes after."),
        Field("budget", .object("budget"), required: true, "Allocated and spent amounts, inline or from a CSV file."),
        Field("expect", .percentage, "Disbursement rate expected by the date, e.g. 80%."),
        Field("description", .string, "Details."),
    ]

    public static let budget: [Field] = [
        Field("allocated", .number, "Amount allocated (1_200_000_000)."),
        Field("spent", .number, "Amount spent so far."),
        Field("currency", .string, default: .string(Budget.defaultCurrency), "Currency; default VND."),
        Field("file", .string, "A CSV file (item,allocated,spent, optionally date) relative to the plan."),
        Field("name", .string, "The budget's name: checkpoints with the same name (or file) are snapshots of one budget."),
    ]

    public static let step: [Field] = [
        Field("id", .id, required: true, "Unique slug: lower-case ASCII letters, digits and '-'."),
        Field("name", .string, "A readable name."),
        Field("uses", .plugin, "The plugin to run (`wf plugins` lists them)."),
        Field("run", .string, "A shell script (shorthand for uses: shell). Never put ${{ }} in it: use env."),
        Field("with", .inputs, "The plugin's inputs."),
        Field("needs", .idList, "Steps or plan items that must finish first."),
        Field("if", .string, "A condition: ${{ steps.x.outputs.overdue > 0 }}, failure(), always()."),
        Field("env", .scalarMap, "Environment variables for the step."),
        Field("continue-on-error", .boolean, default: false, "A failure does not fail the run or skip dependents."),
        Field("timeout", .duration, "Longest run time: 30s, 5m, 1h."),
        Field("retry", .retry, "Attempts in all (3), or {attempts, backoff}."),
        Field("shell", .pluginInput(plugin: "shell", input: "shell"), "The shell for run: bash (default), sh, python3, or a command with {0} for the script file."),
        Field("working-directory", .string, "Folder the script runs in, relative to the plan."),
    ]

    public static let retry: [Field] = [
        Field("attempts", .integer, required: true, "Attempts in all, the first included."),
        Field("backoff", .duration, "Wait before the second attempt; doubles after each failure."),
    ]

    public static let calendar: [Field] = [
        Field("base", .choice(FormatSpec.calendarBases), default: .string(CalendarSpec.defaultName), "The base calendar: vn."),
        Field("off", .list("date"), "Extra days off."),
        Field("work", .list("date"), "Extra working days (make-up Saturdays)."),
    ]

    public static let period: [Field] = [
        Field("start", .date, required: true, "First day."),
        Field("end", .date, required: true, "Last day."),
    ]

    /// Every object of the format by name, for the schema's definitions.
    public static let objects: [(name: String, fields: [Field])] = [
        ("plan", top), ("owner", owner), ("goal", goal), ("kpi", kpi), ("event", event), ("prepare", prepare),
        ("checkpoint", checkpoint), ("budget", budget), ("step", step), ("retry", retry), ("calendar", calendar),
        ("period", period),
    ]
}

extension Array where Element == FormatSpec.Field {
    /// The fields' names, in order.
    var names: [String] { map(\.name) }
    /// The required fields' names.
    var requiredNames: [String] { filter(\.required).map(\.name) }
}
