import Foundation
import WFPluginAPI

/// Dates and agency names written the way Vietnamese administrative documents write them
/// (numbers, money and statuses come from WFPlanning's `NumberWording` and `PlanWording`).
enum VietnameseText {
    /// Day and month as Nghị định 30/2020 writes them in the place-and-date line:
    /// a zero before days 1–9 and months 1–2 (`ngày 05 tháng 02`, `ngày 15 tháng 3`).
    static func dateLine(_ date: CivilDate, place: String?) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month <= 2 ? "0\(date.month)" : "\(date.month)"
        let text = "ngày \(day) tháng \(month) năm \(date.year)"
        guard let place, !place.isEmpty else { return text.prefix(1).uppercased() + text.dropFirst() }
        return "\(place), \(text)"
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
