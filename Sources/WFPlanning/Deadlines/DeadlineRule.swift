public import WFCore

/// The deadline rule, applied once per snapshot to every goal and prepare item.
///
/// As of a date, a goal or prepare item is:
/// - `done` when marked `done: true` or at progress 100%;
/// - `overdue` when its due date has passed (the due day itself is not overdue), whatever it waits for;
/// - `ongoing` for continuous work ("Thường xuyên", no due date): never overdue;
/// - `due-soon` when due within its warning window (the item's `warn:`, else the plan's, else
///   5wd): working days of the plan's calendar for a `wd` window (`5wd`: at most 5 working days
///   in (as-of, due]), calendar days otherwise;
/// - `on-track` otherwise.
///
/// Separately, an item not done *waits for* each `after:` dependency that is not finished: a
/// goal or prepare item not done, or an event or checkpoint whose date is still ahead.
public enum DeadlineRule {
    /// The default warning window: 5 working days.
    public static let defaultWarn = Plan.defaultWarn

    /// Every goal and prepare item of the plan, in graph (declaration) order, as of `asOf`.
    /// Linear in the plan's size.
    static func evaluate(_ compiled: CompiledPlan, asOf: CivilDate) -> [ItemStatus] {
        let graph = compiled.graph
        let plan = compiled.plan
        let planWarn = plan.warn?.value ?? defaultWarn
        var items: [ItemStatus] = []
        var position: [Int: Int] = [:]  // graph index → items index
        func add(_ index: Int?, _ item: ItemStatus) {
            guard let index else { return }
            position[index] = items.count
            items.append(item)
        }
        func make(id: String, kind: PlanGraph.Kind, title: String, owner: String?, partners: [Located<String>],
                  event: String?, due: CivilDate?, dueText: String?, warn: PlanDuration?, done: Bool, progress: Double?,
                  description: String?) -> ItemStatus {
            let window = warn ?? planWarn
            return ItemStatus(
                id: id, kind: kind, title: title, owner: owner, partners: partners.map(\.value), event: event,
                due: due, dueText: dueText, warn: window,
                state: state(due: due, done: done, progress: progress, asOf: asOf, warn: window, calendar: compiled.calendar),
                daysLeft: due.map { asOf.days(until: $0) } ?? 0,
                workdaysLeft: due.map { compiled.calendar.workingDays(from: asOf, to: $0) } ?? 0,
                progress: progress ?? (done ? 1 : nil), description: description)
        }
        for goal in plan.goals {
            guard goal.every != nil, !goal.occurrences.isEmpty else {
                add(graph.index(of: goal.id.value), make(
                    id: goal.id.value, kind: .goal, title: goal.title, owner: goal.owner?.value, partners: goal.partners,
                    event: nil, due: goal.due?.value.date, dueText: goal.duePhrase?.text, warn: goal.warn?.value,
                    done: goal.done, progress: goal.progress, description: goal.description))
                continue
            }
            // A recurring task: each occurrence has its status; the task's is that of its earliest
            // unfinished occurrence whose period has started (else the next one; done when all are).
            let window = goal.warn?.value ?? planWarn
            let occurrences = goal.occurrences.map { occurrence in
                ItemStatus.OccurrenceStatus(
                    period: occurrence.period.label, due: occurrence.due,
                    state: state(due: occurrence.due, done: occurrence.done, progress: nil, asOf: asOf, warn: window,
                                 calendar: compiled.calendar))
            }
            let open = goal.occurrences.indices.filter { !goal.occurrences[$0].done }
            let current = open.first { goal.occurrences[$0].period.start <= asOf } ?? open.first
            let shown = goal.occurrences[current ?? goal.occurrences.count - 1]
            var item = make(
                id: goal.id.value, kind: .goal, title: goal.title, owner: goal.owner?.value, partners: goal.partners,
                event: nil, due: shown.due, dueText: goal.duePhrase.map { "\(shown.period.vietnamese), \($0.text)" },
                warn: goal.warn?.value, done: current == nil || goal.done, progress: current == nil ? nil : goal.progress,
                description: goal.description)
            item.period = shown.period.label
            item.occurrences = occurrences
            add(graph.index(of: goal.id.value), item)
        }
        for event in plan.events {
            for item in event.prepare {
                let due: CivilDate
                var dueText: String?
                switch item.due.value {
                case .date(let date): due = date.date
                case .relative(let offset):
                    due = compiled.prepareDue[item.id.value] ?? compiled.calendar.offset(event.date.value.date, by: offset)
                case .phrase(let phrase):
                    due = compiled.prepareDue[item.id.value] ?? phrase.due(on: compiled.calendar) ?? event.date.value.date
                    dueText = phrase.text
                }
                add(graph.index(of: item.id.value), make(
                    id: item.id.value, kind: .prepare, title: item.title, owner: (item.owner ?? event.owner)?.value,
                    partners: item.partners, event: event.id.value, due: due, dueText: dueText, warn: item.warn?.value,
                    done: item.done, progress: item.progress, description: item.description))
            }
        }
        // What each item waits for: its `after:` edges to unfinished nodes.
        for edge in graph.edges where edge.kind == .after {
            guard let at = position[edge.from], items[at].state != .done,
                  isUnfinished(edge.to, graph: graph, items: items, position: position, asOf: asOf) else { continue }
            items[at].waitingFor.append(graph.nodes[edge.to].id)
        }
        // Declaration order as the graph numbers nodes.
        return position.sorted { $0.key < $1.key }.map { items[$0.value] }
    }

    /// The status of one item: done, ongoing (no due date), overdue, due-soon or on-track.
    public static func state(due: CivilDate?, done: Bool, progress: Double?, asOf: CivilDate,
                             warn: PlanDuration = defaultWarn, calendar: WorkingCalendar) -> DeadlineState {
        if done || (progress ?? 0) >= 1 { return .done }
        guard let due else { return .ongoing }
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

    /// A dependency holds an item back while it is a goal or prepare item not done, or an event or
    /// checkpoint whose date is after `asOf`. Steps are not known before a run and never hold back.
    static func isUnfinished(_ index: Int, graph: PlanGraph, items: [ItemStatus], position: [Int: Int],
                             asOf: CivilDate) -> Bool {
        let node = graph.nodes[index]
        switch node.kind {
        case .goal, .prepare: return position[index].map { items[$0].state != .done } ?? false
        case .event, .checkpoint: return node.date.map { $0 > asOf } ?? false
        case .step: return false
        }
    }
}
