import ArgumentParser
import Foundation
import WFCalendar
import WFCore
import WFDiagnostics
import WFSpreadsheet

/// `wf import ANNEX`: a plan from a task annex (phụ lục nhiệm vụ) kept in Excel or as CSV.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: ImportMessages.abstract,
        discussion: ImportMessages.discussion)

    @Argument(help: ArgumentHelp(ImportMessages.helpAnnex, valueName: "annex"))
    var annex: String

    @Option(name: .long, help: ArgumentHelp(ImportMessages.helpSheet, valueName: "name|n"))
    var sheet: String?

    @Option(name: [.short, .long], help: ArgumentHelp(ImportMessages.helpOutput, valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(ImportMessages.helpName, valueName: "text"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp(ImportMessages.helpPeriod, valueName: "period"))
    var period: String?

    @Flag(name: .long, help: ArgumentHelp(stringLiteral: ImportMessages.helpForce))
    var force = false

    @OptionGroup var language: LanguageOption

    @OptionGroup var colors: ColorOption

    func validate() throws {
        if let period, Period.parse(period) == nil { throw ValidationError(ImportMessages.invalidPeriod(period)) }
    }

    func run() throws {
        let target = output ?? ((annex as NSString).deletingPathExtension + ".yaml")
        if target != "-", !force, FileManager.default.fileExists(atPath: target) {
            throw refusal(ImportMessages.outputExists(target))
        }
        let grid = try readGrid()
        let importer = AnnexImporter(name: name, period: period, sourceName: (annex as NSString).lastPathComponent)
        guard let plan = importer.plan(from: grid) else {
            throw refusal(ImportMessages.noHeader(annex, sheet: grid.name, seen: AnnexHeader.seenHeaders(in: grid)))
        }
        let yaml = PlanYAMLWriter.yaml(plan, source: (annex as NSString).lastPathComponent)

        // The plan must validate before it is written.
        let checked = WorkflowLoader.compile(bytes: Array(yaml.utf8), path: target == "-" ? "imported.yaml" : target,
                                             options: CommandSupport.loadOptions(language: language.preference))
        if checked.report.errorCount > 0 {
            CommandSupport.printError(render([checked.report], format: .human, color: colors.enabled(stderr: true)),
                                      terminator: "")
            CommandSupport.printError("error: " + ImportMessages.invalidResult(annex))
            throw ExitCode(1)
        }
        for warning in plan.warnings {
            CommandSupport.printError(ImportMessages.rowWarning(annex, row: warning.row, warning.message))
        }
        try CommandSupport.emit(yaml, to: target, language: language.preference.general)
        if target != "-" {
            CommandSupport.printError(ImportMessages.summary(
                output: target, tasks: plan.tasks.count, groups: plan.groups, owners: plan.owners.count, comments: plan.keptRows))
        }
    }

    /// The largest annex read: a 5,000-row workbook is well under 1 MiB.
    static let maxFileBytes = 256 << 20

    private func readGrid() throws -> SheetGrid {
        let size = (try? FileManager.default.attributesOfItem(atPath: annex)[.size] as? Int) ?? 0
        if size > Self.maxFileBytes { throw refusal(ImportMessages.tooLarge(annex, limitMiB: Self.maxFileBytes >> 20)) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: annex))
        } catch {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: annex, isDirectory: &isFolder)
            let reason = !exists ? "there is no such file" : isFolder.boolValue ? "it is a folder" : "it cannot be read"
            throw refusal(ImportMessages.unreadable(annex, reason))
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
                throw refusal(ImportMessages.unsupportedExtension(annex))
            }
        } catch let error as SpreadsheetError {
            switch error {
            case .unreadable(let reason): throw refusal(ImportMessages.unreadable(annex, reason))
            case .encrypted: throw refusal(ImportMessages.encrypted(annex))
            case .notWorkbook(let reason): throw refusal(ImportMessages.notWorkbook(annex, reason))
            case .malformedPart(let part, let reason): throw refusal(ImportMessages.malformedPart(annex, part: part, reason))
            case .noSuchSheet(let requested, let available):
                throw refusal(ImportMessages.noSuchSheet(annex, requested: requested, available: available))
            case .malformedCSV(let line, let reason): throw refusal(ImportMessages.malformedCSV(annex, line: line, reason))
            }
        }
    }

    /// Prints `message` as an error and gives exit code 2: nothing is written.
    private func refusal(_ message: String) -> ExitCode {
        CommandSupport.printError("error: " + message)
        return ExitCode(2)
    }
}
