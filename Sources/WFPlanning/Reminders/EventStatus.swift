public import WFCore

/// An event's place in time as of a date.
public enum EventState: String, Sendable, CaseIterable {
    case upcoming, today, past
}

/// An event as of a date: where it stands, its reminders, and who hears of them.
public struct EventStatus: Sendable, Hashable {
    /// Who an event's reminder goes to: the event's owner, and each owner of a prepare item not
    /// done, with the items that are theirs.
    public struct Recipient: Sendable, Hashable {
        /// The owner's id; nil for an event without an owner (its reminder goes to the console).
        public var owner: String?
        /// True for the event's own owner (chủ trì).
        public var isLead: Bool
        /// The prepare items not done that this owner has, in plan order.
        public var items: [String]

        public init(owner: String?, isLead: Bool, items: [String]) {
            self.owner = owner
            self.isLead = isLead
            self.items = items
        }
    }

    public var id: String
    public var title: String
    public var date: PlanDateTime
    public var owner: String?
    public var state: EventState
    /// Calendar days from the as-of date to the event; negative when past.
    public var daysLeft: Int
    public var reminders: ReminderSchedule
    /// The event's owner first, then the other owners of prepare items not done.
    public var recipients: [Recipient]
    public var location: String?
    public var description: String?

    init(_ event: Event, items: [ItemStatus], asOf: CivilDate, calendar: WorkingCalendar) {
        id = event.id.value
        title = event.title
        date = event.date.value
        owner = event.owner?.value
        let day = event.date.value.date
        state = day == asOf ? .today : (day > asOf ? .upcoming : .past)
        daysLeft = asOf.days(until: day)
        reminders = ReminderSchedule(event: event, asOf: asOf, calendar: calendar)
        location = event.location
        description = event.description
        var recipients = [Recipient(owner: owner, isLead: true, items: [])]
        for item in items where item.state != .done {
            if let index = recipients.firstIndex(where: { $0.owner == item.owner }) {
                recipients[index].items.append(item.id)
            } else {
                recipients.append(Recipient(owner: item.owner, isLead: false, items: [item.id]))
            }
        }
        self.recipients = recipients
    }
}
