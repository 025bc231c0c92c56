import WFCalendar
import WFCore
import WFJSON

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
    /// For a goal or prepare item: the unfinished `after:` dependencies it waits for.
    var waitingFor: [String] = []
    /// For a goal or prepare item: the due-soon window that applies to it.
    var warn: String?

    /// `{"id", "kind", "owner", "due", "status", "days_left", "workdays_left", "waiting_for", "warn", "actions"}`.
    var json: JSON {
        var fields: [(String, JSON)] = [
            ("id", .string(id)), ("kind", .string(kind.rawValue)), ("owner", owner.map { .string($0) } ?? .null),
            ("due", due.map { .string($0.iso) } ?? .null), ("status", .string(status)),
            ("days_left", daysLeft.map { .number(Double($0)) } ?? .null),
            ("workdays_left", workdaysLeft.map { .number(Double($0)) } ?? .null),
        ]
        if kind == .goal || kind == .prepare {
            fields.append(("waiting_for", .array(waitingFor.map { .string($0) })))
            fields.append(("warn", warn.map { .string($0) } ?? .null))
        }
        fields.append(("actions", .array(actions.map { .string($0) })))
        return .object(fields)
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
