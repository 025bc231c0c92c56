import Foundation
import WFCalendar
import WFCore
import WFExpressions
import WFPlanning

/// The parts of the expression contexts that do not change during a run: `vars`, `plan`,
/// `owners`, `run`, `secrets`, `env`, and each goal, event and checkpoint as of the run's date.
struct PlanValues: Sendable {
    var vars: ExpressionValue
    var plan: ExpressionValue
    var owners: ExpressionValue
    var run: ExpressionValue
    var secrets: ExpressionValue
    var environment: [String: ExpressionValue]
    /// Plan items as of the run's date, by id (goals include prepare items): the members of
    /// the tables in WFExpressions' `ExpressionMembers`. Goals are built when an expression
    /// names them (`snapshot.goalValue`), events and checkpoints, fewer, here.
    let snapshot: PlanSnapshot
    var events: [String: ExpressionValue]
    var checkpoints: [String: ExpressionValue]

    init(compiled: CompiledPlan, snapshot: PlanSnapshot, vars overrides: [String: String], runID: String,
         secrets: [String: String], environment: [String: String]) {
        let asOf = snapshot.asOf
        let plan = compiled.plan
        var vars: [String: ExpressionValue] = [:]
        for variable in plan.vars { vars[variable.name.value] = NodeValues.value(variable.value) }
        for (name, text) in overrides { vars[name] = NodeValues.plain(text) }
        self.vars = .object(vars)

        let period = plan.period?.value
        var planObject: [String: ExpressionValue] = [:]
        for member in PlanMember.allCases {
            planObject[member.rawValue] = switch member {
            case .name: .string(plan.name)
            case .period: period.map { .string($0.label) } ?? .null
            case .start: period.map { .string($0.start.iso) } ?? .null
            case .end: period.map { .string($0.end.iso) } ?? .null
            }
        }
        self.plan = .object(planObject)

        var owners: [String: ExpressionValue] = [:]
        for owner in plan.owners {
            var object: [String: ExpressionValue] = [:]
            for member in OwnerMember.allCases {
                object[member.rawValue] = switch member {
                case .id: .string(owner.id.value)
                case .name: .string(owner.name)
                case .head: owner.head.map(ExpressionValue.string) ?? .null
                case .notify: .array(owner.notify.map { .string($0.value) })
                }
            }
            owners[owner.id.value] = .object(object)
        }
        self.owners = .object(owners)
        var run: [String: ExpressionValue] = [:]
        for member in RunMember.allCases {
            run[member.rawValue] = switch member {
            case .asOf: .string(asOf.iso)
            case .id: .string(runID)
            }
        }
        self.run = .object(run)
        self.secrets = .object(secrets.mapValues(ExpressionValue.string))
        self.environment = environment.mapValues(ExpressionValue.string)

        // Goals, events and checkpoints as of the run's date, from the planning snapshot.
        self.snapshot = snapshot
        self.events = snapshot.eventValues()
        self.checkpoints = snapshot.checkpointValues(plan)
    }
}
