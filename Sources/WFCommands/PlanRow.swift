import WFCalendar
import WFCore
import WFJSON
import WFPlanning

/// One node of `wf plan`: what it is, where it stands as of the date, and what a run would do.
struct PlanRow: Sendable, Equatable {
    var id: String
    var kind: PlanGraph.Kind
    /// The lead unit.
    var owner: String?
    /// The partner units.
    var partners: [String] = []
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
    /// The deadline as the plan writes it, when it is a phrase: `Quý II/2025`.
    var dueText: String?
    /// For a goal with a KPI: `{metric, target, actual, unit, status}` (`met`, `not-met`, `unknown`).
    var kpi: JSON?
    /// For a recurring task: `[{period, due, status}]`.
    var occurrences: [ItemStatus.OccurrenceStatus] = []

    /// `{"id", "kind", "owner", "partners", "due", "due_text", "status", "days_left", "workdays_left",
    /// "waiting_for", "warn", "kpi", "actions"}`.
    var json: JSON {
        var fields: [(String, JSON)] = [
            ("id", .string(id)), ("kind", .string(kind.rawValue)), ("owner", owner.map { .string($0) } ?? .null),
            ("partners", .array(partners.map { .string($0) })),
            ("due", due.map { .string($0.iso) } ?? .null), ("due_text", dueText.map { .string($0) } ?? .null),
            ("status", .string(status)),
            ("days_left", daysLeft.map { .number(Double($0)) } ?? .null),
            ("workdays_left", workdaysLeft.map { .number(Double($0)) } ?? .null),
        ]
        if kind == .goal || kind == .prepare {
            fields.append(("waiting_for", .array(waitingFor.map { .string($0) })))
            fields.append(("warn", warn.map { .string($0) } ?? .null))
        }
        if let kpi { fields.append(("kpi", kpi)) }
        if !occurrences.isEmpty {
            fields.append(("occurrences", .array(occurrences.map { occurrence in
                .object([("period", .string(occurrence.period)), ("due", .string(occurrence.due.iso)),
                         ("status", .string(occurrence.state.rawValue))])
            })))
        }
        fields.append(("actions", .array(actions.map { .string($0) })))
        return .object(fields)
    }
}

extension PlanGraph.Kind {
    /// The kind in words, for the text table.
    var words: Message {
        switch self {
        case .goal: PlanText.kindGoal.message
        case .prepare: PlanText.kindPrepare.message
        case .event: PlanText.kindEvent.message
        case .checkpoint: PlanText.kindCheckpoint.message
        case .step: PlanText.kindStep.message
        }
    }
}
