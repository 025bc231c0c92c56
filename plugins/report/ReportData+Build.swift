import Foundation
import WFPluginAPI

extension ReportData {
    /// Gathers the report's data from the compiled plan and the run's planning snapshot.
    static func build(_ invocation: Invocation, header: ReportHeader, reportPeriod: Period) -> ReportData {
        let compiled = invocation.plan
        let plan = compiled.plan
        let snapshot = invocation.snapshot
        let asOf = invocation.asOf
        let owners = Dictionary(plan.owners.map { ($0.id.value, $0.name) }, uniquingKeysWith: { first, _ in first })
        let events = Dictionary(plan.events.map { ($0.id.value, $0.title) }, uniquingKeysWith: { first, _ in first })
        let goalsByID = Dictionary(plan.goals.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })

        let barStarts = compiled.barStarts()
        // By due date; continuous work ("Thường xuyên") after the dated items. The indices are
        // sorted, not the items: a sort moves its elements many times, and an item is large.
        let items = snapshot.items
        let order = items.indices.sorted { a, b in
            (items[a].due?.dayNumber ?? Int.max, a) < (items[b].due?.dayNumber ?? Int.max, b)
        }
        let goals = order.map { index in
            let item = items[index]
            return ReportGoal(
                id: item.id, title: item.title, kind: item.kind.rawValue, event: item.event.flatMap { events[$0] },
                ownerID: item.owner, ownerName: item.owner.flatMap { owners[$0] },
                partnerNames: item.partners.map { owners[$0] ?? $0 }, due: item.due,
                start: goalsByID[item.id]?.start?.value.date, status: item, kpi: snapshot.kpi(item.id),
                description: item.description, barStart: barStarts[item.id])
        }

        let reportEvents = plan.events.map { event in
            ReportEvent(id: event.id.value, title: event.title, date: event.date.value, end: event.end?.value,
                        ownerName: event.owner.flatMap { owners[$0.value] }, location: event.location,
                        description: event.description, daysLeft: asOf.days(until: event.date.value.date))
        }.sorted { $0.date < $1.date }

        let budget = snapshot.budgets.map { ReportBudgetRow(budget: $0, ownerName: $0.owner.flatMap { owners[$0] }) }
        for status in snapshot.checkpoints {
            if let problem = status.problem { invocation.log.info("checkpoint '\(status.id)': \(problem)") }
        }
        let total = try? BudgetRule.total(snapshot.budgets, asOf: asOf, id: "total", title: "")

        let period = plan.period?.value
        let dates = goals.compactMap(\.due) + reportEvents.map(\.date.date) + budget.map(\.date)
        let start = period?.start ?? dates.min() ?? asOf
        let end = period?.end ?? dates.max() ?? asOf
        let next = reportPeriod.next
        // Section I: what is due in the report's period, what is late from before it, and
        // continuous work. Section IV: what is due in the next period.
        let current = goals.filter { goal in
            guard let due = goal.due else { return true }
            return reportPeriod.contains(due) || (due < reportPeriod.start && goal.state != .done)
        }

        return ReportData(
            planName: plan.name, period: period, reportPeriod: reportPeriod, start: start, end: end,
            vars: plan.vars.map { ($0.name.value, $0.value.scalar?.text ?? "") }, asOf: asOf, header: header,
            goals: goals, events: reportEvents, budget: budget, budgetTotal: snapshot.budgets.isEmpty ? nil : total,
            current: current, nextQuarter: goals.filter { $0.due.map(next.contains) ?? false },
            // The built-in report is a Vietnamese administrative document (Nghị định 30/2020) whatever `lang:` says.
            words: PlanWording(lang: .vi), plan: compiled, snapshot: snapshot)
    }
}
