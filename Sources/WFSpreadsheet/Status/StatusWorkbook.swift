public import WFCore
public import WFPlanning
import WFLocalization

/// The status workbook a planner sends upward as it is: the tasks, events and budget of a plan
/// as of a date, one sheet each, read from the planning snapshot.
///
/// Every status, count of working days, KPI judgement and disbursement rate is the snapshot's,
/// the same that `wf plan`, the HTML report and the plugins show; status cells are coloured
/// from ``StatusColor``, the report's table. Words (``WorkbookText``, ``PlanWording``) are
/// Vietnamese, the administrative table's, unless the plan says `lang: en`.
public struct StatusWorkbook: Sendable {
    let snapshot: PlanSnapshot
    let plan: Plan
    /// The unit the rows are filtered to, with the groups it belongs to; nil for all.
    let units: Set<String>?
    let unit: String?
    let words: PlanWording
    /// The language of the workbook: the plan's `lang:`.
    let lang: Language
    let owners: [String: String]

    /// The workbook of `snapshot` (built from `compiled`); with `unit`, only what that unit leads
    /// or is a partner of, itself or through a group (as `wf plan --owner`).
    public static func build(_ snapshot: PlanSnapshot, plan compiled: CompiledPlan, unit: String? = nil) -> Workbook {
        StatusWorkbook(snapshot: snapshot, plan: compiled.plan, unit: unit).workbook
    }

