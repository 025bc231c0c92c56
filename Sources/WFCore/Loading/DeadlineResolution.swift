public import WFCalendar
public import WFDiagnostics

/// Deadline phrases ("Quý II/2025", "Trước 15/10/2025") and recurring tasks (`every: month`)
/// resolved on the plan's own calendar, once, when the plan is loaded: every reader then sees
/// one due date per item, and one per occurrence.
public enum DeadlineResolution {
    /// `plan` with each goal's and checkpoint's phrase resolved on `calendar` (a span's last
    /// working day, the working day before a "trước" date) and each recurring task's
    /// occurrences listed. Prepare items are resolved with their events' offsets, by the validator.
    public static func resolve(_ plan: inout Plan, on calendar: WorkingCalendar) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for index in plan.goals.indices {
            if plan.goals[index].every != nil {
                diagnostics += resolveRecurring(&plan.goals[index], period: plan.period, calendar: calendar)
                continue
            }
            guard let phrase = plan.goals[index].duePhrase else { continue }
            let range = plan.goals[index].due?.range ?? plan.goals[index].range
            plan.goals[index].due = phrase.due(on: calendar).map { Located(PlanDateTime(date: $0), at: range) }
        }
        for index in plan.checkpoints.indices {
            guard let phrase = plan.checkpoints[index].datePhrase, let date = phrase.due(on: calendar) else { continue }
            plan.checkpoints[index].date = Located(PlanDateTime(date: date), at: plan.checkpoints[index].date.range)
        }
        return diagnostics
    }

    /// One occurrence per period of the task's length inside the plan's period, due on the day
    /// its `due:` names in that period's last month (moved back to a working day).
    private static func resolveRecurring(_ goal: inout Goal, period: Located<Period>?, calendar: WorkingCalendar) -> [Diagnostic] {
        guard let every = goal.every else { return [] }
        let what = ItemName(.goalKind, goal.id.value, title: goal.title)
        guard let span = period?.value else {
            return [.error(.missingKey, FileText.recursNeedsPeriod(item: what.message, every: every.value.words),
                           at: every.range, notes: [Diagnostic.Note(FileText.addPeriod.message)])]
        }
        var diagnostics: [Diagnostic] = []
        var done: Set<String> = []
        let periods = every.value.periods(overlapping: span)
        for mark in goal.doneOccurrences {
            guard let marked = every.value.period(labelled: mark.value) else {
                diagnostics.append(.error(.invalidValue, FileText.doneNotAPeriod(text: mark.value, item: what.message, every: every.value.words,
                                                                                 form: every.value.labelForm),
                                          at: mark.range))
                continue
            }
            guard periods.contains(marked) else {
                diagnostics.append(.error(.invalidValue, FileText.doneOutsidePeriod(text: mark.value, item: what.message, period: span.label),
                                          at: mark.range, notes: period.map { [Diagnostic.Note(ValidationText.thePlansPeriod.message, at: $0.range)] } ?? []))
                continue
            }
            done.insert(marked.label)
        }
        let phrase = goal.duePhrase
        goal.occurrences = periods.map { occurrence in
            let due = phrase?.due(in: occurrence, calendar: calendar) ?? calendar.lastWorkingDay(onOrBefore: occurrence.end)
            return Goal.Occurrence(period: occurrence, due: due, done: goal.done || done.contains(occurrence.label))
        }
        if let last = goal.occurrences.last {
            goal.due = Located(PlanDateTime(date: last.due), at: goal.due?.range ?? every.range)
        }
        return diagnostics
    }
}
