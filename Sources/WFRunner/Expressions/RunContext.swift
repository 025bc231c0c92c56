import Foundation
import WFCalendar
import WFCore
import WFExpressions
import WFPlanning

/// The expression contexts for one node at one moment of a run. Lookups build only the
/// members expressions need (`steps.a` builds step `a`, not every step), so evaluation
/// stays cheap on large graphs.
struct RunContext: EvaluationContext {
    let values: PlanValues
    let state: RunState
    let node: Int
    let asOf: CivilDate
    let calendar: WorkingCalendar
    /// The step's `env:` values already evaluated, visible as `env.NAME`.
    var stepEnv: [String: String] = [:]
    /// For each of goals/events/checkpoints/steps: the ids referred to, nil for all.
    var needed: [String: Set<String>?] = [:]

    func lookup(_ root: String) -> ExpressionValue? {
        switch root {
        case "vars": return values.vars
        case "plan": return values.plan
        case "owners": return values.owners
        case "run": return values.run
        case "secrets": return values.secrets
        case "env":
            guard !stepEnv.isEmpty else { return .object(values.environment) }
            return .object(values.environment.merging(stepEnv.mapValues(ExpressionValue.string)) { _, step in step })
        case "goals": return goals()
        case "events": return items(values.events, root: "events")
        case "checkpoints": return items(values.checkpoints, root: "checkpoints")
        case "steps": return steps()
        default: return nil
        }
    }

    func call(_ function: String, _ arguments: [ExpressionValue]) -> ExpressionValue? {
        switch function {
        case "success": return .bool(state.dependenciesSucceeded(node))
        case "failure": return .bool(!state.cancelled && state.dependencyFailed(node))
        case "always": return .bool(true)
        case "cancelled": return .bool(state.cancelled)
        case "days_until": return date(arguments.first).map { .number(Double(Self.daysUntil($0, from: asOf))) } ?? .null
        case "workdays_until":
            return date(arguments.first).map { .number(Double(Self.workdaysUntil($0, from: asOf, calendar: calendar))) } ?? .null
        case "date_vi": return date(arguments.first).map { .string(DateWording.document($0)) } ?? .null
        case "format_date":
            guard arguments.count == 2, let day = date(arguments[0]) else { return .null }
            return .string(DateWording.formatted(day, pattern: arguments[1].description))
        case "money_vi":
            guard let amount = arguments.first?.numberValue, amount.isFinite else { return .null }
            return .string(NumberWording.money(amount, arguments.count > 1 ? arguments[1].description : "VND"))
        default: return nil
        }
    }

    // MARK: - Dates

    /// Calendar days from `asOf` to `date`; negative when past.
    static func daysUntil(_ date: CivilDate, from asOf: CivilDate) -> Int {
        asOf.days(until: date)
    }

    /// Working days from `asOf` to `date` in the plan's calendar; negative when past.
    static func workdaysUntil(_ date: CivilDate, from asOf: CivilDate, calendar: WorkingCalendar) -> Int {
        calendar.workingDays(from: asOf, to: date)
    }

    private func date(_ value: ExpressionValue?) -> CivilDate? {
        guard let value, value != .null else { return nil }
        return PlanDateTime.parse(value.description)?.date
    }

    // MARK: - Items and steps

    private func wanted(_ root: String, _ ids: some Sequence<String>) -> [String] {
        if case .some(.some(let set)) = needed[root] { return Array(set) }
        return Array(ids)
    }

    /// Plan items as of the run's date (from the planning snapshot), only those referred to.
    private func items(_ values: [String: ExpressionValue], root: String) -> ExpressionValue {
        var object: [String: ExpressionValue] = [:]
        for id in wanted(root, values.keys) {
            if let value = values[id] { object[id] = value }
        }
        return .object(object)
    }

    /// Goals and prepare items as of the run's date, only those referred to.
    private func goals() -> ExpressionValue {
        guard case .some(.some(let ids)) = needed["goals"] else { return .object(values.snapshot.goalValues()) }
        var object: [String: ExpressionValue] = [:]
        for id in ids {
            if let value = values.snapshot.goalValue(id) { object[id] = value }
        }
        return .object(object)
    }

    private func steps() -> ExpressionValue {
        var object: [String: ExpressionValue] = [:]
        let ids = wanted("steps", state.graph.nodes.lazy.filter { $0.kind == .step }.map(\.id))
        for id in ids {
            guard let index = state.graph.index(of: id), let result = state.results[index] else { continue }
            object[id] = .object([
                "outputs": .object(result.outputs),
                "status": .string(result.status.rawValue),
                "outcome": .string(Self.actionsWord(result.status)),
                "conclusion": .string(result.tolerated ? "success" : Self.actionsWord(result.status)),
            ])
        }
        return .object(object)
    }

    /// GitHub Actions' word for a status, for `outcome` and `conclusion`.
    static func actionsWord(_ status: NodeStatus) -> String {
        switch status {
        case .succeeded: "success"
        case .failed: "failure"
        case .skipped: "skipped"
        case .cancelled: "cancelled"
        }
    }
}
