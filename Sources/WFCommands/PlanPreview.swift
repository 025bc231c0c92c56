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

    /// Every node, or with `unit` only the goals, prepare items, events and checkpoints that
    /// unit leads or is a partner of.
    init(_ compiled: CompiledPlan, snapshot: PlanSnapshot, unit: String? = nil) {
        self.snapshot = snapshot
        let words = PlanWording(lang: compiled.plan.lang)
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
                              statusText: "chờ chạy", daysLeft: nil, workdaysLeft: nil, actions: [])
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
                    row.product = item.product
                    row.group = item.group
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
                row.actions = ["kiểm tra hạn"]
            case .event:
                guard let event = snapshot.event(node.id) else { break }
                row.status = event.state.rawValue
                row.statusText = words.state(event.state)
                row.actions = Self.reminderActions(event, asOf: asOf)
            case .checkpoint:
                guard let status = snapshot.checkpoint(node.id) else { break }
                if let budget = status.budget {
                    row.status = budget.state.rawValue
                    row.statusText = words.state(budget.state)
                    row.actions = ["kiểm tra giải ngân"]
                } else {
                    let problem = status.problem ?? "không đọc được số liệu"
                    problems.append("checkpoint '\(node.id)': \(problem)")
                    row.status = "error"
                    row.statusText = "lỗi"
                    row.actions = ["kiểm tra giải ngân (sẽ lỗi: \(problem))"]
                }
            case .step:
                var action = "chạy: \(node.plugin)"
                if let condition = steps[node.id]?.condition?.value { action += " (nếu \(Self.bare(condition)))" }
                row.actions = [action]
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
    static func reminderActions(_ event: EventStatus, asOf: CivilDate) -> [String] {
        guard let reminder = event.reminders.current else { return [] }
        let words = DateWording(lang: .vi)
        var action = "gửi nhắc " + (PlanDuration.parse(reminder.offset).map(words.duration) ?? reminder.offset) + " trước sự kiện"
        let owners = event.recipients.compactMap(\.owner)
        action += owners.isEmpty ? " (in ra màn hình)" : " tới " + owners.joined(separator: ", ")
        if reminder.date < asOf { action += " (nếu chưa gửi từ \(reminder.date.vietnamese))" }
        return [action]
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
