public import WFCalendar
public import WFLocalization

/// A plan made from an annex, before it is written as YAML.
public struct AnnexPlan: Sendable {
    public var name: String
    /// The plan's period as written (`2025`), given or read from the annex; nil when unknown.
    public var period: String?
    public var owners: [Owner]
    /// Tasks and rows kept as comments, in the annex's order.
    public var entries: [Entry]
    /// Problems with a row number, in row order.
    public var warnings: [Warning]
    public var sheet: String
    public var headerRow: Int

    /// A unit: its id and its full name.
    public struct Owner: Sendable, Hashable {
        public var id: String
        public var name: String
    }

    /// A task or a row that could not become one.
    public enum Entry: Sendable, Hashable {
        case task(Task)
        /// A row kept as a comment: its number, why, and its cells as `header: text`.
        case kept(row: Int, reason: Message, cells: [Message])
    }

    /// When a task is due.
    public enum Due: Sendable, Hashable {
        case date(CivilDate)
        /// A phrase kept as written: `Quý II/2025`, `Thường xuyên`.
        case phrase(String)
        /// A recurring task: `every:` and the day of each period (`trước ngày 20`, or a day number),
        /// with the annex's text.
        case recurring(Recurrence, day: String, written: String)
    }

    /// One task (a goal of the plan).
    public struct Task: Sendable, Hashable {
        public var row: Int
        public var number: String?
        public var id: String
        public var title: String
        public var description: String?
        public var group: String?
        public var owner: String?
        public var partners: [String]
        public var due: Due
        public var product: String?
    }

    /// A warning about one row.
    public struct Warning: Sendable, Hashable {
        public var row: Int
        /// What is wrong with the row (`has no deadline; kept as a comment in the plan`).
        public var message: Message
    }

    public var tasks: [Task] {
        entries.compactMap { if case .task(let task) = $0 { task } else { nil } }
    }

    public var keptRows: Int {
        entries.count { if case .kept = $0 { true } else { false } }
    }

    public var groups: Int { Set(tasks.compactMap(\.group)).count }
}
