import Mustache
import WFPluginAPI

extension ReportData {
    /// The values a Mustache template sees (documented in docs/plugins-report.md).
    func context() -> [String: Any] {
        let late = goals(.overdue)
        let waiting = goals.filter(\.status.isHeldUp)
        let recipients = header.recipientLines
        var context: [String: Any] = [
            "plan": [
                "name": planName,
                "period": period?.label ?? "",
                "period_vi": period?.vietnamese ?? "từ \(start.vietnamese) đến \(end.vietnamese)",
                "start": start.iso, "end": end.iso,
                "start_vi": start.vietnamese, "end_vi": end.vietnamese,
            ] as [String: Any],
            "vars": Dictionary(vars.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }),
            "as_of": asOf.iso,
            "as_of_vi": asOf.vietnamese,
            "as_of_long": VietnameseText.dateLine(asOf, place: nil).lowercased(),
            "title": header.title,
            "number": header.number ?? "",
            "number_line": header.numberLine,
            "agency": header.agency,
            "agency_short": header.agencyShort,
            "agency_upper": header.agencyShort.uppercased(),
            "parent_agency": header.parentAgency ?? "",
            "parent_agency_upper": (header.parentAgency ?? "").uppercased(),
            "place": header.place ?? "",
            "date": header.date.iso,
            "date_vi": header.date.vietnamese,
            "date_line": header.dateLine,
            "signer": header.signer ?? "",
            "signer_title": header.signerTitle.uppercased(),
            "summary": header.summary,
            "recipients": header.recipients.map { ["name": $0] },
            "recipient_lines": recipients.enumerated().map { ["line": $0.element, "last": $0.offset == recipients.count - 1] },
            "goals": goalList(goals),
            "period_goals": goalList(current),
            "report_period": reportPeriod.label,
            "report_period_vi": reportPeriod.vietnamese,
            "next_period_vi": reportPeriod.next.vietnamese,
            "period_unit_vi": reportPeriod.unitVietnamese,
            "overdue": goalList(goals(.overdue)),
            "waiting": goalList(waiting),
            "due_soon": goalList(goals(.dueSoon)),
            "late": goalList(late),
            "next_quarter": goalList(nextQuarter),
            "open": goalList(open),
            "events": events.enumerated().map { eventContext($0.element, index: $0.offset + 1) },
            "budget": budget.enumerated().map { budgetContext($0.element, index: $0.offset + 1) },
            "counts": counts(),
            "generated_by": "wf",
        ]
        context["has_goals"] = !goals.isEmpty
        context["has_overdue"] = goals.contains { $0.state == .overdue }
        context["has_ongoing"] = goals.contains { $0.state == .ongoing }
        context["has_late"] = !late.isEmpty
        context["has_waiting"] = !waiting.isEmpty
        context["has_events"] = !events.isEmpty
        context["has_budget"] = !budget.isEmpty
        context["has_next_quarter"] = !nextQuarter.isEmpty
        context["has_open"] = !open.isEmpty
        context["has_parent_agency"] = header.parentAgency != nil
        context["has_signer"] = header.signer != nil
        context = Self.compact(context)
        if let total = budgetTotal {
            context["budget_total"] = [
                "allocated": total.allocated, "spent": total.spent,
                "allocated_text": NumberWording.money(total.allocated, total.currency),
                "spent_text": NumberWording.money(total.spent, total.currency),
                "rate_text": total.allocated > 0 ? NumberWording.percent(total.rate) : "—",
                "status": total.state.rawValue, "status_vi": words.capitalized(words.state(total.state)),
            ] as [String: Any]
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
    private func goalList(_ goals: [ReportGoal]) -> [GoalRow] {
        goals.enumerated().map { GoalRow(goal: $0.element, index: $0.offset + 1, words: words) }
    }

    private func eventContext(_ event: ReportEvent, index: Int) -> [String: Any] {
        let state = event.daysLeft < 0 ? "Đã diễn ra" : event.daysLeft == 0 ? "Diễn ra hôm nay" : "Sắp diễn ra"
        var time = ""
        if let hour = event.date.hour, let minute = event.date.minute {
            time = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        }
        return Self.compact([
            "index": index, "id": event.id, "title": event.title,
            "date": event.date.iso, "date_vi": event.dates, "end": event.end?.iso ?? "", "time": time,
            "owner_name": event.ownerName ?? "", "location": event.location ?? "",
            "description": event.description ?? "", "days_left": event.daysLeft,
            "past": event.daysLeft < 0, "state_vi": state,
        ])
    }

    /// The values without empty strings, so `{{#location}}…{{/location}}` shows only when there is one.
    static func compact(_ values: [String: Any]) -> [String: Any] {
        values.filter { !(($0.value as? String)?.isEmpty ?? false) }
    }

    private func budgetContext(_ row: ReportBudgetRow, index: Int) -> [String: Any] {
        [
            "index": index, "id": row.id, "title": row.title,
            "date": row.date.iso, "date_vi": row.date.vietnamese, "owner_name": row.ownerName ?? "",
            "allocated": row.allocated, "spent": row.spent, "currency": row.currency,
            "rate": row.rate ?? 0, "expect": row.expect ?? 0,
            "allocated_text": NumberWording.money(row.allocated, row.currency),
            "spent_text": NumberWording.money(row.spent, row.currency),
            "remaining_text": NumberWording.money(max(0, row.allocated - row.spent), row.currency),
            "rate_text": row.rate.map { NumberWording.percent($0) } ?? "—",
            "expect_text": row.expect.map { NumberWording.percent($0) } ?? "—",
            "status": row.state.rawValue, "status_vi": words.capitalized(words.state(row.state)),
            "description": row.budget.description ?? "",
        ]
    }
}

/// One goal or prepare item as a template sees it (fields in docs/plugins-report.md). An
/// empty text reads as missing, so `{{#description}}…{{/description}}` shows only when there is one.
struct GoalRow: MustacheParent {
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

