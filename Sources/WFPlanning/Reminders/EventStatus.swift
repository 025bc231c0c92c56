public import WFCore

/// An event's place in time as of a date.
public enum EventState: String, Sendable, CaseIterable {
    case upcoming, today, past
}

/// An event as of a date: where it stands, its reminders, and who hears of them.
public struct EventStatus: Sendable, Hashable {
    /// Who an event's reminder goes to: the event's lead unit, its partner units, and each lead
    /// or partner unit of a prepare item not done, with the items that are theirs.
    public struct Recipient: Sendable, Hashable {
        /// The owner's id; nil for an event without an owner (its reminder goes to the console).
        public var owner: String?
        /// True for the event's own lead unit (chủ trì).
        public var isLead: Bool
        /// True for a partner unit of the event (phối hợp).
        public var isPartner: Bool
        /// The prepare items not done that this unit leads, in plan order.
        public var items: [String]
        /// The prepare items not done where this unit is a partner, in plan order.
        public var partnerItems: [String]

        public init(owner: String?, isLead: Bool, isPartner: Bool = false, items: [String], partnerItems: [String] = []) {
            self.owner = owner
            self.isLead = isLead
            self.isPartner = isPartner
            self.items = items
            self.partnerItems = partnerItems
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
    /// The event's lead unit first, then its partner units, then the other units of prepare
    /// items not done.
    public var recipients: [Recipient]
    /// The event's partner units' ids.
    public var partners: [String]
    public var location: String?
    public var description: String?

    init(_ event: Event, items: [ItemStatus], asOf: CivilDate, calendar: WorkingCalendar) {
        id = event.id.value
        title = event.title
        date = event.date.value
        owner = event.owner?.value
        let day = event.date.value.date
        // An event of several days is under way (today) from its first day to its last.
        let last = max(day, event.end?.value.date ?? day)
        state = day > asOf ? .upcoming : (asOf <= last ? .today : .past)
        daysLeft = asOf.days(until: day)
        reminders = ReminderSchedule(event: event, asOf: asOf, calendar: calendar)
        location = event.location
        description = event.description
        partners = event.partners.map(\.value)
        var recipients = [Recipient(owner: owner, isLead: true, items: [])]
        for partner in partners where partner != owner {
            recipients.append(Recipient(owner: partner, isLead: false, isPartner: true, items: []))
        }
        func index(of unit: String?) -> Int {
            if let index = recipients.firstIndex(where: { $0.owner == unit }) { return index }
            recipients.append(Recipient(owner: unit, isLead: false, items: []))
            return recipients.count - 1
        }
        for item in items where item.state != .done {
            recipients[index(of: item.owner)].items.append(item.id)
            for partner in item.partners where partner != item.owner {
                recipients[index(of: partner)].partnerItems.append(item.id)
            }
        }
        self.recipients = recipients
    }
}
