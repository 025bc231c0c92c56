import ArgumentParser
import Foundation
import WFCore
import WFDiagnostics
import WFLocalization

/// `wf validate PATH…`: check plan files and folders, for CI and editors.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check plan workflows and report every problem with its position.",
        discussion: """
            Reads each FILE ('-' for standard input), and every plan under each FOLDER: the \
            *.yaml / *.yml files with a top-level 'wf:' key (other YAML files, such as \
            compose.yml, are skipped and counted; hidden folders are skipped). Reports all \
            problems: YAML syntax, unknown keys, wrong types, unknown ids, cycles, bad dates, \
            plugin inputs, expressions. A FILE named on the command line must be a plan. A line \
            comment '# wf-ignore: RULE' silences RULE on its line. 'wf explain RULE' tells \
            what a rule means. SARIF output addresses files relative to %SRCROOT%, the \
            repository root (or the current folder outside a repository).

            Exit status: 0 no errors (warnings allowed unless --strict); 1 errors found; \
            2 bad usage or an unreadable path.

            Examples:
              wf validate workflows/
              wf validate q4-plan.yaml --format github      annotations in GitHub Actions
              wf validate workflows/ --format sarif > wf.sarif
              wf validate plan.yaml --strict                warnings fail too
              cat plan.yaml | wf validate -                 a plan from standard input
            """)

    @Argument(help: ArgumentHelp("Workflow files or folders; '-' reads a plan from standard input.", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output format: human, github, json or sarif.")
    var format: DiagnosticFormat = .human

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @OptionGroup var size: SizeOption

    @OptionGroup var language: LanguageOption

    @OptionGroup var colors: ColorOption

    /// The file's report; the plan behind it is freed on another thread while the next file loads.
    private func report(_ loaded: consuming LoadedWorkflow) -> FileReport {
        let report = loaded.report
        Background.release(consume loaded)
        return report
    }

    func run() throws {
        let options = CommandSupport.loadOptions(maxSize: try size.bytes(language.preference.general), language: language.preference)
        var reports: [FileReport] = []
        var skipped: [String] = []
        for path in paths {
            if path == WorkflowLoader.standardInputPath {
                reports.append(report(WorkflowLoader.load(path: path, options: options)))
                continue
            }
            switch WorkflowFiles.collect(path) {
            case .success(.file(let file)):
                reports.append(report(WorkflowLoader.load(path: file, options: options)))
            case .success(.folder(let files)):
                var plans: [FileReport] = []
                for file in files {
                    if let loaded = WorkflowLoader.loadIfPlan(path: file, options: options) {
                        plans.append(report(loaded))
                    } else {
                        skipped.append(file)
                    }
                }
                // A CI job pointed at the wrong folder must not pass with nothing checked.
                if plans.isEmpty {
                    var report = FileReport(path: path, text: "", diagnostics: [
                        .error(.io, ValidateText.noPlans(yamlFiles: files.count), at: .fileStart,
                               notes: [Diagnostic.Note(ValidateText.noPlansFix.message)]),
                    ])
                    report.language = language.preference.general
                    plans.append(report)
                }
                reports += plans
            case .failure(let problem):
                var report = FileReport(path: path, text: "", diagnostics: [problem])
                report.language = language.preference.general
                reports.append(report)
            }
        }
        let color = format == .human && colors.enabled()
        let output = render(reports, format: format, color: color, sourceRoot: CommandSupport.sourceRoot())
        if !output.isEmpty { print(output, terminator: output.utf8.last == UInt8(ascii: "\n") ? "" : "\n") }
        // One language for the closing lines: the files' own when they agree.
        let languages = Set(reports.map(\.language))
        let closing = languages.count == 1 ? languages.first ?? .en : language.preference.general
        if !skipped.isEmpty {
            // On standard output with the summary; beside JSON or SARIF, on standard error.
            let note = ValidateText.skipped(skipped).text(closing)
            if format == .human { print(note) } else { CommandSupport.printError(note) }
        }
        if format == .human {
            print(summaryLine(reports, color: color, language: closing))
        }
        let unreadable = reports.contains { $0.diagnostics.contains { $0.rule == .io } }
        let errors = reports.reduce(0) { $0 + $1.errorCount }
        let warnings = reports.reduce(0) { $0 + $1.warningCount }
        if unreadable { throw ExitCode(2) }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}

/// Finds the workflow files a path names.
enum WorkflowFiles {
    /// What a path named on the command line holds.
    enum Found {
        /// A file, which must be a plan.
        case file(String)
        /// A folder's YAML files (hidden folders left out), sorted; only plans among them are checked.
        case folder([String])
    }

    static func collect(_ path: String) -> Result<Found, Diagnostic> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            return .failure(.error(.io, code == ENOENT ? FileText.noSuchFileOrFolder.message : FileProblem.describe(errno: code, path: path),
                                   at: .fileStart))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return .success(.file(path)) }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            return .failure(.error(.io, FileText.cannotReadFolder.message, at: .fileStart))
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                    files.append(full)
                }
            }
        }
        guard !files.isEmpty else {
            return .failure(.error(.io, FileText.noPlanFiles.message,
                                   at: .fileStart, notes: [Diagnostic.Note(FileText.namePlanFiles.message)]))
        }
        return .success(.folder(files.sorted()))
    }
}
