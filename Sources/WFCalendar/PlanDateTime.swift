/// A plan date with an optional time of day (`2023-10-10` or `2023-10-10T08:00`).
///
/// Times are wall-clock times in the plan's time zone; a date without a time sorts before
/// the same date with any time.
public struct PlanDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar day.
    public let date: CivilDate
    /// The hour, 0–23, when a time was given.
    public let hour: Int?
    /// The minute, 0–59, when a time was given.
    public let minute: Int?

    /// A date with no time of day.
    public init(date: CivilDate) {
        self.date = date
        self.hour = nil
        self.minute = nil
    }

    /// A date at `hour:minute`, or nil when the time does not exist.
    public init?(date: CivilDate, hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    /// True when a time of day was given.
    public var hasTime: Bool { hour != nil }

    /// Parses `2023-10-10`, `10/10/2023`, `2023-10-10T08:00`, `2023-10-10 08:00` or `10/10/2023 08:00`.
    ///
    /// The hour may have one or two digits (`8:00`); the minute has two.
    public static func parse(_ text: String) -> PlanDateTime? {
        guard let split = text.utf8.firstIndex(where: { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: " ") }) else {
            return CivilDate.parse(text).map(PlanDateTime.init(date:))
        }
        guard let date = CivilDate.parse(String(text[..<split])) else { return nil }
        let time = Array(text.utf8[text.utf8.index(after: split)...])
        guard let colon = time.firstIndex(of: UInt8(ascii: ":")), (1...2).contains(colon),
              time.count - colon - 1 == 2,
              let hour = ASCII.number(time[..<colon]), let minute = ASCII.number(time[(colon + 1)...]) else {
            return nil
        }
        return PlanDateTime(date: date, hour: hour, minute: minute)
    }

    /// `2023-10-10`, or `2023-10-10T08:00` with a time.
    public var iso: String {
        guard let hour, let minute else { return date.iso }
        return "\(date.iso)T\(ASCII.padded(hour, 2)):\(ASCII.padded(minute, 2))"
    }

    /// The ISO form.
    public var description: String { iso }

    /// By date, then time; a date without a time comes first.
    public static func < (a: PlanDateTime, b: PlanDateTime) -> Bool {
        (a.date.dayNumber, a.hour ?? -1, a.minute ?? -1) < (b.date.dayNumber, b.hour ?? -1, b.minute ?? -1)
    }
}
