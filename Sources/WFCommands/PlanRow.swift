import WFCalendar
import WFCore

/// One node of `wf plan`: what it is, where it stands as of the date, and what a run would do.
struct PlanRow: Sendable, Equatable {
    var id: String
    var kind: PlanGraph.Kind
    var owner: String?
    /// The due date (goals, prepare items) or the date (events, checkpoints); nil for steps.
    var due: CivilDate?
    /// The machine status: a deadline status, `upcoming`/`today`/`past`, a budget status, `pending`.
    var status: String
    /// The status in Vietnamese, for the text table.
    var statusText: String
    var daysLeft: Int?
    var workdaysLeft: Int?
    /// What a run as of the date would do, in Vietnamese.
    var actions: [String]

    /// `{"id", "kind", "owner", "due", "status", "days_left", "workdays_left", "actions"}`.
    var json: JSONValue {
        .object([
            ("id", .string(id)), ("kind", .string(kind.rawValue)), ("owner", owner.map { .string($0) } ?? .null),
            ("due", due.map { .string($0.iso) } ?? .null), ("status", .string(status)),
            ("days_left", daysLeft.map { .number(Double($0)) } ?? .null),
            ("workdays_left", workdaysLeft.map { .number(Double($0)) } ?? .null),
            ("actions", .array(actions.map { .string($0) })),
        ])
    }
}

extension PlanGraph.Kind {
    /// The kind in Vietnamese, for the text table.
    var vietnamese: String {
        switch self {
        case .goal: "nhiệm vụ"
        case .prepare: "chuẩn bị"
        case .event: "sự kiện"
        case .checkpoint: "mốc giải ngân"
        case .step: "bước"
        }
    }
}
