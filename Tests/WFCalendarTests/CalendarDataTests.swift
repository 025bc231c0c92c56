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
}
