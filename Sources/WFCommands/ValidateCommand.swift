import ArgumentParser
import Foundation
import WFCore
import WFDiagnostics

/// `wf validate PATH…`: check plan files and folders, for CI and editors.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check plan workflows and report every problem with its position.",
        discussion: """
            Reads each FILE, and every *.yaml / *.yml under each FOLDER (hidden folders skipped), \
            and reports all problems: YAML syntax, unknown keys, wrong types, unknown ids, \
            cycles, bad dates, plugin inputs, expressions. A line comment '# wf-ignore: RULE' \
            silences RULE on its line. 'wf explain RULE' tells what a rule means.

            Exit status: 0 no errors (warnings allowed unless --strict); 1 errors found; \
            2 bad usage or an unreadable path.

            Examples:
              wf validate workflows/
              wf validate q4-plan.yaml --format github      annotations in GitHub Actions
              wf validate workflows/ --format sarif > wf.sarif
              wf validate plan.yaml --strict                warnings fail too
            """)

    @Argument(help: ArgumentHelp("Workflow files or folders.", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output format: human, github, json or sarif.")
    var format: DiagnosticFormat = .human

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @OptionGroup var size: SizeOption

    func run() throws {
        let options = CommandSupport.loadOptions(maxSize: try size.bytes())
        var files: [String] = []
        var reports: [FileReport] = []
        for path in paths {
            switch WorkflowFiles.collect(path) {
            case .success(let found):
                files += found
            case .failure(let problem):
                reports.append(FileReport(path: path, text: "", diagnostics: [problem]))
            }
        }
        for file in files {
            reports.append(WorkflowLoader.load(path: file, options: options).report)
        }
        let color = format == .human && CommandSupport.useColor()
        let output = render(reports, format: format, color: color)
        if !output.isEmpty { print(output, terminator: output.hasSuffix("\n") ? "" : "\n") }
        if format == .human {
            print(summaryLine(reports))
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
    static func collect(_ path: String) -> Result<[String], Diagnostic> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            return .failure(.error(.io, code == ENOENT ? FileText.noSuchFileOrFolder.message : FileProblem.describe(errno: code, path: path),
                                   at: .fileStart))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return .success([path]) }
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
        // A CI job pointed at the wrong folder must not pass with nothing checked.
        guard !files.isEmpty else {
            return .failure(.error(.io, FileText.noPlanFiles.message,
                                   at: .fileStart, notes: [Diagnostic.Note(FileText.namePlanFiles.message)]))
        }
        return .success(files.sorted())
    }
}
