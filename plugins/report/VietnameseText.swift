import Foundation
import WFPluginAPI

/// Dates and agency names written the way Vietnamese administrative documents write them
/// (numbers, money and statuses come from WFPlanning's `NumberWording` and `PlanWording`).
enum VietnameseText {
    /// Day and month as Nghị định 30/2020 writes them in the place-and-date line:
    /// a zero before days 1–9 and months 1–2 (`ngày 05 tháng 02`, `ngày 15 tháng 3`).
    static func dateLine(_ date: CivilDate, place: String?) -> String {
        let text = DateWording.document(date)
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
    /// (`Văn phòng`, `Bộ Thông tin và Truyền thông`); the unit is what comes before the ministry.
    static func splitMinistry(_ agency: String) -> (unit: String, ministry: String)? {
        guard let range = agency.range(of: " Bộ ", options: .backwards) else { return nil }
        let unit = String(agency[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        // `Đại diện Văn phòng Bộ X tại TP Đà Nẵng`: the ministry's name stops before `tại`.
        let rest = agency[range.upperBound...]
        let name = rest.range(of: " tại ").map { rest[..<$0.lowerBound] } ?? rest
        let ministry = "Bộ " + name.trimmingCharacters(in: .whitespaces)
        guard !unit.isEmpty, ministry.count > 3 else { return nil }
        return (unit, ministry)
    }

    /// The issuing body as the header prints it under `parent` (Nghị định 30/2020, Phụ lục I):
    /// what the parent already says is dropped. Under `UBND tỉnh Bắc Ninh`, `Sở Thông tin và Truyền
    /// thông tỉnh Bắc Ninh` is `Sở Thông tin và Truyền thông`; under `Bộ Thông tin và Truyền thông`,
    /// `Văn phòng Bộ Thông tin và Truyền thông` (or `Văn phòng Bộ`) is `Văn phòng`; under any other
    /// parent, a name ending with the parent's drops it.
    static func shortAgency(_ agency: String, under parent: String?,
                            locality: (unit: String, kind: String, place: String)?) -> String {
        guard let parent = parent?.trimmingCharacters(in: .whitespaces), !parent.isEmpty else { return agency }
        if let locality, parent.lowercased().contains(locality.place.lowercased()) {
            return locality.unit
        }
        let trimmed = agency.trimmingCharacters(in: .whitespaces)
        if parent.lowercased().hasPrefix("bộ ") {
            // Under a ministry its name is `Bộ` inside the unit's, and a trailing `Bộ` goes:
            // `Đại diện Văn phòng Bộ X tại TP Đà Nẵng` → `Đại diện Văn phòng Bộ tại TP Đà Nẵng`,
            // `Văn phòng Bộ X` → `Văn phòng`. (`cán bộ` is lower-case and stays.)
            var unit = trimmed
            if let range = unit.range(of: " " + parent, options: [.caseInsensitive, .backwards]) {
                unit.replaceSubrange(range, with: " Bộ")
            }
            if let range = unit.range(of: " Bộ", options: [.backwards, .anchored]) {
                unit.removeSubrange(range)
            }
            unit = unit.trimmingCharacters(in: .whitespaces)
            return unit.isEmpty ? agency : unit
        }
        // The unit's name ends with its parent's.
        if let range = trimmed.range(of: " " + parent, options: [.caseInsensitive, .backwards, .anchored]) {
            let unit = trimmed[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            if !unit.isEmpty { return unit }
        }
        return agency
    }
}
