import Foundation
import Testing
@testable import WFCalendar

@Suite("vn-calendar.json")
struct CalendarDataTests {
    @Test("the embedded file decodes, and every date is an ISO date inside its year")
    func shippedFileIsValid() throws {
        #expect(!PackageResources.vn_calendar_json.isEmpty)
        let data = try CalendarData.decode(Data(PackageResources.vn_calendar_json))
        #expect(data == CalendarData.shipped)
        let rules = try data.rules()
        #expect(rules.count == 7)
        for (year, choices) in rules {
            #expect(choices.tet?.count == 5, "\(year)")
            #expect(choices.off.allSatisfy { !$0.isWeekend }, "\(year): swapped days off are weekdays")
            #expect(choices.work.allSatisfy { $0.isWeekend }, "\(year): make-up working days are weekends")
            #expect(data.years[String(year)]?.source?.isEmpty == false, "\(year) names its source")
        }
    }

    @Test("bad data is rejected with a message", arguments: [
        (#"{"years": {"2024": {"off": ["2024-02-30"]}}}"#, "'2024-02-30' in 2024.off is not an ISO date (YYYY-MM-DD)"),
        (#"{"years": {"2024": {"work": ["04/05/2024"]}}}"#, "'04/05/2024' in 2024.work is not an ISO date (YYYY-MM-DD)"),
        (#"{"years": {"2024": {"tet": ["2025-01-29"]}}}"#, "'2025-01-29' in 2024.tet is not in 2024"),
        (#"{"years": {"24": {}}}"#, "year key '24' is not a four-digit year"),
    ])
    func rejectsBadData(json: String, message: String) throws {
        let data = try CalendarData.decode(Data(json.utf8))
        #expect(throws: CalendarDataError.self) { try data.rules() }
        do { _ = try data.rules() } catch { #expect(error.description == message) }
    }

    @Test("keys are snake_case: national_day is read")
    func nationalDay() throws {
        let data = try CalendarData.decode(Data(#"{"_comment": "x", "years": {"2030": {"national_day": "2030-09-03", "note": null}}}"#.utf8))
        #expect(data.years["2030"]?.nationalDay == "2030-09-03")
        #expect(try data.rules()[2030]?.nationalDay == CivilDate.parse("2030-09-03"))
        #expect(!String(decoding: PackageResources.vn_calendar_json, as: UTF8.self).contains("nationalDay"))
    }

    @Test("data that is not JSON or has the wrong shape is rejected with a message", arguments: [
        (#"{"years": {"2024": {"off": ["2024-02-30"]}},}"#, "the calendar data is not valid JSON"),
        (#"{"year": {}}"#, "the calendar data has no 'years' object"),
        (#"{"years": {"2024": []}}"#, "2024 is not an object"),
        (#"{"years": {"2024": {"tet": "2024-02-10"}}}"#, "2024.tet is not a list of strings"),
        (#"{"years": {"2024": {"national_day": 3}}}"#, "2024.national_day is not a string"),
    ])
    func rejectsBadShape(json: String, message: String) {
        #expect(throws: CalendarDataError.self) { try CalendarData.decode(Data(json.utf8)) }
        do { _ = try CalendarData.decode(Data(json.utf8)) } catch { #expect(error.description == message) }
    }
}
