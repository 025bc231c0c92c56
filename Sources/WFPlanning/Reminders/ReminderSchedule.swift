public import WFCore

/// Which of an event's reminders are due as of a date: the rule `notify` sends by and
/// `wf plan` previews.
///
/// A reminder's day is the event's date minus its offset (working days for `wd`); when that
/// day is a day off of the plan's calendar, the reminder goes out on the working day before.
/// Reminders are ordered by that day; when two land on the same day only the one nearest the
/// event (the later nominal day, then the smaller offset) is kept. A reminder is due from its
/// day through the event's date; when several are due at once only the latest is sent, and the
/// earlier ones are stale and never sent, since a newer reminder says more.
public struct ReminderSchedule: Sendable, Hashable {
    /// One `remind:` offset of an event.
    public struct Reminder: Sendable, Hashable {
        /// The offset as written, `3d` or `5wd` (the sign dropped): part of effect keys.
        public var offset: String
        public var unit: PlanDuration.Unit
        /// The day the reminder goes out: a working day.
        public var date: CivilDate
        /// The event's date minus the offset, before moving off a day off.
        public var nominal: CivilDate

        public init(offset: String, unit: PlanDuration.Unit, date: CivilDate, nominal: CivilDate) {
            self.offset = offset
            self.unit = unit
            self.date = date
            self.nominal = nominal
        }
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
        var byDay: [CivilDate: Reminder] = [:]
        var seen: Set<String> = []
        for located in event.remind {
            let duration = PlanDuration(amount: abs(located.value.amount), unit: located.value.unit)
            guard seen.insert(duration.description).inserted else { continue }
            let (nominal, day) = Self.day(of: duration, before: eventDate, calendar: calendar)
            let reminder = Reminder(offset: duration.description, unit: duration.unit, date: day, nominal: nominal)
            if let kept = byDay[day], !Self.isNearer(reminder, than: kept) { continue }
            byDay[day] = reminder
        }
        all = byDay.values.sorted { $0.date < $1.date }
        let due = all.filter { $0.date <= asOf && asOf <= eventDate }
        current = due.last
        stale = Array(due.dropLast())
        next = all.first { $0.date > asOf && $0.date <= eventDate }
    }

    /// The day an offset before `event` falls on (`nominal`), and the day the reminder goes out:
    /// that day, or the working day before it when it is a day off.
    public static func day(of offset: PlanDuration, before event: CivilDate,
                           calendar: WorkingCalendar) -> (nominal: CivilDate, send: CivilDate) {
        let nominal = calendar.offset(event, by: PlanDuration(amount: -abs(offset.amount), unit: offset.unit))
        var day = nominal
        while !calendar.isWorkingDay(day), day.days(until: nominal) < 366 { day = day.adding(days: -1) }
        return (nominal, calendar.isWorkingDay(day) ? day : nominal)
    }

    /// Nearer the event: the later nominal day, then the shorter offset, then the offset's text.
    static func isNearer(_ a: Reminder, than b: Reminder) -> Bool {
        if a.nominal != b.nominal { return a.nominal > b.nominal }
        return a.offset < b.offset
    }

    /// Days (working days for a `wd` reminder) left before the event, counted from `day`, the
    /// day the reminder is sent: working days in [day, event), so the 2wd reminder of an event
    /// on a Saturday says 2.
    public static func left(_ unit: PlanDuration.Unit, from day: CivilDate, to event: CivilDate,
                            calendar: WorkingCalendar) -> Int {
        guard unit == .workingDays else { return day.days(until: event) }
        guard day < event else { return 0 }
        return calendar.workingDays(from: day.adding(days: -1), to: event.adding(days: -1))
    }
}