    init(snapshot: PlanSnapshot, plan: Plan, unit: String?) {
        self.snapshot = snapshot
        self.plan = plan
        self.unit = unit
        lang = plan.lang
        words = PlanWording(lang: plan.lang)
        units = unit.map(snapshot.units(for:))
        owners = Dictionary(plan.owners.map { ($0.id.value, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    var workbook: Workbook {
        Workbook(sheets: [tasksSheet, eventsSheet, budgetSheet], title: "\(text(.tasksTitle)) – \(snapshot.name)",
                 creator: plan.vars.first { $0.name.value == "department" }?.value.scalar?.text ?? snapshot.name,
                 date: snapshot.asOf)
    }

    /// A catalog entry in the workbook's language.
    private func text(_ entry: WorkbookText) -> String { entry.message.text(lang) }

    // MARK: - Sheets

    var tasksSheet: Worksheet {
        let events = Dictionary(snapshot.events.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let rows = snapshot.items(owner: unit).enumerated().map { index, item -> [Cell] in
            var notes: [String] = []
            if let event = item.event { notes.append(WorkbookText.prepares(event: events[event] ?? event).text(lang)) }
            if item.isWaiting { notes.append(words.capitalized(words.waiting(item))) }
            if let description = item.description { notes.append(description) }
            return [
                Cell(.number(Double(index + 1)), style: Style.index),
                Cell(.text(item.title), style: Style.text),
                Cell(.text(item.owner.map(name)), style: Style.text),
                Cell(.text(item.partners.map(name).joined(separator: ", ")), style: Style.text),
                Cell(.text(words.capitalized(words.deadline(item))), style: Style.text),
                Cell(item.due.map(CellContent.date) ?? .empty, style: Style.date),
                Cell(.text(words.capitalized(words.state(item.state))), style: Style.status(StatusColor.of(item.state))),
                Cell(.number(item.progress), style: Style.percent),
                // Working days left: none for work done or without a due date.
                Cell(item.due == nil || item.state == .done ? .empty : .number(Double(item.workdaysLeft)), style: Style.count),
                Cell(.text(snapshot.kpi(item.id).map(words.kpi)), style: Style.text),
                Cell(.text(notes.joined(separator: "\n")), style: Style.text),
            ]
        }
        return sheet(.tasksSheet, title: .tasksTitle, headers: WorkbookText.taskHeaders, rows: rows)
    }

    var eventsSheet: Worksheet {
        let dates = DateWording(lang: lang)
        let rows = snapshot.events.filter { involves([$0.owner].compactMap { $0 } + $0.partners) }.enumerated()
            .map { index, event -> [Cell] in
                let time: CellContent = if let hour = event.date.hour {
                    .dateTime(event.date.date, hour: hour, minute: event.date.minute ?? 0)
                } else {
                    .date(event.date.date)
                }
                let reminders = event.reminders.all.map { reminder in
                    let offset = PlanDuration.parse(reminder.offset).map(dates.duration) ?? reminder.offset
                    let entry: WorkbookText = reminder == event.reminders.current ? .reminderDue : .reminder
                    return entry(offset: offset, date: dates.short(reminder.date)).text(lang)
                }
                let next = event.reminders.current ?? event.reminders.next
                return [
                    Cell(.number(Double(index + 1)), style: Style.index),
                    Cell(.text(event.title), style: Style.text),
                    Cell(time, style: event.date.hasTime ? Style.dateTime : Style.date),
                    Cell(.text(event.owner.map(name)), style: Style.text),
                    Cell(.text(event.partners.map(name).joined(separator: ", ")), style: Style.text),
                    Cell(.text(event.location), style: Style.text),
                    Cell(.text(words.capitalized(words.state(event.state))), style: Style.status(nil)),
                    Cell(.number(Double(event.daysLeft)), style: Style.count),
                    Cell(.text(reminders.joined(separator: "\n")), style: Style.text),
                    Cell(next.map { CellContent.date($0.date) } ?? .empty, style: Style.date),
                    Cell(.text(event.description), style: Style.text),
                ]
            }
        return sheet(.eventsSheet, title: .eventsTitle, headers: WorkbookText.eventHeaders, rows: rows)
    }

    var budgetSheet: Worksheet {
        let checkpoints = plan.checkpoints.filter { checkpoint in
            involves(([checkpoint.owner].compactMap { $0 } + checkpoint.partners).map(\.value))
        }
        var rows: [[Cell]] = []
        var shown: [String] = []
        for checkpoint in checkpoints {
            guard let status = snapshot.checkpoint(checkpoint.id.value) else { continue }
            let number = Cell(.number(Double(rows.count + 1)), style: Style.index)
            let owner = Cell(.text(checkpoint.owner.map { name($0.value) }), style: Style.text)
            guard let budget = status.budget else {
                rows.append([
                    number, Cell(.text(checkpoint.title), style: Style.text), owner,
                    Cell(.date(checkpoint.date.value.date), style: Style.date),
                    Cell(.empty, style: Style.money), Cell(.empty, style: Style.money),
                    Cell(.empty, style: Style.percent), Cell(.number(checkpoint.expect), style: Style.percent),
                    Cell(.text(text(.budgetUnreadable)), style: Style.status(StatusColor.late)), Cell(.empty, style: Style.text),
                    Cell(.text(WorkbookText.budgetProblem(problem: status.problem ?? "").text(lang)), style: Style.text),
                ])
                continue
            }
            shown.append(budget.id)
            rows.append(budgetRow(budget, number: number, owner: owner, notes: [
                budget.file.map { WorkbookText.budgetFile(file: $0).text(lang) }, budget.description,
            ].compactMap { $0 }))
        }
        // The total over the budgets shown: each budget's latest snapshot, as the report adds them.
        if !shown.isEmpty, let total = try? snapshot.budgetTotal(selecting: shown, id: "total", title: text(.total)) {
            rows.append(budgetRow(total, number: Cell(.empty, style: Style.index), owner: Cell(.empty, style: Style.text),
                                  notes: [], bold: true))
        }
        return sheet(.budgetSheet, title: .budgetTitle, headers: WorkbookText.budgetHeaders, rows: rows)
    }

    private func budgetRow(_ budget: BudgetResult, number: Cell, owner: Cell, notes: [String], bold: Bool = false) -> [Cell] {
        func bolded(_ style: CellStyle) -> CellStyle {
            var style = style
            style.bold = style.bold || bold
            return style
        }
        return [
            number, Cell(.text(budget.title), style: bolded(Style.text)), owner,
            Cell(budget.date.map(CellContent.date) ?? .empty, style: Style.date),
            Cell(.number(budget.allocated), style: bolded(Style.money)),
            Cell(.number(budget.spent), style: bolded(Style.money)),
            Cell(.number(budget.rate), style: bolded(Style.percent)),
            Cell(.number(budget.expect), style: Style.percent),
            Cell(.text(words.capitalized(words.state(budget.state))), style: Style.status(StatusColor.of(budget.state))),
            Cell(.text(budget.currency), style: Style.text),
            Cell(.text(notes.joined(separator: "\n")), style: Style.text),
        ]
    }

    // MARK: - Layout

    /// The title, the plan and the as-of date above the table, the header row bold, frozen,
    /// filtered and repeated on every printed page, columns as wide as their content.
    private func sheet(_ sheetName: WorkbookText, title: WorkbookText, headers: [WorkbookText], rows: [[Cell]]) -> Worksheet {
        let columns = headers.count
        let headerRow = Self.titleRows + 1
        var all: [[Cell]] = [
            [Cell(.text(text(title)), style: Style.title)],
            [Cell(.text(unit.map { WorkbookText.planOfUnit(plan: snapshot.name, unit: name($0)).text(lang) } ?? snapshot.name), style: Style.subtitle)],
            [Cell(.text(WorkbookText.asOf(date: DateWording(lang: lang).short(snapshot.asOf)).text(lang)), style: Style.asOf)],
        ]
        all.append(headers.map { Cell(.text(text($0)), style: Style.header) })
        all += rows
        // The title column (the second) gets the most room; the others wrap sooner.
        var widths = Worksheet.fittingWidths(all[Self.titleRows...], headerRows: 1, maximum: 30)
        let titles = Worksheet.fittingWidths(all[Self.titleRows...], headerRows: 1, maximum: 50)
        if widths.count > 1 { widths[1] = titles[1] }
        let merges = (1...Self.titleRows).map { Worksheet.Range(rows: $0...$0, columns: 1...columns) }
        return Worksheet(
            name: text(sheetName), rows: all, columnWidths: widths, merges: merges, frozenRows: headerRow,
            autoFilter: Worksheet.Range(rows: headerRow...headerRow + rows.count, columns: 1...columns),
            printSetup: Worksheet.PrintSetup(landscape: true, paperSize: 9, fitToWidth: true, titleRows: headerRow...headerRow))
    }

    /// Rows above the header: the sheet's title, the plan, the as-of date.
    static let titleRows = 3

    // MARK: - Helpers

    /// The owner's name, else its id.
    private func name(_ id: String) -> String { owners[id] ?? id }

    /// True when no unit is chosen, or the unit (or a group of it) is among `ids`.
    private func involves(_ ids: [String]) -> Bool {
        guard let units else { return true }
        return ids.contains(where: units.contains)
    }
}