    /// A field by name. A field the row has answers here even when empty (a null the
    /// template sees as missing), so the lookup does not go on to the report's own values: a
    /// goal without a description never shows something else's. Texts and numbers come as
    /// ``ReportText``, which the renderer writes without working out their type.
    func child(named name: String) -> Any? {
        switch name {
        case "index": ReportText(index)
        case "id": ReportText(goal.id)
        case "title": ReportText(goal.title)
        case "kind": ReportText(goal.kind)
        case "is_prepare": goal.kind == "prepare"
        case "event": ReportText(goal.event)
        case "owner": ReportText(goal.ownerID)
        case "owner_name": ReportText(goal.ownerName ?? goal.ownerID)
        case "partners": ReportText(goal.partnerNames.joined(separator: ", "))
        case "partner_list": goal.partnerNames.map { ["name": $0] }
        case "due": ReportText(goal.due?.iso)
        case "due_vi": ReportText(words.deadline(goal.status))
        case "due_text": ReportText(goal.status.dueText)
        case "status": ReportText(goal.state.rawValue)
        case "status_vi": ReportText(words.capitalized(words.state(goal.state)))
        case "status_line": ReportText(words.capitalized(words.status(goal.status)))
        case "waiting_vi": ReportText(words.waiting(goal.status))
        case "waiting_for": goal.status.waitingFor.map { ["id": $0] }
        case "days_left": ReportText(goal.daysLeft)
        case "workdays_left": ReportText(goal.workdaysLeft)
        case "days_left_vi": ReportText(goal.state == .done || goal.state == .ongoing ? "—" : words.timeLeft(goal.status))
        case "done": goal.state == .done
        case "overdue": goal.state == .overdue
        case "description": ReportText(goal.description)
        case "product": ReportText(goal.product)
        case "group": ReportText(goal.group)
        case "progress": ReportText(goal.progress.map { NumberWording.percent($0) })
        case "progress_percent": ReportText(goal.progress.map { Int(($0 * 100).rounded()) } ?? 0)
        case "has_progress": goal.progress != nil
        case "kpi": goal.kpi.map(kpi) ?? ReportText.missing
        default: nil
        }
    }

    private func kpi(_ status: KPIStatus) -> [String: Any] {
        let kpi = status.kpi
        return ["metric": kpi.metric, "target": kpi.target ?? "", "actual": kpi.actual ?? "",
                "unit": kpi.unit ?? "", "text": words.kpi(status), "judgement": status.judgement.rawValue,
                "judgement_vi": words.state(status.judgement)]
    }
}

/// A text or number a template shows. Empty is a null: `{{#x}}` hides it and `{{^x}}` shows.
/// Rendered as its text directly; inside `{{#x}}…{{/x}}` it has no fields, so names go on to
/// the row around it (without the reflection the renderer falls back on for other values).
struct ReportText: MustacheCustomRenderable, MustacheParent {
    let renderText: String

    static let missing = ReportText(nil as String?)

    init(_ text: String?) { renderText = text ?? "" }
    init(_ number: Int) { renderText = String(number) }

    var isNull: Bool { renderText.isEmpty }

    func child(named name: String) -> Any? { nil }
}
