import ArgumentParser
import Foundation
import WFCalendar
import WFCore
import WFPlanning
import WFRunner

/// `wf run FILE`: runs a plan as of a date, safely repeatable, interruptible and resumable.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a plan as of a date: deadlines, reminders, reports, budget checks and steps.",
        discussion: """
            Nodes run in dependency order, independent ones at the same time (--jobs). Every node's \
            result is committed to the state store (.wf/state.sqlite beside the workflow) as soon as \
            it finishes, so a run killed at any point loses nothing that finished, and \
            'wf run --resume' runs only the rest. Side effects (messages, files) go through an \
            outbox: a reminder sent once is not sent again by a later run. Before writing, the \
            store is checked whole; a damaged store is refused (see docs/cli.md, "The state store"). \
            When another program holds the store locked, wf says so after a second and waits up to \
            WF_STATE_WAIT seconds (default 60).

            A step fails the run unless it has 'continue-on-error: true'; steps that depend on a \
            failed node are skipped unless their 'if:' calls always() or failure(). 'retry:' and \
            'timeout:' work as in GitHub Actions.

            Exit status: 0 every node succeeded; 1 the workflow has errors, a node failed, the run \
            was interrupted, another run holds the workflow, the state store is damaged or stayed \
            locked, or --fail-on matched; 2 bad usage or an unreadable file.

            Examples:
              wf run workflows/q4-plan.yaml             run as of today
              wf run q4-plan.yaml --as-of 2023-10-05 --dry-run
                                                        print what it would do, do nothing
              wf run plan.yaml --only bao-cao-quy       that step and what it needs
              wf run plan.yaml --resume                 finish a failed or killed run
              wf run plan.yaml --var nam=2024 --jobs 4  override a variable, 4 at a time
              wf run plan.yaml --fail-on overdue --format json
                                                        for cron and CI: NDJSON events
            """)

    /// How events are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("The workflow file.", valueName: "file"))
    var file: String

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Run as of this date (2023-10-05 or 05/10/2023); default today in the plan's time zone.", valueName: "date"))
    var asOf: String?

    @Flag(name: .customLong("dry-run"),
          help: "Evaluate conditions and expressions and print every side effect each node would have; perform none and write no state.")
    var dryRun = false

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Run only these nodes (ids, space- or comma-separated) and everything they depend on.", valueName: "id"))
    var only: [String] = []

    @Flag(name: .long, help: "Continue the last run: reuse its succeeded nodes (if the file has not changed) and run the rest.")
    var resume = false

    @Option(name: [.short, .long], help: ArgumentHelp("Nodes run at the same time (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(name: .customLong("var"), help: ArgumentHelp("Override a variable of 'vars:' (repeatable).", valueName: "name=value"))
    var vars: [String] = []

    @Option(name: .long, help: ArgumentHelp("The state database (default: .wf/state.sqlite beside the workflow).", valueName: "path"))
    var state: String?

    @Option(name: .customLong("fail-on"),
            help: ArgumentHelp("Exit with 1 when, after the run, a goal is overdue (overdue) or due soon or overdue (due-soon).", valueName: "when"))
    var failOn: FailOn?

    @Option(name: .shortAndLong, help: "text (a live view on a terminal, plain lines elsewhere) or json (NDJSON events, one per line).")
    var format: Format = .text

    @Flag(name: .long, help: "When another run of this workflow is going on, wait for it instead of refusing.")
    var wait = false

    @Flag(name: .customLong("allow-outside"), help: "Let plugins write files outside the workflow's folder.")
    var allowOutside = false

    @OptionGroup var size: SizeOption

    @OptionGroup var language: LanguageOption

    @OptionGroup var colors: ColorOption

    func validate() throws {
        if file == WorkflowLoader.standardInputPath { throw ValidationError(FileProblem.runNeedsFile, language: language.preference.general) }
        if let jobs, jobs < 1 { throw ValidationError(CommandText.atLeastOne(option: "--jobs"), language: language.preference.general) }
    }

    func run() async throws {
        // Past a file-size limit (ulimit -f) a write fails with EFBIG, which the outbox rolls
        // back and reports, instead of the signal killing the run between two records.
        signal(SIGXFSZ, SIG_IGN)
        var options = try runOptions()
        let (compiled, language) = try CommandSupport.compiledWorkflow(
            file, maxSize: try size.bytes(self.language.preference.general), language: self.language.preference, color: colors)
        options.language = language
        let reporter = makeReporter(language: language)
        let runner = Runner(compiled: compiled, registry: BuiltinPlugins.registry, options: options, reporter: reporter)
        let task = Task { try await runner.run() }
        let interrupt = InterruptHandler(language: language) { task.cancel() }
        defer { interrupt.stop() }
        do {
            let summary = try await task.value
            if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
        } catch let error as RunError {
            CommandSupport.printError(RunText.error(message: error.message).text(language))
            throw ExitCode(error.isUsage ? 2 : 1)
        } catch let error as StateError {
            CommandSupport.printError(RunText.error(message: error.message).text(language))
            throw ExitCode(1)
        }
    }

    /// The options, checked; bad ones exit with 2.
    func runOptions() throws -> RunOptions {
        var options = RunOptions(dryRun: dryRun, resume: resume, statePath: state, failOn: failOn, wait: wait,
                                 allowOutside: allowOutside)
        if let jobs { options.jobs = jobs }
        if let asOf {
            guard let date = PlanDateTime.parse(asOf)?.date else {
                throw usage(CommandText.badRunAsOf(text: asOf))
            }
            options.asOf = date
        }
        options.only = only.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for assignment in vars {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw usage(CommandText.badVar(text: assignment))
            }
            options.vars[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
        }
        return options
    }

    private func usage(_ message: Message) -> ExitCode {
        CommandSupport.printError(RunText.error(message: message).text(language.preference.general))
        return ExitCode(2)
    }

    private func makeReporter(language: Language) -> any RunReporter {
        switch format {
        case .json: return JSONReporter()
        case .text:
            // A dumb terminal cannot move the cursor back over the live progress lines.
            let dumb = ProcessInfo.processInfo.environment["TERM"] == "dumb"
            return TextOutput.standardOutput.isTerminal && !dumb ? LiveReporter(language: language) : PlainReporter(language: language)
        }
    }
}

extension FailOn: ExpressibleByArgument {}
