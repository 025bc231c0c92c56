import Foundation
import WFPluginAPI

/// Everything a report shows, gathered from the plan and the run as of a date.
struct ReportData: Sendable {
    var planName: String
    /// The plan's period.
    var period: Period?
    /// The period the report covers (`period:` input; by default the plan's quarter or month,
    /// or the quarter of a year plan that contains the as-of date).
    var reportPeriod: Period
    /// The span the report covers: the plan's period, or the span of its dates.
    var start: CivilDate
    var end: CivilDate
    var vars: [(name: String, value: String)]
    var asOf: CivilDate
    var header: ReportHeader
    var goals: [ReportGoal]
    var events: [ReportEvent]
    var budget: [ReportBudgetRow]
    /// Every budget's latest snapshot added up (never a sum of snapshots of one budget); nil
    /// without checkpoints or when their currencies differ.
    var budgetTotal: BudgetResult?
    /// Section I: goals due in the report's period, late ones from before it, continuous work.
    var current: [ReportGoal]
    /// Section IV: goals due in the period after the report's.
    var nextQuarter: [ReportGoal]
    /// The plan's words for states and times.
    var words: PlanWording
    /// The plan and its snapshot the data comes from: an `.xlsx` output is their status workbook.
    var plan: CompiledPlan
    var snapshot: PlanSnapshot

    /// Goals with a status.
    func goals(_ state: DeadlineState) -> [ReportGoal] { goals.filter { $0.state == state } }

    /// Goals not done, in due order: what carries over.
    var open: [ReportGoal] { goals.filter { $0.state != .done } }
}

/// The administrative header and signature fields (Nghị định 30/2020).
struct ReportHeader: Sendable {
    /// The document type: `BÁO CÁO`.
    var title: String
    /// `125/BC-STTTT`, or nil for a draft without a number.
    var number: String?
    /// The issuing agency as given: `Sở Thông tin và Truyền thông tỉnh Bắc Ninh`.
    var agency: String
    /// The agency as the header prints it, under its parent (locality dropped when the parent names it).
    var agencyShort: String
    /// `UBND TỈNH BẮC NINH`, or nil.
    var parentAgency: String?
    var place: String?
    var date: CivilDate
    var signer: String?
    var signerTitle: String
    var recipients: [String]
    /// The line under the title: `Kết quả thực hiện nhiệm vụ Quý IV/2023`.
    var summary: String

    /// `Số: 125/BC-STTTT`, or a blank number for a draft.
    var numberLine: String {
        guard let number, !number.isEmpty else { return "Số:        /BC" }
        return number.hasPrefix("Số") ? number : "Số: \(number)"
    }

    /// `Bắc Ninh, ngày 05 tháng 10 năm 2023`.
    var dateLine: String { VietnameseText.dateLine(date, place: place) }

    /// The `Nơi nhận:` lines: `- X;` for each recipient, then `- Lưu: VT.` (or the archive line given last).
    var recipientLines: [String] {
        var names = recipients.map { line -> String in
            var text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("-") { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
            while text.hasSuffix(";") || text.hasSuffix(".") { text = String(text.dropLast()) }
            return text
        }.filter { !$0.isEmpty }
        let archive = names.last?.hasPrefix("Lưu") == true ? names.removeLast() : "Lưu: VT"
        return names.map { "- \($0);" } + ["- \(archive)."]
    }
}

/// A goal or prepare item with its status as of the run date.
/// A class, not a struct: the report filters and lists its goals many times over (overdue,
/// waiting, the period's, the next period's), and copying a reference is one retain where a
/// copy of these fields is a dozen.
final class ReportGoal: Sendable {
    let id: String
    let title: String
    /// `goal` or `prepare`.
    let kind: String
    /// For a prepare item, its event's title.
    let event: String?
    let ownerID: String?
    let ownerName: String?
    /// The partner units' names (đơn vị phối hợp), in the plan's order.
    let partnerNames: [String]
    /// The due date; nil for continuous work ("Thường xuyên").
    let due: CivilDate?
    /// When work starts, if the plan says.
    let start: CivilDate?
    /// The item as the snapshot has it: state, days left, what it waits for.
    let status: ItemStatus
    let kpi: KPIStatus?
    let description: String?
    /// Where its bar starts on the timeline (`CompiledPlan.barStarts()`: its start, else after
    /// its `after:` items, else the period's start, else a short bar before its due date).
    let barStart: CivilDate?

    init(id: String, title: String, kind: String, event: String?, ownerID: String?, ownerName: String?,
         partnerNames: [String], due: CivilDate?, start: CivilDate?, status: ItemStatus, kpi: KPIStatus?,
         description: String?, barStart: CivilDate?) {
        self.id = id
        self.title = title
        self.kind = kind
        self.event = event
        self.ownerID = ownerID
        self.ownerName = ownerName
        self.partnerNames = partnerNames
        self.due = due
        self.start = start
        self.status = status
        self.kpi = kpi
        self.description = description
        self.barStart = barStart
    }

    /// What a goal delivers (sản phẩm), and its annex group ("I. Hoàn thiện thể chế").
    var product: String? { status.product }
    var group: String? { status.group }
    var state: DeadlineState { status.state }
    var daysLeft: Int { status.daysLeft }
    var workdaysLeft: Int { status.workdaysLeft }
    /// Progress 0…1, when known.
    var progress: Double? { status.progress }
}

/// An event and where it stands.
struct ReportEvent: Sendable {
    var id: String
    var title: String
    var date: PlanDateTime
    /// The last day of an event of several days.
    var end: PlanDateTime?

    /// `10/10/2023`, or `10/10/2023 – 12/10/2023` for an event of several days.
    var dates: String {
        guard let end, end.date != date.date else { return date.date.vietnamese }
        return "\(date.date.vietnamese) – \(end.date.vietnamese)"
    }
    var ownerName: String?
    var location: String?
    var description: String?
    var daysLeft: Int
}

/// A budget checkpoint as the snapshot has it, with its owner's name.
struct ReportBudgetRow: Sendable {
    var budget: BudgetResult
    var ownerName: String?

    var id: String { budget.id }
    var title: String { budget.title }
    var date: CivilDate { budget.date ?? CivilDate(dayNumber: 0) }
    var allocated: Double { budget.allocated }
    var spent: Double { budget.spent }
    var currency: String { budget.currency }
    var expect: Double? { budget.expect }
    var state: BudgetState { budget.state }
    /// spent / allocated, or nil when nothing is allocated.
    var rate: Double? { allocated > 0 ? budget.rate : nil }
}
