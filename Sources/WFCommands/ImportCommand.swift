import ArgumentParser
import Foundation
import WFCalendar
import WFCore
import WFDiagnostics
import WFLocalization
import WFSpreadsheet

/// `wf import ANNEX`: a plan from a task annex (phụ lục nhiệm vụ) kept in Excel or as CSV.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: ImportHelp.abstract,
        discussion: ImportHelp.discussion)

    @Argument(help: ArgumentHelp(ImportHelp.helpAnnex, valueName: "annex"))
    var annex: String

    @Option(name: .long, help: ArgumentHelp(ImportHelp.helpSheet, valueName: "name|n"))
    var sheet: String?

    @Option(name: [.short, .long], help: ArgumentHelp(ImportHelp.helpOutput, valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(ImportHelp.helpName, valueName: "text"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp(ImportHelp.helpPeriod, valueName: "period"))
    var period: String?

    @Flag(name: .long, help: ArgumentHelp(stringLiteral: ImportHelp.helpForce))
    var force = false

    @OptionGroup var language: LanguageOption

    @OptionGroup var colors: ColorOption

    /// The language of what the command prints, and of the comments in the plan it writes.
    private var words: Language { language.preference.general }

    func validate() throws {
        if let period, Period.parse(period) == nil { throw ValidationError(ImportText.invalidPeriod(text: period), language: words) }
    }

    func run() throws {
        let target = output ?? ((annex as NSString).deletingPathExtension + ".yaml")
        if target != "-", !force, FileManager.default.fileExists(atPath: target) {
            throw refusal(ImportText.outputExists(path: target))
        }
        let grid = try readGrid()
        let importer = AnnexImporter(name: name, period: period, sourceName: (annex as NSString).lastPathComponent)
        guard let plan = importer.plan(from: grid) else {
            throw refusal(ImportText.missingHeader(path: annex, sheet: grid.name, seen: AnnexHeader.seenHeaders(in: grid)))
        }
        let yaml = PlanYAMLWriter.yaml(plan, source: (annex as NSString).lastPathComponent, language: words)

        // The plan must validate before it is written.
        let checked = WorkflowLoader.compile(bytes: Array(yaml.utf8), path: target == "-" ? "imported.yaml" : target,
                                             options: CommandSupport.loadOptions(language: language.preference))
        if checked.report.errorCount > 0 {
            CommandSupport.printError(render([checked.report], format: .human, color: colors.enabled(stderr: true)),
                                      terminator: "")
            CommandSupport.printError(RunText.error(message: ImportText.invalidResult(path: annex)).text(words))
            throw ExitCode(1)
        }
        for warning in plan.warnings {
            CommandSupport.printError(ImportText.rowWarning(path: annex, row: warning.row, reason: warning.message).text(words))
        }
        try CommandSupport.emit(yaml, to: target, language: words)
        if target != "-" {
            CommandSupport.printError(ImportText.summaryLine(
                output: target, tasks: plan.tasks.count, groups: plan.groups, owners: plan.owners.count, comments: plan.keptRows
            ).text(words))
        }
    }

    /// The largest annex read: a 5,000-row workbook is well under 1 MiB.
    static let maxFileBytes = 256 << 20

    private func readGrid() throws -> SheetGrid {
        let size = (try? FileManager.default.attributesOfItem(atPath: annex)[.size] as? Int) ?? 0
        if size > Self.maxFileBytes { throw refusal(ImportText.tooLarge(path: annex, limit: Self.maxFileBytes >> 20)) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: annex))
        } catch {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: annex, isDirectory: &isFolder)
            let reason: ImportText = !exists ? .noSuchFile : isFolder.boolValue ? .isAFolder : .cannotBeRead
            throw refusal(ImportText.unreadable(path: annex, reason: reason.message))
        }
        let fileExtension = (annex as NSString).pathExtension.lowercased()
        do {
            switch fileExtension {
            case "csv", "txt":
                return try CSVSheet.read(data, name: (annex as NSString).lastPathComponent)
            case "xlsx", "xlsm", "xls":
                return try XLSXWorkbook(data: data).sheet(sheet)
            default:
                if data.starts(with: [0x50, 0x4B]) || data.starts(with: [0xD0, 0xCF]) { return try XLSXWorkbook(data: data).sheet(sheet) }
                throw refusal(ImportText.unsupportedExtension(path: annex))
            }
        } catch let error as SpreadsheetError {
            switch error {
            case .unreadable(let reason): throw refusal(ImportText.unreadable(path: annex, reason: reason))
            case .encrypted: throw refusal(ImportText.encrypted(path: annex))
            case .notWorkbook(let reason): throw refusal(ImportText.notWorkbook(path: annex, reason: reason))
            case .malformedPart(let part, let reason): throw refusal(ImportText.malformedPart(path: annex, part: part, reason: reason))
            case .noSuchSheet(let requested, let available):
                throw refusal(ImportText.missingSheet(path: annex, requested: requested, available: available))
            case .malformedCSV(let line, let reason): throw refusal(ImportText.malformedCSV(path: annex, line: line, reason: reason))
            }
        }
    }

    /// Prints `message` as an error and gives exit code 2: nothing is written.
    private func refusal(_ message: Message) -> ExitCode {
        CommandSupport.printError(RunText.error(message: message).text(words))
        return ExitCode(2)
    }
}
