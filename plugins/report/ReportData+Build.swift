import Foundation
import WFPluginAPI

extension ReportData {
    /// Gathers the report's data from the compiled plan and the outputs of earlier nodes.
    static func build(_ invocation: Invocation, header: ReportHeader) -> ReportData {
        let compiled = invocation.plan
        let plan = compiled.plan
        let asOf = invocation.asOf
        let owners = Dictionary(plan.owners.map { ($0.id.value, $0.name) }, uniquingKeysWith: { first, _ in first })

        // Goals and prepare items, with the facts the `deadline` node published, else computed here.
        var raw: [ReportGoal] = []
        for goal in plan.goals {
            raw.append(ReportGoal(
                id: goal.id.value, title: goal.title, kind: "goal", event: nil, ownerID: goal.owner?.value,
                ownerName: goal.owner.flatMap { owners[$0.value] }, due: goal.due.value.date, start: goal.start?.value.date, status: "",
                daysLeft: 0, workdaysLeft: 0, progress: goal.done ? 1 : goal.progress, kpi: goal.kpi,
                description: goal.description))
        }
        for event in plan.events {
            for item in event.prepare {
                let due: CivilDate
                switch item.due.value {
                case .date(let date): due = date.date
                case .relative(let offset):
                    due = compiled.prepareDue[item.id.value] ?? compiled.calendar.offset(event.date.value.date, by: offset)
                }
                let owner = item.owner?.value ?? event.owner?.value
                raw.append(ReportGoal(
                    id: item.id.value, title: item.title, kind: "prepare", event: event.title, ownerID: owner,
                    ownerName: owner.flatMap { owners[$0] }, due: due, start: nil, status: "", daysLeft: 0, workdaysLeft: 0,
                    progress: item.done ? 1 : item.progress, kpi: nil, description: item.description))
            }
        }
        let published = ReportStatus.published(invocation.outputs, goalIDs: Set(raw.map(\.id)))
        let warn = deadlineWarn(plan) ?? DeadlineStatus.defaultWarn
        // The deadline plugin's own rule, for goals no deadline node published a status of.
        let computed = Dictionary(DeadlineStatus.evaluate(plan: compiled, asOf: asOf, warn: warn).map { ($0.id, $0.state.rawValue) },
                                  uniquingKeysWith: { first, _ in first })
        let goals = raw.map { goal -> ReportGoal in
            var goal = goal
            let fact = published[goal.id]
            goal.status = fact?.status ?? computed[goal.id] ?? "on-track"
            goal.daysLeft = fact?.daysLeft ?? asOf.days(until: goal.due)
            goal.workdaysLeft = fact?.workdaysLeft ?? compiled.calendar.workingDays(from: asOf, to: goal.due)
            return goal
        }.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)

        let events = plan.events.map { event in
            ReportEvent(id: event.id.value, title: event.title, date: event.date.value,
                        ownerName: event.owner.flatMap { owners[$0.value] }, location: event.location,
                        description: event.description, daysLeft: asOf.days(until: event.date.value.date))
        }.sorted { $0.date < $1.date }

        let budgetFacts = publishedBudgets(invocation.outputs, checkpointIDs: Set(plan.checkpoints.map(\.id.value)))
        let budget = plan.checkpoints.map {
            budgetRow($0, published: budgetFacts[$0.id.value] ?? [:], owners: owners, invocation: invocation)
        }

        let period = plan.period?.value
        let dates = goals.map(\.due) + events.map(\.date.date) + budget.map(\.date)
        let start = period?.start ?? dates.min() ?? asOf
        let end = period?.end ?? dates.max() ?? asOf
        let horizon = period?.end ?? asOf.adding(days: 90)

