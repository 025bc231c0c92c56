import WFPluginAPI

/// Which of an event's reminders are due as of a date: the rule `notify` sends by and
/// `wf plan` previews.
///
/// A reminder falls on the event's date minus its offset (working days for `wd`) and is due
/// from that day through the event's date. When several are due at once, only the latest
/// one is sent; the earlier ones are stale and never sent, since a newer reminder says more.
public struct ReminderSchedule: Sendable {
    /// One `remind:` offset of an event.
    public struct Reminder: Sendable, Hashable {
        /// The offset as written, `3d` or `5wd` (the sign dropped): part of effect keys.
        public var offset: String
        public var unit: PlanDuration.Unit
        /// The day the reminder goes out.
        public var date: CivilDate
    }

    /// Every reminder, earliest first.
    public var all: [Reminder]
    /// The reminder to send as of the date, if any.
    public var current: Reminder?
    /// Reminders due too but superseded by `current`.
    public var stale: [Reminder]
    /// The next reminder after the date, for the run's note.
    public var next: Reminder?

    public init(event: Event, asOf: CivilDate, calendar: WorkingCalendar) {
        let eventDate = event.date.value.date
        var seen: Set<String> = []
        var reminders: [Reminder] = []
        for located in event.remind {
            let duration = PlanDuration(amount: abs(located.value.amount), unit: located.value.unit)
            guard seen.insert(duration.description).inserted else { continue }
            let date = calendar.offset(eventDate, by: PlanDuration(amount: -duration.amount, unit: duration.unit))
            // Two offsets that land on the same day (1d and 1wd before a Tuesday) make one reminder.
            guard !reminders.contains(where: { $0.date == date }) else { continue }
            reminders.append(Reminder(offset: duration.description, unit: duration.unit, date: date))
        }
        all = reminders.sorted { $0.date < $1.date }
        let due = all.filter { $0.date <= asOf && asOf <= eventDate }
        current = due.last
        stale = Array(due.dropLast())
        next = all.first { $0.date > asOf && $0.date <= eventDate }
    }
}
