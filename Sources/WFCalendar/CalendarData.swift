import WFJSON

/// The government's yearly choices and swaps, shipped as `Resources/vn-calendar.json`.
///
/// Layout (every date ISO `YYYY-MM-DD`, inside the year it is listed under; every key optional):
///
/// ```json
/// { "years": { "2024": {
///     "source": "what announced it",
///     "tet": ["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"],
///     "national_day": "2024-09-03",
///     "off": ["2024-04-29"],
///     "work": ["2024-05-04"] } } }
/// ```
///
/// - `tet`: the days of Tết chosen by the Prime Minister (Labor Code 2019, Art. 112(3)); they
///   replace the default rule. Weekend days between them are named Tết too; a listed day on a
///   weekend gets a make-up day.
/// - `national_day`: the day next to 2/9 chosen (1/9 or 3/9), replacing the default rule.
/// - `off`: extra weekdays off, swapped for a working Saturday ("hoán đổi ngày làm việc").
/// - `work`: working days: make-up Saturdays, or any computed day off that is cancelled.
/// - `source`, `note`: where the choice comes from, for people; not read by the code.
///
/// Other keys (such as the file's `_comment`) are ignored; a `null` value counts as absent.
struct CalendarData: Sendable, Hashable {
    /// One year's entry as written in the file.
    struct Year: Sendable, Hashable {
        var source: String?
        var note: String?
        var tet: [String]?
        var nationalDay: String?
        var off: [String]?
        var work: [String]?
    }

    /// Entries keyed by year (`"2024"`).
    var years: [String: Year]

    /// The shipped data, decoded once; empty if the embedded file were ever unreadable.
    static let shipped: CalendarData = (try? decode(PackageResources.vn_calendar_json)) ?? CalendarData(years: [:])

    /// Decodes the JSON layout above from UTF-8 bytes; throws when they are not JSON or a
    /// key holds the wrong kind of value.
    static func decode(_ bytes: some Collection<UInt8>) throws(CalendarDataError) -> CalendarData {
        guard let json = JSON(parsing: Array(bytes)) else { throw CalendarDataError("the calendar data is not valid JSON") }
        guard case .object(let members)? = json["years"] else {
            throw CalendarDataError("the calendar data has no 'years' object")
        }
        var years: [String: Year] = [:]
        for (key, value) in members {
            guard case .object = value else { throw CalendarDataError("\(key) is not an object") }
            func text(_ field: String) throws(CalendarDataError) -> String? {
                guard let member = value[field], member != .null else { return nil }
                guard let text = member.stringValue else { throw CalendarDataError("\(key).\(field) is not a string") }
                return text
            }
            func texts(_ field: String) throws(CalendarDataError) -> [String]? {
                guard let member = value[field], member != .null else { return nil }
                guard let items = member.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
                    throw CalendarDataError("\(key).\(field) is not a list of strings")
                }
                return items.compactMap(\.stringValue)
            }
            years[key] = Year(
                source: try text("source"), note: try text("note"), tet: try texts("tet"),
                nationalDay: try text("national_day"), off: try texts("off"), work: try texts("work"))
        }
        return CalendarData(years: years)
    }

    /// The entries as typed rules, keyed by year; throws on a bad year key or date, or a date outside its year.
    func rules() throws(CalendarDataError) -> [Int: YearChoices] {
        var result: [Int: YearChoices] = [:]
        for (key, entry) in years {
            guard key.utf8.count == 4, let year = ASCII.number(key.utf8) else {
                throw CalendarDataError("year key '\(key)' is not a four-digit year")
            }
            func date(_ text: String, _ field: String) throws(CalendarDataError) -> CivilDate {
                guard let date = CivilDate.parse(text), date.iso == text else {
                    throw CalendarDataError("'\(text)' in \(key).\(field) is not an ISO date (YYYY-MM-DD)")
                }
                guard date.year == year else {
                    throw CalendarDataError("'\(text)' in \(key).\(field) is not in \(key)")
                }
                return date
            }
            func dates(_ texts: [String]?, _ field: String) throws(CalendarDataError) -> [CivilDate] {
                var result: [CivilDate] = []
                for text in texts ?? [] { result.append(try date(text, field)) }
                return result
            }
            result[year] = YearChoices(
                tet: entry.tet == nil ? nil : try dates(entry.tet, "tet"),
                nationalDay: try entry.nationalDay.map { text throws(CalendarDataError) in try date(text, "national_day") },
                off: try dates(entry.off, "off"),
                work: try dates(entry.work, "work"))
        }
        return result
    }
}

/// One year's announced choices, typed.
struct YearChoices: Sendable, Hashable {
    var tet: [CivilDate]?
    var nationalDay: CivilDate?
    var off: [CivilDate] = []
    var work: [CivilDate] = []
}

/// A problem in calendar data: a bad year key, date, or a date outside its year.
struct CalendarDataError: Error, Sendable, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
