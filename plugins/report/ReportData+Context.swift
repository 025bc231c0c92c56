import WFPluginAPI

extension ReportData {
    /// The values a Mustache template sees (documented in docs/plugins-report.md).
    func context() -> [String: TemplateValue] {
        let late = goals(.overdue)
        let waiting = goals.filter(\.status.isHeldUp)
        let recipients = header.recipientLines
        var context: [String: TemplateValue] = [
            "plan": .object([
                "name": .text(planName),
                "period": .text(period?.label ?? ""),
                "period_vi": .text(period?.vietnamese ?? "từ \(start.vietnamese) đến \(end.vietnamese)"),
                "start": .text(start.iso), "end": .text(end.iso),
                "start_vi": .text(start.vietnamese), "end_vi": .text(end.vietnamese),
            ]),
            "vars": .object(Dictionary(vars.map { ($0.name, TemplateValue.text($0.value)) }, uniquingKeysWith: { first, _ in first })),
            "as_of": .text(asOf.iso),
            "as_of_vi": .text(asOf.vietnamese),
            "as_of_long": .text(VietnameseText.dateLine(asOf, place: nil).lowercased()),
            "title": .text(header.title),
            "number": .text(header.number ?? ""),
            "number_line": .text(header.numberLine),
            "agency": .text(header.agency),
            "agency_short": .text(header.agencyShort),
            "agency_upper": .text(header.agencyShort.uppercased()),
            "parent_agency": .text(header.parentAgency ?? ""),
            "parent_agency_upper": .text((header.parentAgency ?? "").uppercased()),
            "place": .text(header.place ?? ""),
            "date": .text(header.date.iso),
            "date_vi": .text(header.date.vietnamese),
            "date_line": .text(header.dateLine),
            "signer": .text(header.signer ?? ""),
            "signer_title": .text(header.signerTitle.uppercased()),
            "summary": .text(header.summary),
            "recipients": .list(header.recipients.map { .object(["name": .text($0)]) }),
            "recipient_lines": .list(recipients.enumerated().map {
                .object(["line": .text($0.element), "last": .bool($0.offset == recipients.count - 1)])
            }),
            "goals": goalList(goals),
            "period_goals": goalList(current),
            "report_period": .text(reportPeriod.label),
            "report_period_vi": .text(reportPeriod.vietnamese),
            "next_period_vi": .text(reportPeriod.next.vietnamese),
            "period_unit_vi": .text(reportPeriod.unitVietnamese),
            "overdue": goalList(goals(.overdue)),
            "waiting": goalList(waiting),
            "due_soon": goalList(goals(.dueSoon)),
            "late": goalList(late),
            "next_quarter": goalList(nextQuarter),
            "open": goalList(open),
            "events": .list(events.enumerated().map { eventContext($0.element, index: $0.offset + 1) }),
            "budget": .list(budget.enumerated().map { budgetContext($0.element, index: $0.offset + 1) }),
            "counts": .object(counts().mapValues { .number($0) }),
            "generated_by": .text("wf"),
        ]
        context["has_goals"] = .bool(!goals.isEmpty)
        context["has_overdue"] = .bool(goals.contains { $0.state == .overdue })
        context["has_ongoing"] = .bool(goals.contains { $0.state == .ongoing })
        context["has_late"] = .bool(!late.isEmpty)
        context["has_waiting"] = .bool(!waiting.isEmpty)
        context["has_events"] = .bool(!events.isEmpty)
        context["has_budget"] = .bool(!budget.isEmpty)
        context["has_next_quarter"] = .bool(!nextQuarter.isEmpty)
        context["has_open"] = .bool(!open.isEmpty)
        context["has_parent_agency"] = .bool(header.parentAgency != nil)
        context["has_signer"] = .bool(header.signer != nil)
        context = Self.compact(context)
        if let total = budgetTotal {
            context["budget_total"] = .object([
                "allocated": .decimal(total.allocated), "spent": .decimal(total.spent),
                "allocated_text": .text(NumberWording.money(total.allocated, total.currency)),
                "spent_text": .text(NumberWording.money(total.spent, total.currency)),
                "rate_text": .text(total.allocated > 0 ? NumberWording.percent(total.rate) : "—"),
                "status": .text(total.state.rawValue), "status_vi": .text(words.capitalized(words.state(total.state))),
            ])
        }
        return context
    }

    func counts() -> [String: Int] {
        // One pass over the goals for every count.
        var byState: [DeadlineState: Int] = [:]
        var waiting = 0
        for goal in goals {
            byState[goal.state, default: 0] += 1
            if goal.status.isHeldUp { waiting += 1 }
        }
        return [
            "goals": goals.count,
            "done": byState[.done] ?? 0,
            "on_track": byState[.onTrack] ?? 0,
            "due_soon": byState[.dueSoon] ?? 0,
            "overdue": byState[.overdue] ?? 0,
            "ongoing": byState[.ongoing] ?? 0,
            "waiting": waiting,
            "open": goals.count - (byState[.done] ?? 0),
            "next_quarter": nextQuarter.count,
            "events": events.count,
            "events_past": events.count { $0.daysLeft < 0 },
            "events_upcoming": events.count { $0.daysLeft >= 0 },
            "checkpoints": budget.count,
            "budget_below": budget.count { $0.state == .below },
            "budget_over": budget.count { $0.state == .overBudget },
        ]
    }

    /// The goals as template rows, numbered from 1. A row computes a field only when the
    /// template asks for it, so a list the template does not show costs almost nothing.
    private func goalList(_ goals: [ReportGoal]) -> TemplateValue {
        .list(goals.enumerated().map { .row(GoalRow(goal: $0.element, index: $0.offset + 1, words: words)) })
    }

