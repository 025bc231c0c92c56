import ArgumentParser
import Foundation
import WFCalendar
import WFCore
import WFExpressions
import WFPlanning

/// The arguments `wf done`, `wf undone` and `wf progress` share.
struct StatusEditOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The plan file, edited in place.", valueName: "file"))
    var file: String

    @Argument(help: ArgumentHelp("The id of a goal or of a prepare item (events[].prepare[]).", valueName: "id"))
    var id: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The date of the status printed after the edit (2023-10-05 or 05/10/2023); today in the plan's time zone by default.",
        valueName: "date"))
    var asOf: String?

    @OptionGroup var size: SizeOption

    @OptionGroup var language: LanguageOption

    @OptionGroup var colors: ColorOption

    func validate() throws {
        try CommandSupport.checkAsOf(asOf, language: language.preference.general)
    }

    /// `--period P` as a period, or a usage error that lists the forms.
    static func period(_ text: String?, language: Language) throws -> Period? {
        guard let text else { return nil }
        guard let period = ItemEdit.period(text) else {
            throw ValidationError(CommandText.badPeriodOption(text: text), language: language)
        }
        return period
    }
}

/// Edits one item's status in the plan file: checked before and after with the loader of
/// `wf validate`, written atomically, then the item's new status printed in the plan's language.
enum StatusEdit {
    static func run(_ edit: ItemEdit, _ options: StatusEditOptions) throws {
        let file = options.file
        let general = options.language.preference.general
        let loadOptions = CommandSupport.loadOptions(maxSize: try options.size.bytes(general), language: options.language.preference)
        let bytes: [UInt8]
        switch WorkflowLoader.readFile(file, limit: loadOptions.limits.maxBytes) {
        case .failure(let problem):
            printReport(FileReport(path: file, text: "", diagnostics: [problem]), options.colors)
            throw ExitCode(problem.rule == .io ? 2 : 1)
        case .success(let read):
            bytes = read
        }
        if let encoding = wideEncoding(bytes) {
            CommandSupport.printError(CommandText.wideEncoding(file: file, encoding: encoding).text(general))
            throw ExitCode(1)
        }

        let before = WorkflowLoader.compile(bytes: bytes, path: file, options: loadOptions)
        guard let compiledBefore = before.compiled, !before.hasErrors else {
            printReport(before.report, options.colors)
            CommandSupport.printError(CommandText.planHasErrors(file: file).text(before.report.language))
            throw ExitCode(1)
        }

        let language = before.report.language
        if let unknown = unknownItem(options.id, in: compiledBefore) {
            CommandSupport.printError(CommandText.editFailed(problem: unknown).text(language))
            throw ExitCode(1)
        }
        let result: ItemEditResult
        do {
            result = try ItemEditor.apply(edit, toItem: options.id, in: bytes)
        } catch {
            CommandSupport.printError(CommandText.editFailed(problem: error.message).text(language))
            throw ExitCode(1)
        }

        var compiled = compiledBefore
        if result.changed {
            let after = WorkflowLoader.compile(bytes: result.bytes, path: file, options: loadOptions)
            guard let compiledAfter = after.compiled, !after.hasErrors else {
                printReport(after.report, options.colors)
                CommandSupport.printError(CommandText.editWouldInvalidate(file: file).text(language))
                throw ExitCode(1)
            }
            try AtomicFile.replace(file, with: result.bytes, language: language)
            compiled = compiledAfter
        }
        printStatus(of: options.id, in: compiled, asOf: options.asOf, edit: edit, changed: result.changed, file: file, language: language)
    }

    /// Why `id` cannot be edited when it names no goal or prepare item (the editor's own
    /// check, said here in the chosen language before the editor runs), else nil.
    static func unknownItem(_ id: String, in compiled: CompiledPlan) -> Message? {
        let snapshot = PlanSnapshot(compiled, asOf: CommandSupport.asOfDate(nil, plan: compiled.plan))
        if snapshot.item(id) != nil { return nil }
        if let node = compiled.graph[id] {
            let kind: CommandText = switch node.kind {
            case .event: .anEvent
            case .checkpoint: .aCheckpoint
            case .goal, .prepare, .step: .aStep
            }
            return CommandText.notStatusItem(id: id, kind: kind.message)
        }
        let hint = closestMatch(to: id, among: snapshot.items.map(\.id)).map { CommandText.didYouMean(name: $0) } ?? .verbatim("")
        return CommandText.unknownItem(id: id, hint: hint)
    }

    // MARK: - Output

    private static func printStatus(of id: String, in compiled: CompiledPlan, asOf: String?, edit: ItemEdit,
                                    changed: Bool, file: String, language: Language) {
        let snapshot = PlanSnapshot(compiled, asOf: CommandSupport.asOfDate(asOf, plan: compiled.plan))
        guard let item = snapshot.item(id) else { return }
        print(line(item, wording: PlanWording(lang: snapshot.lang)))
        if !changed {
            let already = switch edit {
            case .done: CommandText.alreadyDone.message
            case .undone: CommandText.notDone.message
            case .progress(let fraction): CommandText.alreadyProgress(percent: ItemEdit.percentText(fraction))
            case .addPeriod(let period): CommandText.alreadyPeriod(period: period.label)
            case .removePeriod(let period): CommandText.noPeriod(period: period.label)
            }
            CommandSupport.printError(CommandText.notChanged(id: id, state: already, file: file).text(language))
        }
        if edit == .undone, item.state == .done, item.progress == 1 {
            CommandSupport.printError(
                CommandText.stillDone(id: id, file: file).text(language))
        }
    }

    /// `✓ du-thao-de-an: hoàn thành`, `○ de-an-cds: đúng tiến độ: còn 12 ngày làm việc (hạn 30/11/2023), tiến độ 80%`.
    static func line(_ item: ItemStatus, wording: PlanWording) -> String {
        let symbol = switch item.state {
        case .done: "✓"
        case .onTrack, .ongoing: "○"
        case .dueSoon: "!"
        case .overdue: "✗"
        }
        // A recurring task's status is about one occurrence: name its period.
        var text = "\(symbol) \(item.id)\(item.period.map { " (\($0))" } ?? ""): "
        if item.state == .done { return text + wording.status(item) }
        // Ongoing work has no due date to show: "thường xuyên" says it all.
        text += item.state == .ongoing ? wording.status(item) : wording.line(item)
        if let progress = item.progress { text += ", " + wording.progress(progress) }
        return text
    }

    private static func printReport(_ report: FileReport, _ colors: ColorOption) {
        CommandSupport.printError(render([report], format: .human, color: colors.enabled(stderr: true)), terminator: "")
    }

    /// "UTF-16" or "UTF-32" when the file starts with such a byte-order mark.
    private static func wideEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }
}
