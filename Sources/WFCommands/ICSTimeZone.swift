import Foundation
import WFPluginAPI

/// The plan's time zone for iCalendar: a VTIMEZONE when its offset never changes (Asia/Ho_Chi_Minh
/// since 1975), else times are written in UTC.
struct ICSTimeZone {
    var identifier: String
    var zone: TimeZone

    init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.zone = zone
    }

    /// True when the zone has no daylight-saving transitions from 2000 on.
    var isFixed: Bool {
        zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: 946_684_800)) == nil
    }

    /// The offset as iCalendar writes it: `+0700`.
    var offset: String {
        let seconds = zone.secondsFromGMT(for: Date(timeIntervalSince1970: 946_684_800))
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return String(format: "%@%02d%02d", sign, minutes / 60, minutes % 60)
    }

    /// The instant of a wall-clock time in this zone.
    func instant(_ date: CivilDate, hour: Int, minute: Int) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute))
    }

    /// The VTIMEZONE of a fixed-offset zone.
    func write(to ics: inout ICSWriter) {
        let name = zone.abbreviation(for: Date(timeIntervalSince1970: 946_684_800)) ?? offset
        ics.begin("VTIMEZONE")
        ics.raw("TZID", identifier)
        ics.begin("STANDARD")
        ics.raw("DTSTART", "19700101T000000")
        ics.raw("TZOFFSETFROM", offset)
        ics.raw("TZOFFSETTO", offset)
        ics.text("TZNAME", identifier == "Asia/Ho_Chi_Minh" ? "ICT" : name)
        ics.end("STANDARD")
        ics.end("VTIMEZONE")
    }
}
