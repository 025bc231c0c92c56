import Testing
@testable import WFCalendar

@Suite("PlanDateTime")
struct PlanDateTimeTests {
    @Test("parses dates with an optional time", arguments: [
        ("2023-10-10", "2023-10-10"),
        ("10/10/2023", "2023-10-10"),
        ("2023-10-10T08:00", "2023-10-10T08:00"),
        ("2023-10-10 08:00", "2023-10-10T08:00"),
        ("10/10/2023 08:00", "2023-10-10T08:00"),
        ("10/10/2023 8:05", "2023-10-10T08:05"),
        ("2023-10-10T23:59", "2023-10-10T23:59"),
        ("2023-10-10T00:00", "2023-10-10T00:00"),
    ])
    func accepts(text: String, iso: String) {
        #expect(PlanDateTime.parse(text)?.iso == iso)
    }

    @Test("rejects bad dates and times", arguments: [
        "2023-10-10T24:00", "2023-10-10T08:60", "2023-10-10T8", "2023-10-10T08:0", "2023-10-10T08:00:00",
        "2023-10-10T", "2023-10-10 ", "2023-10-10  08:00", "2023-02-29T08:00", "2023-10-10T08:00Z",
        "2023-10-10t08:00", "T08:00", "08:00", "2023-10-10T-1:00",
    ])
    func rejects(text: String) {
        #expect(PlanDateTime.parse(text) == nil)
    }

    @Test("keeps the parts")
    func parts() throws {
        let value = try #require(PlanDateTime.parse("2023-10-10T08:30"))
        #expect(value.date == day("2023-10-10"))
        #expect(value.hour == 8)
        #expect(value.minute == 30)
        #expect(value.hasTime)
        #expect(PlanDateTime.parse("2023-10-10")?.hour == nil)
    }

    @Test("orders by date, then time; a bare date comes first")
    func ordering() throws {
        let bare = try #require(PlanDateTime.parse("2023-10-10"))
        let morning = try #require(PlanDateTime.parse("2023-10-10T08:00"))
        let evening = try #require(PlanDateTime.parse("2023-10-10T18:00"))
        let next = try #require(PlanDateTime.parse("2023-10-11"))
        #expect([next, evening, bare, morning].sorted() == [bare, morning, evening, next])
    }
}
