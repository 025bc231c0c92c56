public import WFCalendar

/// Deadline phrases ("Quý II/2025", "Trước 15/10/2025") resolved on the plan's own calendar,
/// once, when the plan is loaded: every reader then sees one due date per item.
public enum DeadlineResolution {
    /// `plan` with each goal's and checkpoint's phrase resolved on `calendar` (a span's last
    /// working day, the working day before a "trước" date). Prepare items are resolved with
    /// their events' offsets, by the validator.
    public static func resolve(_ plan: Plan, on calendar: WorkingCalendar) -> Plan {
        var plan = plan
        for index in plan.goals.indices {
            guard let phrase = plan.goals[index].duePhrase else { continue }
            let range = plan.goals[index].due?.range ?? plan.goals[index].range
            plan.goals[index].due = phrase.due(on: calendar).map { Located(PlanDateTime(date: $0), at: range) }
        }
        for index in plan.checkpoints.indices {
            guard let phrase = plan.checkpoints[index].datePhrase, let date = phrase.due(on: calendar) else { continue }
            plan.checkpoints[index].date = Located(PlanDateTime(date: date), at: plan.checkpoints[index].date.range)
        }
        return plan
    }
}
