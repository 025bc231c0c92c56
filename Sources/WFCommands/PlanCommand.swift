import ArgumentParser
import Foundation
import WFCalendar
import WFCore
import WFPlanning
import WFSpreadsheet

/// `wf plan FILE`: the compiled plan as of a date, with statuses and what a run would do.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show the plan as of a date: every node's status and what a run would do.",
        discussion: """
            Lists every node in run order with its kind, owner, due date or date, status, \
            calendar days and working days left, and the actions a run as of that date would \
            take. Nothing is run and nothing is sent.

            Statuses: goals and prepare items done, on-track, due-soon or overdue, with what \
            each waits for; events upcoming, today or past, with the reminder due and who gets \
            it; checkpoints on-track, below or over-budget; steps pending. They are the \
            statuses a run reports: the due-soon window is the plan's 'warn:' (5wd by \
            default) or an item's own.

            Examples:
              wf plan workflows/q4-plan.yaml --as-of 2023-10-05
              wf plan workflows/q4-plan.yaml --as-of 05/10/2023 --format json
              wf plan workflows/q4-plan.yaml --owner cntt     what the unit leads or partners in
              wf plan workflows/q4-plan.yaml --format xlsx --output status.xlsx

            --format xlsx writes a workbook to send as it is: sheets "Nhiệm vụ", "Sự kiện" \
            and "Ngân sách", with the statuses above, real dates, percentages and amounts, \
            status cells coloured as in the HTML report, A4 landscape. It needs --output.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, xlsx
    }

    @Argument(help: ArgumentHelp("The workflow file; '-' reads it from standard input.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp(
        "The date to compute statuses as of (2023-10-05 or 05/10/2023); today in the plan's time zone by default.",
        valueName: "date"))
    var asOf: String?

    @Option(name: .shortAndLong, help: "text (an aligned table), json, or xlsx (a workbook; needs --output).")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp(
        "Only what this unit leads (owner) or is a partner of (partners), by owner id.", valueName: "id"))
    var owner: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @OptionGroup var size: SizeOption

    @OptionGroup var language: LanguageOption

    @OptionGroup var colors: ColorOption

    func validate() throws {
        try CommandSupport.checkAsOf(asOf, language: language.preference.general)
        if format == .xlsx {
            // A workbook is binary: never to a terminal or a pipe by accident.
            guard let output, output != "-" else { throw ValidationError(WorkbookText.xlsxNeedsOutput.message, language: language.preference.general) }
            guard output.lowercased().hasSuffix(".xlsx") else { throw ValidationError(WorkbookText.xlsxExtension(path: output), language: language.preference.general) }
        }
    }

    func run() throws {
        let (compiled, language) = try CommandSupport.compiledWorkflow(
            file, maxSize: try size.bytes(self.language.preference.general), language: self.language.preference, color: colors)
        let date = CommandSupport.asOfDate(asOf, plan: compiled.plan)
        if let owner, !compiled.plan.owners.contains(where: { $0.id.value == owner }) {
            let known = compiled.plan.owners.map(\.id.value)
            throw ValidationError(known.isEmpty ? PlanText.unknownOwnerNoOwners(owner: owner)
                               : PlanText.unknownOwner(owner: owner, known: known.joined(separator: ", ")), language: language)
        }
        let snapshot = PlanSnapshot(compiled, asOf: date)
        let preview = PlanPreview(compiled, snapshot: snapshot, unit: owner, language: language)
        for problem in preview.problems { CommandSupport.printError(PlanText.warningLine(text: problem).text(language)) }
        switch format {
        case .text: try CommandSupport.emit(PlanTable.render(preview), to: output, language: language)
        case .json: try CommandSupport.emit(preview.json.serialized(indent: 2) + "\n", to: output, language: language)
        case .xlsx:
            let workbook = StatusWorkbook.build(snapshot, plan: compiled, unit: owner)
            let data: Data
            do {
                data = try workbook.data()
            } catch {
                CommandSupport.printError(RunText.error(message: WorkbookText.cannotPackage(reason: error.description)).text(language))
                throw ExitCode(3)
            }
            try CommandSupport.write(data, to: output ?? "", language: language)
        }
    }
}
