import Foundation

/// The government's yearly choices and swaps, shipped as `Resources/vn-calendar.json`.
///
/// Layout (every date ISO `YYYY-MM-DD`, inside the year it is listed under; every key optional):
///
/// ```json
/// { "years": { "2024": {
///     "source": "what announced it",
///     "tet": ["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"],
///     "nationalDay": "2024-09-03",
///     "off": ["2024-04-29"],
///     "work": ["2024-05-04"] } } }
/// ```
///
/// - `tet`: the days of Tết chosen by the Prime Minister (Labor Code 2019, Art. 112(3)); they
///   replace the default rule. Weekend days between them are named Tết too; a listed day on a
///   weekend gets a make-up day.
/// - `nationalDay`: the day next to 2/9 chosen (1/9 or 3/9), replacing the default rule.
/// - `off`: extra weekdays off, swapped for a working Saturday ("hoán đổi ngày làm việc").
/// - `work`: working days: make-up Saturdays, or any computed day off that is cancelled.
/// - `source`, `note`: where the choice comes from, for people; not read by the code.
struct CalendarData: Sendable, Hashable, Decodable {
    /// One year's entry as written in the file.
    struct Year: Sendable, Hashable, Decodable {
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
    static let shipped: CalendarData = (try? decode(Data(PackageResources.vn_calendar_json))) ?? CalendarData(years: [:])

    /// Decodes the JSON layout above.
    static func decode(_ json: Data) throws -> CalendarData {
        try JSONDecoder().decode(CalendarData.self, from: json)
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
                nationalDay: try entry.nationalDay.map { text throws(CalendarDataError) in try date(text, "nationalDay") },
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
