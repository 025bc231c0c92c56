import Foundation
import BudgetPlugin
import DeadlinePlugin
import NotifyPlugin
import WFCalendar
import WFCore
import WFPluginAPI

/// The compiled plan as of a date: one row per node in run order, through the same rules
/// the `deadline`, `notify` and `budget` plugins apply.
struct PlanSnapshot: Sendable {
    var name: String
    var asOf: CivilDate
    var warn: PlanDuration
    var rows: [PlanRow]
    /// The deadline statuses of every goal and prepare item.
    var deadlines: [ItemStatus]
    /// The budget statuses of the checkpoints that could be read.
    var budgets: [BudgetResult]
    /// Problems found while computing (a budget file that cannot be read).
    var problems: [String]

    init(_ compiled: CompiledPlan, asOf: CivilDate, warn: PlanDuration) {
        self.name = compiled.plan.name
        self.asOf = asOf
        self.warn = warn
        let deadlines = DeadlineStatus.evaluate(plan: compiled, asOf: asOf, warn: warn)
        let deadlineByID = Dictionary(deadlines.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let reader = BudgetStatus.fileReader(baseDirectory: compiled.baseDirectory)
        var budgets: [String: BudgetResult] = [:]
        var budgetErrors: [String: String] = [:]
        var problems: [String] = []
        for checkpoint in compiled.plan.checkpoints {
            do {
                budgets[checkpoint.id.value] = try BudgetStatus.evaluate(checkpoint, asOf: asOf, read: reader)
            } catch {
                budgetErrors[checkpoint.id.value] = String(describing: error)
                problems.append("checkpoint '\(checkpoint.id.value)': \(error)")
            }
        }
        let events = Dictionary(compiled.plan.events.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let steps = Dictionary(compiled.plan.steps.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let calendar = compiled.calendar
        var rows: [PlanRow] = []
        for index in compiled.order {
            let node = compiled.graph.nodes[index]
            var row = PlanRow(id: node.id, kind: node.kind, owner: node.owner, due: node.date, status: "pending",
                              statusText: "chờ chạy", daysLeft: nil, workdaysLeft: nil, actions: [])
            if let date = node.date {
                row.daysLeft = asOf.days(until: date)
                row.workdaysLeft = calendar.workingDays(from: asOf, to: date)
            }
            switch node.kind {
            case .goal, .prepare:
                if let item = deadlineByID[node.id] {
                    row.status = item.state.rawValue
                    row.statusText = item.state.vietnamese
                }
                row.actions = ["kiểm tra hạn"]
            case .event:
                guard let event = events[node.id] else { break }
                Self.describe(event, owner: node.owner, asOf: asOf, calendar: calendar, into: &row)
            case .checkpoint:
                if let budget = budgets[node.id] {
                    row.status = budget.state.rawValue
                    row.statusText = budget.state.vietnamese
                    row.actions = ["kiểm tra giải ngân"]
                } else {
                    row.status = "error"
                    row.statusText = "lỗi"
                    row.actions = ["kiểm tra giải ngân (sẽ lỗi: \(budgetErrors[node.id] ?? "không đọc được số liệu"))"]
                }
            case .step:
                var action = "chạy: \(node.plugin)"
                if let condition = steps[node.id]?.condition?.value { action += " (nếu \(Self.bare(condition)))" }
                row.actions = [action]
            }
            rows.append(row)
        }
        self.rows = rows
        self.deadlines = deadlines
        self.budgets = compiled.plan.checkpoints.compactMap { budgets[$0.id.value] }
        self.problems = problems
    }

    /// An event's status (`upcoming`, `today`, `past`) and the reminder a run would send.
    static func describe(_ event: Event, owner: String?, asOf: CivilDate, calendar: WorkingCalendar, into row: inout PlanRow) {
        let date = event.date.value.date
        switch date {
        case asOf:
            (row.status, row.statusText) = ("today", "hôm nay")
        case let date where date > asOf:
            (row.status, row.statusText) = ("upcoming", "sắp diễn ra")
        default:
            (row.status, row.statusText) = ("past", "đã qua")
        }
        let reminders = ReminderSchedule(event: event, asOf: asOf, calendar: calendar)
        guard let reminder = reminders.current else { return }
        var action = "gửi nhắc \(reminder.offset) trước sự kiện"
        if let owner { action += " tới owner:\(owner)" }
        if reminder.date < asOf { action += " (nếu chưa gửi từ \(reminder.date.vietnamese))" }
        row.actions = [action]
    }

    /// An `if:` condition without its `${{ }}`.
    static func bare(_ condition: String) -> String {
        var text = condition.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("${{"), text.hasSuffix("}}") {
            text = String(text.dropFirst(3).dropLast(2)).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// `{"as_of", "nodes": [...]}`.
    var json: JSONValue {
        .object([("as_of", .string(asOf.iso)), ("nodes", .array(rows.map(\.json)))])
    }
}