        return ReportData(
            planName: plan.name, period: period, start: start, end: end,
            vars: plan.vars.map { ($0.name.value, $0.value.scalar?.text ?? "") }, asOf: asOf, header: header,
            goals: goals, events: events, budget: budget, nextQuarter: goals.filter { $0.due > horizon })
    }

    /// The `warn:` of the plan's `deadline` step, so computed statuses match what it would say.
    private static func deadlineWarn(_ plan: Plan) -> PlanDuration? {
        plan.steps.first { $0.uses.value == "deadline" }?.input("warn")?.scalar.flatMap { PlanDuration.parse($0.text) }
    }

    // MARK: - Budget

    /// Per-checkpoint figures published by earlier nodes: a checkpoint node's own outputs, or
    /// an entry of a `budget` step's `items` (each with an `id`).
    private static func publishedBudgets(_ outputs: [String: [String: ExpressionValue]],
                                         checkpointIDs: Set<String>) -> [String: [String: ExpressionValue]] {
        var facts: [String: [String: ExpressionValue]] = [:]
        for (_, values) in outputs.sorted(by: { $0.key < $1.key }) {
            guard case .array(let items)? = values["items"] else { continue }
            for case .object(let item) in items {
                guard let id = item["id"].flatMap(ReportStatus.text), checkpointIDs.contains(id), item["allocated"] != nil else { continue }
                facts[id] = item
            }
        }
        for (id, values) in outputs where checkpointIDs.contains(id) && values["allocated"] != nil {
            facts[id] = values
        }
        return facts
    }

    private static func budgetRow(_ checkpoint: Checkpoint, published: [String: ExpressionValue], owners: [String: String],
                                  invocation: Invocation) -> ReportBudgetRow {
        var allocated = published["allocated"].flatMap(ReportStatus.number) ?? checkpoint.budget.allocated
        var spent = published["spent"].flatMap(ReportStatus.number) ?? checkpoint.budget.spent
        if allocated == nil || spent == nil, let file = checkpoint.budget.file?.value,
           let totals = csvTotals(file, invocation: invocation) {
            allocated = allocated ?? totals.allocated
            spent = spent ?? totals.spent
        }
        var row = ReportBudgetRow(
            id: checkpoint.id.value, title: checkpoint.title, date: checkpoint.date.value.date,
            ownerName: checkpoint.owner.flatMap { owners[$0.value] }, allocated: allocated ?? 0, spent: spent ?? 0,
            currency: checkpoint.budget.currency, expect: checkpoint.expect, status: "on-track")
        if let status = published["status"].flatMap(ReportStatus.text), !status.isEmpty {
            row.status = status
        } else if row.spent > row.allocated, row.allocated > 0 {
            row.status = "over-budget"
        } else if let expect = row.expect, let rate = row.rate, rate < expect, invocation.asOf >= row.date {
            // As the `budget` plugin judges: 'below' once the checkpoint's date has come.
            row.status = "below"
        }
        return row
    }

    /// Sums the `allocated` and `spent` columns of a budget CSV (`item,allocated,spent`, header first).
    private static func csvTotals(_ file: String, invocation: Invocation) -> (allocated: Double, spent: Double)? {
        let path = file.hasPrefix("/") ? file : invocation.plan.baseDirectory + "/" + file
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        guard let header = lines.first?.map({ $0.lowercased() }),
              let allocatedColumn = header.firstIndex(where: { ["allocated", "dự toán"].contains($0) }),
              let spentColumn = header.firstIndex(where: { ["spent", "đã giải ngân"].contains($0) }) else {
            return nil
        }
        var totals = (allocated: 0.0, spent: 0.0)
        for fields in lines.dropFirst() where fields.count > max(allocatedColumn, spentColumn) {
            totals.allocated += amount(fields[allocatedColumn])
            totals.spent += amount(fields[spentColumn])
        }
        return totals
    }

    private static func amount(_ text: String) -> Double {
        let plain = text.replacing("_", with: "").replacing(" ", with: "")
        return Double(plain) ?? Double(plain.replacing(".", with: "").replacing(",", with: "")) ?? 0
    }
}
