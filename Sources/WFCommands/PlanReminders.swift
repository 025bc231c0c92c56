import WFCalendar
import WFCore

/// The reminder rule of `notify` event nodes, as `wf plan` previews it.
///
/// A reminder `14d` falls on the event's date minus 14 days, `3wd` on the date minus 3
/// working days; it is due from that day through the event's date. When several are due,
/// the run sends only the latest (the earlier ones are stale). Kept in step with
/// `plugins/notify/ReminderSchedule.swift`.
struct PlanReminders: Sendable {
    /// One `remind:` offset and the day it falls on.
    struct Reminder: Sendable, Equatable {
        /// The offset without its sign: `3wd`.
        var offset: String
        var date: CivilDate
    }

    /// Every reminder, earliest first (offsets landing on the same day count once).
    var all: [Reminder]
    /// The reminder a run as of the date sends, if any.
    var current: Reminder?

    init(event: Event, asOf: CivilDate, calendar: WorkingCalendar) {
        let eventDate = event.date.value.date
        var reminders: [Reminder] = []
        for located in event.remind {
            let duration = PlanDuration(amount: abs(located.value.amount), unit: located.value.unit)
            let date = calendar.offset(eventDate, by: PlanDuration(amount: -duration.amount, unit: duration.unit))
            guard !reminders.contains(where: { $0.offset == duration.description || $0.date == date }) else { continue }
            reminders.append(Reminder(offset: duration.description, date: date))
        }
        all = reminders.sorted { $0.date < $1.date }
        current = all.last { $0.date <= asOf && asOf <= eventDate }
    }
}
