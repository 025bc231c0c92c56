import Foundation
import WFPluginAPI

extension ReportHeader {
    /// The header from the step's inputs, with defaults from the plan's `vars` and name.
    static func resolve(_ inputs: Inputs, plan: Plan, asOf: CivilDate) -> ReportHeader {
        func variable(_ name: String) -> String? {
            plan.vars.first { $0.name.value == name }?.value.scalar?.text.nonEmpty
        }
        let agency = inputs.string("agency")?.nonEmpty ?? variable("department") ?? plan.name
        let locality = VietnameseText.splitLocality(agency)
        let parent = inputs.string("parent_agency")?.nonEmpty ?? variable("parent_agency")
            ?? locality.flatMap { $0.unit.lowercased().hasPrefix("sở ") ? "UBND \($0.kind) \($0.place)" : nil }
            ?? VietnameseText.splitMinistry(agency)?.ministry
        let agencyShort = VietnameseText.shortAgency(agency, under: parent, locality: locality)
        let summary = inputs.string("summary")?.nonEmpty
            ?? plan.period.map { "Kết quả thực hiện nhiệm vụ \($0.value.vietnamese)" }
            ?? "Kết quả thực hiện \(plan.name)"
        return ReportHeader(
            title: inputs.string("title")?.nonEmpty ?? "BÁO CÁO",
            number: inputs.string("number")?.nonEmpty,
            agency: agency, agencyShort: agencyShort, parentAgency: parent,
            place: inputs.string("place")?.nonEmpty ?? variable("place") ?? locality?.place,
            date: inputs.date("date") ?? asOf,
            signer: inputs.string("signer")?.nonEmpty ?? variable("director"),
            signerTitle: inputs.string("signer_title")?.nonEmpty ?? "GIÁM ĐỐC",
            recipients: inputs.strings("recipients"),
            summary: summary)
    }
}

extension String {
    /// The string, or nil when it is empty or only spaces.
    var nonEmpty: String? {
        trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : self
    }
}