    private func eventContext(_ event: ReportEvent, index: Int) -> TemplateValue {
        let state = event.daysLeft < 0 ? "Đã diễn ra" : event.daysLeft == 0 ? "Diễn ra hôm nay" : "Sắp diễn ra"
        var time = ""
        if let hour = event.date.hour, let minute = event.date.minute {
            time = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        }
        return .object(Self.compact([
            "index": .number(index), "id": .text(event.id), "title": .text(event.title),
            "date": .text(event.date.iso), "date_vi": .text(event.dates), "end": .text(event.end?.iso ?? ""), "time": .text(time),
            "owner_name": .text(event.ownerName ?? ""), "location": .text(event.location ?? ""),
            "description": .text(event.description ?? ""), "days_left": .number(event.daysLeft),
            "past": .bool(event.daysLeft < 0), "state_vi": .text(state),
        ]))
    }

    /// The values without empty texts, so `{{#location}}…{{/location}}` shows only when there is one.
    static func compact(_ values: [String: TemplateValue]) -> [String: TemplateValue] {
        values.filter {
            if case .text(let text) = $0.value { return !text.isEmpty }
            return true
        }
    }

    private func budgetContext(_ row: ReportBudgetRow, index: Int) -> TemplateValue {
        .object([
            "index": .number(index), "id": .text(row.id), "title": .text(row.title),
            "date": .text(row.date.iso), "date_vi": .text(row.date.vietnamese), "owner_name": .text(row.ownerName ?? ""),
            "allocated": .decimal(row.allocated), "spent": .decimal(row.spent), "currency": .text(row.currency),
            "rate": .decimal(row.rate ?? 0), "expect": .decimal(row.expect ?? 0),
            "allocated_text": .text(NumberWording.money(row.allocated, row.currency)),
            "spent_text": .text(NumberWording.money(row.spent, row.currency)),
            "remaining_text": .text(NumberWording.money(max(0, row.allocated - row.spent), row.currency)),
            "rate_text": .text(row.rate.map { NumberWording.percent($0) } ?? "—"),
            "expect_text": .text(row.expect.map { NumberWording.percent($0) } ?? "—"),
            "status": .text(row.state.rawValue), "status_vi": .text(words.capitalized(words.state(row.state))),
            "description": .text(row.budget.description ?? ""),
        ])
    }
}

/// One goal or prepare item as a template sees it (fields in docs/plugins-report.md). An
/// empty text reads as missing, so `{{#description}}…{{/description}}` shows only when there is one.
struct GoalRow: TemplateRow {
    let goal: ReportGoal
    let index: Int
    let words: PlanWording

    /// Every field name, in the documented order.
    static let fields = [
        "index", "id", "title", "kind", "is_prepare", "event", "owner", "owner_name", "partners", "partner_list",
        "due", "due_vi", "due_text",
        "status", "status_vi", "status_line", "waiting_vi", "waiting_for", "days_left", "workdays_left",
        "days_left_vi", "done", "overdue", "description", "product", "group", "progress", "progress_percent", "has_progress", "kpi",
    ]

    /// A field by name. A field the row has answers here even when empty (a text the
    /// template sees as missing), so the lookup does not go on to the report's own values: a
    /// goal without a description never shows something else's.
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "index": .number(index)
        case "id": text(goal.id)
        case "title": text(goal.title)
        case "kind": text(goal.kind)
        case "is_prepare": .bool(goal.kind == "prepare")
        case "event": text(goal.event)
        case "owner": text(goal.ownerID)
        case "owner_name": text(goal.ownerName ?? goal.ownerID)
        case "partners": text(goal.partnerNames.joined(separator: ", "))
        case "partner_list": .list(goal.partnerNames.map { .object(["name": .text($0)]) })
        case "due": text(goal.due?.iso)
        case "due_vi": text(words.deadline(goal.status))
        case "due_text": text(goal.status.dueText)
        case "status": text(goal.state.rawValue)
        case "status_vi": text(words.capitalized(words.state(goal.state)))
        case "status_line": text(words.capitalized(words.status(goal.status)))
        case "waiting_vi": text(words.waiting(goal.status))
        case "waiting_for": .list(goal.status.waitingFor.map { .object(["id": .text($0)]) })
        case "days_left": .number(goal.daysLeft)
        case "workdays_left": .number(goal.workdaysLeft)
        case "days_left_vi": text(goal.state == .done || goal.state == .ongoing ? "—" : words.timeLeft(goal.status))
        case "done": .bool(goal.state == .done)
        case "overdue": .bool(goal.state == .overdue)
        case "description": text(goal.description)
        case "product": text(goal.product)
        case "group": text(goal.group)
        case "progress": text(goal.progress.map { NumberWording.percent($0) })
        case "progress_percent": .number(goal.progress.map { Int(($0 * 100).rounded()) } ?? 0)
        case "has_progress": .bool(goal.progress != nil)
        case "kpi": goal.kpi.map(kpi) ?? .shown("")
        default: nil
        }
    }

    /// A text field: missing when there is none or it is empty.
    private func text(_ value: String?) -> TemplateValue { .shown(value ?? "") }

    private func kpi(_ status: KPIStatus) -> TemplateValue {
        let kpi = status.kpi
        return .object(["metric": .text(kpi.metric), "target": .text(kpi.target ?? ""), "actual": .text(kpi.actual ?? ""),
                        "unit": .text(kpi.unit ?? ""), "text": .text(words.kpi(status)), "judgement": .text(status.judgement.rawValue),
                        "judgement_vi": .text(words.state(status.judgement))])
    }
}
