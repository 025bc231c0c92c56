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

    /// A unit named after its ministry: `Văn phòng Bộ Thông tin và Truyền thông` →
    /// (`Văn phòng`, `Bộ Thông tin và Truyền thông`).
    static func splitMinistry(_ agency: String) -> (unit: String, ministry: String)? {
        guard let range = agency.range(of: " Bộ ", options: .backwards) else { return nil }
        let unit = String(agency[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        let ministry = "Bộ " + agency[range.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !unit.isEmpty, ministry.count > 3 else { return nil }
        return (unit, ministry)
    }

    /// The issuing body as the header prints it under `parent` (Nghị định 30/2020, Phụ lục I):
    /// what the parent already says is dropped. Under `UBND tỉnh Bắc Ninh`, `Sở Thông tin và Truyền
    /// thông tỉnh Bắc Ninh` is `Sở Thông tin và Truyền thông`; under `Bộ Thông tin và Truyền thông`,
    /// `Văn phòng Bộ Thông tin và Truyền thông` (or `Văn phòng Bộ`) is `Văn phòng`.
    static func shortAgency(_ agency: String, under parent: String?,
                            locality: (unit: String, kind: String, place: String)?) -> String {
        guard let parent = parent?.trimmingCharacters(in: .whitespaces), !parent.isEmpty else { return agency }
        if let locality, parent.lowercased().contains(locality.place.lowercased()) {
            return locality.unit
        }
        let trimmed = agency.trimmingCharacters(in: .whitespaces)
        let options: String.CompareOptions = [.caseInsensitive, .backwards, .anchored]
        // The unit's name ends with its parent's: `Văn phòng Bộ Thông tin và Truyền thông`.
        if let range = trimmed.range(of: " " + parent, options: options) {
            let unit = trimmed[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            if !unit.isEmpty { return unit }
        }
        // Under a ministry, `Văn phòng Bộ` is the ministry's `Văn phòng`.
        if parent.lowercased().hasPrefix("bộ "), let range = trimmed.range(of: " Bộ", options: options) {
            let unit = trimmed[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            if !unit.isEmpty { return unit }
        }
        return agency
    }
}
