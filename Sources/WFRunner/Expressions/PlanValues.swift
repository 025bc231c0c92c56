import Foundation
import WFCalendar
import WFCore
import WFExpressions

/// The parts of the expression contexts that do not change during a run: `vars`, `plan`,
/// `owners`, `run`, `secrets`, `env`, and what the plan says of each goal, event and checkpoint.
struct PlanValues: Sendable {
    var vars: ExpressionValue
    var plan: ExpressionValue
    var owners: ExpressionValue
    var run: ExpressionValue
    var secrets: ExpressionValue
    var environment: [String: ExpressionValue]
    /// Declared facts of plan items, by id (goals include prepare items).
    var goals: [String: [String: ExpressionValue]]
    var events: [String: [String: ExpressionValue]]
    var checkpoints: [String: [String: ExpressionValue]]

    init(compiled: CompiledPlan, vars overrides: [String: String], asOf: CivilDate, runID: String,
         secrets: [String: String], environment: [String: String]) {
        let plan = compiled.plan
        var vars: [String: ExpressionValue] = [:]
        for variable in plan.vars { vars[variable.name.value] = NodeValues.value(variable.value) }
        for (name, text) in overrides { vars[name] = NodeValues.plain(text) }
        self.vars = .object(vars)

        var planObject: [String: ExpressionValue] = ["name": .string(plan.name)]
        if let period = plan.period?.value {
            planObject["period"] = .string(period.label)
            planObject["start"] = .string(period.start.iso)
            planObject["end"] = .string(period.end.iso)
        } else {
            planObject["period"] = .null
            planObject["start"] = .null
            planObject["end"] = .null
        }
        self.plan = .object(planObject)

        var owners: [String: ExpressionValue] = [:]
        for owner in plan.owners {
            owners[owner.id.value] = .object([
                "id": .string(owner.id.value), "name": .string(owner.name),
                "head": owner.head.map(ExpressionValue.string) ?? .null,
                "notify": .array(owner.notify.map { .string($0.value) }),
            ])
        }
        self.owners = .object(owners)
        self.run = .object(["as_of": .string(asOf.iso), "id": .string(runID)])
        self.secrets = .object(secrets.mapValues(ExpressionValue.string))
        self.environment = environment.mapValues(ExpressionValue.string)

        func owner(_ id: Located<String>?) -> ExpressionValue { id.map { .string($0.value) } ?? .null }
        var goals: [String: [String: ExpressionValue]] = [:]
        for goal in plan.goals {
            goals[goal.id.value] = [
                "id": .string(goal.id.value), "title": .string(goal.title), "due": .string(goal.due.value.date.iso),
                "owner": owner(goal.owner), "progress": goal.progress.map(ExpressionValue.number) ?? .null,
                "done": .bool(goal.done),
            ]
        }
        var events: [String: [String: ExpressionValue]] = [:]
        for event in plan.events {
            events[event.id.value] = [
                "id": .string(event.id.value), "title": .string(event.title), "date": .string(event.date.value.date.iso),
                "owner": owner(event.owner),
            ]
            for item in event.prepare {
                let due = compiled.prepareDue[item.id.value].map { ExpressionValue.string($0.iso) } ?? .null
                goals[item.id.value] = [
                    "id": .string(item.id.value), "title": .string(item.title), "due": due,
                    "owner": owner(item.owner ?? event.owner), "progress": item.progress.map(ExpressionValue.number) ?? .null,
                    "done": .bool(item.done), "event": .string(event.id.value),
                ]
            }
        }
        var checkpoints: [String: [String: ExpressionValue]] = [:]
        for checkpoint in plan.checkpoints {
            checkpoints[checkpoint.id.value] = [
                "id": .string(checkpoint.id.value), "title": .string(checkpoint.title),
                "date": .string(checkpoint.date.value.date.iso), "owner": owner(checkpoint.owner),
                "allocated": checkpoint.budget.allocated.map(ExpressionValue.number) ?? .null,
                "spent": checkpoint.budget.spent.map(ExpressionValue.number) ?? .null,
                "currency": .string(checkpoint.budget.currency),
                "expect": checkpoint.expect.map(ExpressionValue.number) ?? .null,
            ]
        }
        self.goals = goals
        self.events = events
        self.checkpoints = checkpoints
    }
}
