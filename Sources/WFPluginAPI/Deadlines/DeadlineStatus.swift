public import WFCore

/// The one deadline rule `deadline` nodes, `wf plan` and the `report` plugin share (it lives
/// here, not in the deadline plugin, because plugins depend on WFPluginAPI only).
///
/// As of a date, a goal or prepare item is:
/// - `done` when marked `done: true` or at progress 100%;
/// - `overdue` when its due date has passed (the due day itself is not overdue);
/// - `due-soon` when due within the warning window: working days of the plan's calendar for a
///   `wd` window (`5wd`: at most 5 working days in (as-of, due]), calendar days otherwise;
/// - `blocked` instead of `due-soon` or `overdue` when an `after:` dependency is not finished:
///   a goal or prepare item that is not done, or an event or checkpoint whose date is still ahead;
/// - `on-track` otherwise.
public enum DeadlineStatus {
    /// The default warning window: 5 working days.
    public static let defaultWarn = PlanDuration(amount: 5, unit: .workingDays)

    /// Every goal and prepare item of the plan, in declaration order, with its status as of `asOf`.
    ///
    /// - Parameters:
    ///   - items: only these ids (an event's id selects its prepare items); nil for all.
    ///   - owner: only items of this owner; nil for all.
    public static func evaluate(plan compiled: CompiledPlan, asOf: CivilDate, warn: PlanDuration = defaultWarn,
                                items: [String]? = nil, owner: String? = nil) -> [ItemStatus] {
        let graph = compiled.graph
        let facts = progressFacts(compiled.plan)
        var base: [Int: (state: DeadlineState, item: ItemStatus)] = [:]
        for (index, node) in graph.nodes.enumerated() where node.kind == .goal || node.kind == .prepare {
            guard let due = compiled.prepareDue[node.id] ?? node.date else { continue }
            let fact = facts[node.id] ?? (done: false, progress: nil)
            let state = baseState(due: due, done: fact.done, progress: fact.progress, asOf: asOf,
                                  warn: warn, calendar: compiled.calendar)
            let progress = fact.progress ?? (fact.done ? 1 : nil)
            let item = ItemStatus(id: node.id, kind: node.kind, title: node.title, owner: node.owner, due: due, state: state,
                                  daysLeft: asOf.days(until: due),
                                  workdaysLeft: compiled.calendar.workingDays(from: asOf, to: due), progress: progress)
            base[index] = (state, item)
        }
        let afterDependencies = afterEdges(graph)
        let selected = selection(items, graph: graph)
        let states = base.mapValues(\.state)
        var result: [ItemStatus] = []
        for index in graph.nodes.indices {
            guard var item = base[index]?.item else { continue }
            if let selected, !selected.contains(item.id) { continue }
            if let owner, item.owner != owner { continue }
            if item.state == .dueSoon || item.state == .overdue {
                let waiting = (afterDependencies[index] ?? []).filter { dependency in
                    isUnfinished(dependency, graph: graph, base: states, asOf: asOf)
                }
                if !waiting.isEmpty {
                    item.state = .blocked
                    item.blockedBy = waiting.map { graph.nodes[$0].id }
                }
            }
            result.append(item)
        }
        return result
    }

    /// The status of one item before dependencies are considered: done, overdue, due-soon or on-track.
    public static func baseState(due: CivilDate, done: Bool, progress: Double?, asOf: CivilDate,
                                 warn: PlanDuration = defaultWarn, calendar: WorkingCalendar) -> DeadlineState {
        if done || (progress ?? 0) >= 1 { return .done }
        if due < asOf { return .overdue }
        return isWithin(warn, from: asOf, to: due, calendar: calendar) ? .dueSoon : .onTrack
    }

    /// True when `due` (on or after `asOf`) falls within the window `warn` from `asOf`.
    /// The sign of `warn` is ignored; `h`, `m` and `s` windows count whole days of 24 hours.
    public static func isWithin(_ warn: PlanDuration, from asOf: CivilDate, to due: CivilDate,
                                calendar: WorkingCalendar) -> Bool {
        let window = abs(warn.amount)
        switch warn.unit {
        case .workingDays:
            return calendar.workingDays(from: asOf, to: due) <= window
        case .days, .weeks, .hours, .minutes, .seconds:
            let seconds = abs(warn.seconds ?? 0)
            return Double(asOf.days(until: due)) * 86_400 <= seconds
        }
    }

    // MARK: - Helpers

    /// `done:` and `progress:` of every goal and prepare item, by id.
    static func progressFacts(_ plan: Plan) -> [String: (done: Bool, progress: Double?)] {
        var facts: [String: (done: Bool, progress: Double?)] = [:]
        for goal in plan.goals { facts[goal.id.value] = (goal.done, goal.progress) }
        for event in plan.events {
            for item in event.prepare { facts[item.id.value] = (item.done, item.progress) }
        }
        return facts
    }

    /// For each node, the nodes its `after:` names.
    static func afterEdges(_ graph: PlanGraph) -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        for edge in graph.edges where edge.kind == .after { result[edge.from, default: []].append(edge.to) }
        return result
    }

    /// The ids `items:` selects, an event's id standing for its prepare items; nil selects all.
    static func selection(_ items: [String]?, graph: PlanGraph) -> Set<String>? {
        guard let items, !items.isEmpty else { return nil }
        var selected = Set(items)
        for node in graph.nodes where node.kind == .prepare {
            if let parent = node.parent, selected.contains(parent) { selected.insert(node.id) }
        }
        return selected
    }

    /// A dependency holds an item back while it is a goal or prepare item not done, or an event or
    /// checkpoint whose date is after `asOf`. Steps are not known before a run and never block.
    static func isUnfinished(_ index: Int, graph: PlanGraph, base: [Int: DeadlineState], asOf: CivilDate) -> Bool {
        let node = graph.nodes[index]
        switch node.kind {
        case .goal, .prepare: return base[index].map { $0 != .done } ?? false
        case .event, .checkpoint: return node.date.map { $0 > asOf } ?? false
        case .step: return false
        }
    }
}
