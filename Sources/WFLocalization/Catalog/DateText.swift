/// What is wrong with a date a planner wrote, and the forms wf accepts.
@dynamicCallable
public enum DateText: String, MessageCatalog {
    case monthHasDays, dayComesFirst, noSuchMonth, yearNeedsFourDigits, yearNeedsFourDigitsNamed, writeSlashes
    case deadlineForms
    case january, february, march, april, may, june, july, august, september, october, november, december

    public var templates: (en: String, vi: String) {
        switch self {
        case .monthHasDays: ("{month} {year} has {days} days", "{month} năm {year} chỉ có {days} ngày")
        case .dayComesFirst:
            ("the day comes first, then the month (there is no month {month})",
             "viết ngày trước, tháng sau (không có tháng {month})")
        case .noSuchMonth:
            ("there is no month {month}; months go from 1 to 12", "không có tháng {month}; tháng chỉ từ 1 đến 12")
        case .yearNeedsFourDigits: ("the year needs 4 digits", "năm phải viết đủ 4 chữ số")
        case .yearNeedsFourDigitsNamed: ("the year '{year}' needs 4 digits", "năm '{year}' phải viết đủ 4 chữ số")
        case .writeSlashes:
            ("write '/' between day, month and year", "dùng dấu '/' để ngăn cách ngày, tháng và năm")
        case .deadlineForms:
            ("a date (2025-06-30, 30/06/2025) or a phrase: \"Quý II/2025\", \"quý 2 năm 2025\", \"Tháng 8/2026\", "
                + "\"6 tháng đầu năm 2025\", \"6 tháng cuối năm 2025\", \"Năm 2025\", \"Trước 15/10/2025\", "
                + "\"Chậm nhất 15/10/2025\", \"Trong ngày 15/10/2025\", \"Thường xuyên\"",
             "một ngày (2025-06-30, 30/06/2025) hoặc một cụm từ: \"Quý II/2025\", \"quý 2 năm 2025\", \"Tháng 8/2026\", "
                + "\"6 tháng đầu năm 2025\", \"6 tháng cuối năm 2025\", \"Năm 2025\", \"Trước 15/10/2025\", "
                + "\"Chậm nhất 15/10/2025\", \"Trong ngày 15/10/2025\", \"Thường xuyên\"")
        case .january: ("January", "tháng 1")
        case .february: ("February", "tháng 2")
        case .march: ("March", "tháng 3")
        case .april: ("April", "tháng 4")
        case .may: ("May", "tháng 5")
        case .june: ("June", "tháng 6")
        case .july: ("July", "tháng 7")
        case .august: ("August", "tháng 8")
        case .september: ("September", "tháng 9")
        case .october: ("October", "tháng 10")
        case .november: ("November", "tháng 11")
        case .december: ("December", "tháng 12")
        }
    }
}

extension DateText {
    /// `April` / `tháng 4` for month 4 (1…12).
    public static func monthName(_ month: Int) -> Message {
        let names: [DateText] = [.january, .february, .march, .april, .may, .june, .july, .august, .september,
                                 .october, .november, .december]
        return names[min(max(month, 1), 12) - 1].message
    }
}
