import Foundation
public import WFCore

/// The plan as of a date: every planning rule applied once, typed, read by every output.
///
/// Built once per (plan, as-of) by `wf run` (before any node runs), `wf plan`, `wf calendar`,
/// `wf status` and `wf history`; plugins read it through their invocation. Nothing here is a
/// string to be parsed back: states are enums, money is a number with its currency, dates are
/// ``CivilDate``s. ``PlanWording`` turns them into words.
public struct PlanSnapshot: Sendable {
    /// A checkpoint's budget as of the date, or why it could not be read.
    public struct CheckpointStatus: Sendable, Hashable {
        public var id: String
        public var budget: BudgetResult?
        /// Why the budget could not be read (a CSV file missing or malformed).
        public var problem: String?
    }

    public let name: String
    public let lang: Language
    public let asOf: CivilDate
    /// The plan's due-soon window (`warn:`, default 5wd); items may have their own.
    public let warn: PlanDuration
    /// Every goal and prepare item, in plan order.
    public let items: [ItemStatus]
    public let events: [EventStatus]
    /// Every checkpoint, in plan order.
    public let checkpoints: [CheckpointStatus]
    /// Every goal's KPI, in plan order.
    public let kpis: [KPIStatus]
    private let itemIndex: [String: Int]
    private let eventIndex: [String: Int]
    private let checkpointIndex: [String: Int]
    private let kpiIndex: [String: Int]
    /// For each owner in a group (`members:`), the groups it belongs to, directly or not.
    private let groups: [String: Set<String>]

    /// Applies the planning rules to `compiled` as of `asOf`; budget files are read through
    /// `read` (relative to the plan's folder by default). Linear in the plan's size.
    public init(_ compiled: CompiledPlan, asOf: CivilDate, read: BudgetRule.FileReader? = nil) {
        let plan = compiled.plan
        name = plan.name
        lang = plan.lang
        self.asOf = asOf
        warn = plan.warn?.value ?? DeadlineRule.defaultWarn
        let items = DeadlineRule.evaluate(compiled, asOf: asOf)
        self.items = items
        itemIndex = Self.index(items.map(\.id))

        var prepareByEvent: [String: [ItemStatus]] = [:]
        for index in items.indices {
            if let event = items[index].event { prepareByEvent[event, default: []].append(items[index]) }
        }
        events = plan.events.map {
            EventStatus($0, items: prepareByEvent[$0.id.value] ?? [], asOf: asOf, calendar: compiled.calendar)
        }
        eventIndex = Self.index(events.map(\.id))

        // Each budget file is read and parsed once, however many checkpoints share it.
        let reader = read ?? BudgetRule.fileReader(baseDirectory: compiled.baseDirectory)
        var files: [String: Result<[BudgetLine], BudgetError>] = [:]
        checkpoints = plan.checkpoints.map { checkpoint in
            if let file = checkpoint.budget.file?.value, files[file] == nil {
                files[file] = Result { try BudgetCSV.parse(try reader(file), name: file) }
                    .mapError { $0 as? BudgetError ?? BudgetError(String(describing: $0)) }
            }
            do {
                let budget = try BudgetRule.evaluate(checkpoint, asOf: asOf) { file in try files[file]?.get() ?? [] }
                return CheckpointStatus(id: checkpoint.id.value, budget: budget, problem: nil)
            } catch {
                return CheckpointStatus(id: checkpoint.id.value, budget: nil, problem: String(describing: error))
            }
        }
        checkpointIndex = Self.index(checkpoints.map(\.id))
        kpis = plan.goals.compactMap { goal in goal.kpi.map { KPIStatus(goal: goal.id.value, kpi: $0) } }
        kpiIndex = Self.index(kpis.map(\.goal))
        groups = Self.groups(plan.owners)
    }

    /// Each member's groups, followed through groups of groups (a loop is cut where it closes).
    private static func groups(_ owners: [Owner]) -> [String: Set<String>] {
        var direct: [String: [String]] = [:]
        for owner in owners {
            for member in owner.members { direct[member.value, default: []].append(owner.id.value) }
        }
        var result: [String: Set<String>] = [:]
        for member in direct.keys {
            var seen: Set<String> = []
            var queue = direct[member] ?? []
            while let group = queue.popLast() {
                guard seen.insert(group).inserted else { continue }
                queue += direct[group] ?? []
            }
            result[member] = seen
        }
        return result
    }

    /// The units that speak for `unit`: itself and every group it is a member of.
    public func units(for unit: String) -> Set<String> {
        (groups[unit] ?? []).union([unit])
    }

    // MARK: - Lookups

    /// The goal or prepare item `id`.
    public func item(_ id: String) -> ItemStatus? { itemIndex[id].map { items[$0] } }

    /// The event `id`.
    public func event(_ id: String) -> EventStatus? { eventIndex[id].map { events[$0] } }

    /// The checkpoint `id`.
    public func checkpoint(_ id: String) -> CheckpointStatus? { checkpointIndex[id].map { checkpoints[$0] } }

    /// The KPI of goal `id`, judged.
    public func kpi(_ id: String) -> KPIStatus? { kpiIndex[id].map { kpis[$0] } }

    /// The budgets that could be read, in plan order.
    public var budgets: [BudgetResult] { checkpoints.compactMap(\.budget) }

    /// Goals and prepare items `ids` selects (an event's id stands for its prepare items; all
    /// when nil or empty) that `unit` leads or is a partner of, itself or through a group it is a
    /// member of (all when nil), in plan order.
    public func items(selecting ids: [String]? = nil, owner unit: String? = nil) -> [ItemStatus] {
        var selected: Set<String>?
        if let ids, !ids.isEmpty { selected = Set(ids) }
        let units = unit.map(self.units(for:))
        if selected == nil && units == nil { return items }
        // By index: an item is a large value, and `filter` would copy each one to look at it.
        var chosen: [ItemStatus] = []
        for index in items.indices {
            if let selected, !selected.contains(items[index].id), !(items[index].event.map(selected.contains) ?? false) { continue }
            if let units, !(items[index].owner.map(units.contains) ?? false), !items[index].partners.contains(where: units.contains) { continue }
            chosen.append(items[index])
        }
        return chosen
    }

    /// What `--fail-on` (and a `deadline` step's `fail_on` over the same items) finds.
    public func failing(_ rule: FailOn, among ids: [String]? = nil) -> [ItemStatus] {
        rule.failing(items(selecting: ids))
    }

    /// The budget total over checkpoints `ids` selects (all when nil or empty): each budget's
    /// latest snapshot, never a sum of snapshots of one budget.
    public func budgetTotal(selecting ids: [String]? = nil, id: String, title: String) throws -> BudgetResult {
        var selected: Set<String>?
        if let ids, !ids.isEmpty { selected = Set(ids) }
        let results = budgets.filter { selected?.contains($0.id) ?? true }
        return try BudgetRule.total(results, asOf: asOf, id: id, title: title)
    }

    private static func index(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where index[id] == nil { index[id] = position }
        return index
    }
}
