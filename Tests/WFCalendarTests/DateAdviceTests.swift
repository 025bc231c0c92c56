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
        #expect(advice.reason.en == reason)
        #expect(advice.suggestion == suggestion)
    }

    @Test("the same mistakes, named in Vietnamese", arguments: [
        ("31/04/2024", "tháng 4 năm 2024 chỉ có 30 ngày"),
        ("2024-02-30", "tháng 2 năm 2024 chỉ có 29 ngày"),
        ("04/26/2024", "viết ngày trước, tháng sau (không có tháng 26)"),
        ("26/4/24", "năm phải viết đủ 4 chữ số"),
        ("26.04.2024", "dùng dấu '/' để ngăn cách ngày, tháng và năm"),
        ("26.4.24", "năm phải viết đủ 4 chữ số; dùng dấu '/' để ngăn cách ngày, tháng và năm"),
        ("31.04.2024", "dùng dấu '/' để ngăn cách ngày, tháng và năm; tháng 4 năm 2024 chỉ có 30 ngày"),
        ("2024-13-01", "không có tháng 13; tháng chỉ từ 1 đến 12"),
        ("1/1/202", "năm '202' phải viết đủ 4 chữ số"),
    ])
    func dateInVietnamese(text: String, reason: String) throws {
        let advice = try #require(DateAdvice.date(text), "\(text)")
        #expect(advice.reason.vi == reason)
    }

    @Test("two mistakes at once are both named, in both languages")
    func twoMistakes() throws {
        let advice = try #require(DateAdvice.date("26.4.24"))
        #expect(advice.reason.en == "the year needs 4 digits; write '/' between day, month and year")
        #expect(advice.suggestion == "26/04/2024")
        #expect(try #require(DateAdvice.date("1/1/202")).reason.en == "the year '202' needs 4 digits")
    }

    @Test("the deadline forms are listed in both languages, with the phrases as written")
    func deadlineForms() {
        #expect(DeadlinePhrase.forms.en.hasPrefix("a date (2025-06-30, 30/06/2025) or a phrase: \"Quý II/2025\""))
        #expect(DeadlinePhrase.forms.vi.hasPrefix("một ngày (2025-06-30, 30/06/2025) hoặc một cụm từ: \"Quý II/2025\""))
        #expect(DeadlinePhrase.forms.vi.hasSuffix("\"Thường xuyên\""))
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
