import Testing
@testable import WFCalendar

/// The common ways a planner mistypes a date or a duration, and what wf says back.
@Suite("date and duration advice")
struct DateAdviceTests {
    @Test("a date mistake is named, with the fix when it is clear", arguments: [
        ("31/04/2024", "April 2024 has 30 days", nil),
        ("2024-02-30", "February 2024 has 29 days", nil),
        ("29/02/2023", "February 2023 has 28 days", nil),
        ("04/26/2024", "the day comes first, then the month (there is no month 26)", "26/04/2024"),
        ("26/4/24", "the year needs 4 digits", "26/04/2024"),
        ("26.04.2024", "write '/' between day, month and year", "26/04/2024"),
        ("26-04-2024", "write '/' between day, month and year", "26/04/2024"),
        ("2024-13-01", "there is no month 13; months go from 1 to 12", nil),
        ("15/13/2024", "there is no month 13; months go from 1 to 12", nil),
    ] as [(String, String, String?)])
    func date(text: String, reason: String, suggestion: String?) throws {
        let advice = try #require(DateAdvice.date(text), "\(text)")
        #expect(advice.reason == reason)
        #expect(advice.suggestion == suggestion)
    }

    @Test("valid dates and non-dates get no advice", arguments: ["26/04/2024", "2024-04-26", "Quý II/2025", "sớm", ""])
    func noAdvice(text: String) {
        #expect(DateAdvice.date(text) == nil)
    }

    @Test("durations written in words", arguments: [
        ("14 ngày", "14d"), ("3 ngày làm việc", "3wd"), ("3 ngay lam viec", "3wd"), ("2 tuần", "2w"),
        ("4 giờ", "4h"), ("30 phút", "30m"), ("14 days", "14d"), ("-10 ngày làm việc", "-10wd"),
    ])
    func duration(text: String, expected: String) {
        #expect(DateAdvice.duration(text) == expected)
    }

    @Test("not a duration in words", arguments: ["mười ngày", "14", "ngày", "3 tháng"])
    func notDuration(text: String) {
        #expect(DateAdvice.duration(text) == nil)
    }
}
