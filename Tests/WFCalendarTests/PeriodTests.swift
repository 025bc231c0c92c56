import Testing
@testable import WFCalendar

@Suite("Period")
struct PeriodTests {
    @Test("parses years, quarters, halves and months", arguments: [
        ("2023", "2023-01-01", "2023-12-31", "2023", "năm 2023"),
        ("2023-Q1", "2023-01-01", "2023-03-31", "2023-Q1", "Quý I/2023"),
        ("2024-Q1", "2024-01-01", "2024-03-31", "2024-Q1", "Quý I/2024"),
        ("2023-Q2", "2023-04-01", "2023-06-30", "2023-Q2", "Quý II/2023"),
        ("2023-Q3", "2023-07-01", "2023-09-30", "2023-Q3", "Quý III/2023"),
        ("2023-Q4", "2023-10-01", "2023-12-31", "2023-Q4", "Quý IV/2023"),
        ("2023-q4", "2023-10-01", "2023-12-31", "2023-Q4", "Quý IV/2023"),
        ("2023-H1", "2023-01-01", "2023-06-30", "2023-H1", "6 tháng đầu năm 2023"),
        ("2023-H2", "2023-07-01", "2023-12-31", "2023-H2", "6 tháng cuối năm 2023"),
        ("2023-10", "2023-10-01", "2023-10-31", "2023-10", "tháng 10/2023"),
        ("2024-02", "2024-02-01", "2024-02-29", "2024-02", "tháng 2/2024"),
        ("2023-02", "2023-02-01", "2023-02-28", "2023-02", "tháng 2/2023"),
        ("2023-10-01..2023-12-31", "2023-10-01", "2023-12-31", "2023-10-01..2023-12-31", "từ 01/10/2023 đến 31/12/2023"),
    ])
    func accepts(text: String, start: String, end: String, label: String, vietnamese: String) throws {
        let period = try #require(Period.parse(text))
        #expect(period.start == day(start))
        #expect(period.end == day(end))
        #expect(period.label == label)
        #expect(period.vietnamese == vietnamese)
    }

    @Test("rejects bad periods", arguments: [
        "2023-Q5", "2023-Q0", "2023-H3", "2023-H0", "2023-13", "2023-00", "2023-1", "23", "2023-", "Q4-2023",
        "2023-Q4 ", "2023Q4", "2023-Q12", "2023-10-01..2023-09-30", "2023-10-01..", "..2023-10-01", "năm 2023", "",
    ])
    func rejects(text: String) {
        #expect(Period.parse(text) == nil)
    }

    @Test("an explicit period has a range label and contains its ends")
    func explicit() {
        let period = Period(start: day("2023-10-01"), end: day("2023-12-31"))
        #expect(period.label == "2023-10-01..2023-12-31")
        #expect(period.vietnamese == "từ 01/10/2023 đến 31/12/2023")
        #expect(period.contains(day("2023-10-01")))
        #expect(period.contains(day("2023-12-31")))
        #expect(!period.contains(day("2023-09-30")))
        #expect(!period.contains(day("2024-01-01")))
        #expect(period.dayCount == 92)
        #expect(Period.parse(period.label) == period)
    }

    @Test("the quarter contains the 10/10 digital transformation day")
    func quarterContains() throws {
        let q4 = try #require(Period.parse("2023-Q4"))
        #expect(q4.contains(day("2023-10-10")))
        #expect(!q4.contains(day("2024-10-10")))
    }
}
