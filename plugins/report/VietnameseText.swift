import Foundation
import WFPluginAPI

/// Numbers, money, percentages and dates written the way Vietnamese documents write them.
enum VietnameseText {
    /// `1200000000` → `1.200.000.000` (dots group thousands).
    static func grouped(_ value: Double) -> String {
        let rounded = value.rounded()
        guard rounded.isFinite, abs(rounded) < 1e18 else { return String(value) }
        let integer = Int(rounded)
        let digits = String(abs(integer))
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "." }
            result.append(character)
        }
        return integer < 0 ? "-" + result : result
    }

    /// `1200000000, "VND"` → `1.200.000.000 đ`; other currencies keep their code.
    static func money(_ value: Double, currency: String = "VND") -> String {
        let unit = currency.uppercased() == "VND" ? "đ" : currency
        return "\(grouped(value)) \(unit)"
    }

    /// `0.7083` → `70,8%` (one decimal, comma as the decimal mark, no `,0`).
    static func percent(_ fraction: Double) -> String {
        let tenths = (fraction * 1000).rounded()
        guard tenths.isFinite else { return "—" }
        let value = Int(tenths)
        let whole = value / 10
        let decimal = abs(value % 10)
        return decimal == 0 ? "\(whole)%" : "\(whole),\(decimal)%"
    }

    /// Day and month as Nghị định 30/2020 writes them in the place-and-date line:
    /// a zero before days 1–9 and months 1–2 (`ngày 05 tháng 02`, `ngày 15 tháng 3`).
    static func dateLine(_ date: CivilDate, place: String?) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month <= 2 ? "0\(date.month)" : "\(date.month)"
        let text = "ngày \(day) tháng \(month) năm \(date.year)"
        guard let place, !place.isEmpty else { return text.prefix(1).uppercased() + text.dropFirst() }
        return "\(place), \(text)"
    }

    /// `2023-10-05` → `05/10/2023`.
    static func short(_ date: CivilDate) -> String { date.vietnamese }

    /// The Vietnamese name of a plan period, or of the span from `start` to `end` when there is none.
    static func periodName(_ period: Period?) -> String {
        period?.vietnamese ?? ""
    }

    /// A deadline status in Vietnamese.
    static func status(_ status: String) -> String {
        switch status {
        case "done": return "Hoàn thành"
        case "on-track": return "Đúng tiến độ"
        case "due-soon": return "Sắp đến hạn"
        case "overdue": return "Quá hạn"
        case "blocked": return "Bị chặn"
        default: return status
        }
    }

    /// A budget status in Vietnamese.
    static func budgetStatus(_ status: String) -> String {
        switch status {
        case "on-track": return "Đúng tiến độ"
        case "below": return "Chậm giải ngân"
        case "over-budget": return "Vượt dự toán"
        default: return status
        }
    }

    /// How many days are left, in words: `còn 5 ngày`, `hôm nay`, `quá 3 ngày`.
    static func daysLeft(_ days: Int) -> String {
        if days > 0 { return "còn \(days) ngày" }
        if days == 0 { return "đến hạn hôm nay" }
        return "quá hạn \(-days) ngày"
    }

    /// The province or city named at the end of an agency's name:
    /// `Sở Thông tin và Truyền thông tỉnh Bắc Ninh` → (`Sở Thông tin và Truyền thông`, `tỉnh`, `Bắc Ninh`).
    static func splitLocality(_ agency: String) -> (unit: String, kind: String, place: String)? {
        for kind in ["thành phố", "tỉnh"] {
            guard let range = agency.range(of: " \(kind) ", options: [.caseInsensitive, .backwards]) else { continue }
            let unit = String(agency[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            let place = String(agency[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            guard !unit.isEmpty, !place.isEmpty else { continue }
            return (unit, kind, place)
        }
        return nil
    }
}
