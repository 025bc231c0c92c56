import Foundation
import WFCalendar
import WFCore
import WFJSON
import WFPlanning

/// `wf plan`'s view of the planning snapshot: one row per node in run order, with what a run
/// as of the date would do. Every status comes from the snapshot, as the plugins report it.
struct PlanPreview: Sendable {
    var snapshot: PlanSnapshot
    var rows: [PlanRow]
    /// Problems found while computing (a budget file that cannot be read).
    var problems: [String]
    /// The unit the rows are filtered to (`--owner`), if any.
    var unit: String?
    /// The language of the text table and the actions.
    var language: Language

    /// Every node, or with `unit` only the goals, prepare items, events and checkpoints that
    /// unit leads or is a partner of.
    init(_ compiled: CompiledPlan, snapshot: PlanSnapshot, unit: String? = nil, language: Language) {
        self.snapshot = snapshot
        self.language = language
        let words = PlanWording(lang: language)
        let asOf = snapshot.asOf
        let calendar = compiled.calendar
        let steps = Dictionary(compiled.plan.steps.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        var rows: [PlanRow] = []
        rows.reserveCapacity(compiled.order.count)
        let partners = Self.partners(compiled.plan)
        let units = unit.map(snapshot.units(for:))
        for index in compiled.order {
            let node = compiled.graph.nodes[index]
            if let units, !(node.owner.map(units.contains) ?? false), !(partners[node.id] ?? []).contains(where: units.contains) { continue }
            var row = PlanRow(id: node.id, kind: node.kind, owner: node.owner, due: node.date, status: "pending",
                              statusText: PlanText.pending.message.text(language), daysLeft: nil, workdaysLeft: nil, actions: [])
            row.partners = partners[node.id] ?? []
            if let date = node.date {
                row.daysLeft = asOf.days(until: date)
                row.workdaysLeft = calendar.workingDays(from: asOf, to: date)
            }
            switch node.kind {
            case .goal, .prepare:
                if let item = snapshot.item(node.id) {
                    row.status = item.state.rawValue
                    row.statusText = words.state(item.state)
                    row.dueText = item.dueText
                    row.occurrences = item.occurrences
                    // The snapshot's due date: a recurring task's current occurrence, none for ongoing work.
                    row.due = item.due
                    row.daysLeft = item.due == nil ? nil : item.daysLeft
                    row.workdaysLeft = item.due == nil ? nil : item.workdaysLeft
                    if let kpi = snapshot.kpi(node.id) {
                        row.kpi = .object([
                            ("metric", .string(kpi.kpi.metric)), ("target", kpi.kpi.target.map { .string($0) } ?? .null),
                            ("actual", kpi.kpi.actual.map { .string($0) } ?? .null), ("unit", kpi.kpi.unit.map { .string($0) } ?? .null),
                            ("status", .string(kpi.judgement.rawValue)),
                        ])
                    }
                    row.waitingFor = item.waitingFor
                    if item.isWaiting { row.statusText += ", " + words.waiting(item) }
                    row.warn = item.warn.description
                }
                row.actions = [PlanText.checkDeadline.message.text(language)]
            case .event:
                guard let event = snapshot.event(node.id) else { break }
                row.status = event.state.rawValue
                row.statusText = words.state(event.state)
                row.actions = Self.reminderActions(event, asOf: asOf, language: language)
            case .checkpoint:
                guard let status = snapshot.checkpoint(node.id) else { break }
                if let budget = status.budget {
                    row.status = budget.state.rawValue
                    row.statusText = words.state(budget.state)
                    row.actions = [PlanText.checkBudget.message.text(language)]
                } else {
                    let problem = status.problem ?? PlanText.unreadableFigures.message.text(language)
                    problems.append(PlanText.checkpointProblem(id: node.id, problem: problem).text(language))
                    row.status = "error"
                    row.statusText = PlanText.statusError.message.text(language)
                    row.actions = [PlanText.checkBudgetWillFail(problem: problem).text(language)]
                }
            case .step:
                let condition = steps[node.id]?.condition?.value
                let action = condition.map { PlanText.runStepIf(plugin: node.plugin, condition: Self.bare($0)) }
                    ?? PlanText.runStep(plugin: node.plugin)
                row.actions = [action.text(language)]
            }
            rows.append(row)
        }
        self.rows = rows
        self.problems = problems
        self.unit = unit
    }

    /// Each item's partner units, by id.
    static func partners(_ plan: Plan) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for goal in plan.goals where !goal.partners.isEmpty { result[goal.id.value] = goal.partners.map(\.value) }
        for event in plan.events {
            if !event.partners.isEmpty { result[event.id.value] = event.partners.map(\.value) }
            for item in event.prepare where !item.partners.isEmpty { result[item.id.value] = item.partners.map(\.value) }
        }
        for checkpoint in plan.checkpoints where !checkpoint.partners.isEmpty {
            result[checkpoint.id.value] = checkpoint.partners.map(\.value)
        }
        return result
    }

    /// The reminder a run would send, and to whom.
    static func reminderActions(_ event: EventStatus, asOf: CivilDate, language: Language) -> [String] {
        guard let reminder = event.reminders.current else { return [] }
        let words = DateWording(lang: language)
        var action = PlanText.sendReminder(window: PlanDuration.parse(reminder.offset).map(words.duration) ?? reminder.offset)
        let owners = event.recipients.compactMap(\.owner)
        action = action.joined(owners.isEmpty ? PlanText.toConsole.message : PlanText.toOwners(owners: owners.joined(separator: ", ")),
                               separator: "")
        if reminder.date < asOf { action = action.joined(PlanText.ifNotSentSince(date: reminder.date.vietnamese), separator: "") }
        return [action.text(language)]
    }

    /// An `if:` condition without its `${{ }}`.
    static func bare(_ condition: String) -> String {
        var text = condition.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("${{"), text.hasSuffix("}}") {
            text = String(text.dropFirst(3).dropLast(2)).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// `{"as_of", "warn", "nodes": [...]}`.
    var json: JSON {
        .object([("as_of", .string(snapshot.asOf.iso)), ("warn", .string(snapshot.warn.description)),
                 ("nodes", .array(rows.map(\.json)))])
    }
}
