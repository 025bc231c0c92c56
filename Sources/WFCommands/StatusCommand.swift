import ArgumentParser
import Foundation
import WFCalendar
import WFExpressions
import WFCore
import WFPlanning
import WFRunner

/// `wf status FILE`: the last run of a workflow, from the state store.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the last run of a plan: when, as of what date, and how each node ended.",
        discussion: """
            Reads the state store (.wf/state.sqlite beside the workflow, or --state); the workflow \
            file itself is not run or checked. A run shown as 'interrupted' was killed or stopped \
            before it finished: 'wf run FILE --resume' completes it.

            Examples:
              wf status workflows/q4-plan.yaml
              wf status plan.yaml --format json | jq '.nodes[].status'
            """)

    @Argument(help: ArgumentHelp("The workflow file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The state database (default: .wf/state.sqlite beside the workflow).", valueName: "path"))
    var state: String?

    @OptionGroup var language: LanguageOption

    @Option(name: .shortAndLong, help: "text or json.")
    var format: RunCommand.Format = .text

    func run() async throws {
        let location = StateLocation(workflowPath: file, statePath: state)
        let last: RunRecord?
        let results: [NodeResult]
        do {
            let store = try StateStore.openExisting(path: location.path, wait: StateWait(environment: ProcessInfo.processInfo.environment,
                                                                                                language: language.preference.general))
            last = try store?.lastRun(workflow: location.workflowKey)
            results = try last.flatMap { try store?.results(run: $0.id) } ?? []
        } catch {
            CommandSupport.printError(RunText.error(message: CommandSupport.message(of: error)).text(language.preference.general))
            throw ExitCode(1)
        }
        guard let last else {
            try CommandSupport.requireWorkflowFile(file, language: language.preference.general)
            if format == .json {
                print(ExpressionValue.object(["workflow": .string(location.workflowKey), "run": .null]).json())
            } else {
                print(RunText.notRunYet(workflow: location.workflowKey, path: location.path).text(language.preference.general))
            }
            return
        }
        let records = RunRecords(workflow: file, language: language.preference)
        let language = records.language
        let interrupted = last.status == .running && !RunLock.isHeld(path: location.lockPath)
        if format == .json {
            var run = records.json(last, interrupted: interrupted)
            run["nodes"] = .array(results.map(records.json))
            print(ExpressionValue.object(run).json())
            return
        }
        print(records.heading(last, interrupted: interrupted))
        if let health = records.health(asOf: last.asOf) { print(health + "\n") }
        let summary = RunSummary(
            runID: String(last.id), status: last.status, results: results,
            duration: (last.finishedAt ?? Date()).timeIntervalSince(last.startedAt),
            asOf: PlanDateTime.parse(last.asOf)?.date ?? CivilDate(dayNumber: 0), dryRun: false)
        print(SummaryTable.render(summary, verdict: !interrupted, language: language), terminator: "")
        if interrupted { print(RunText.resumeWith(file: file).text(language)) }
    }
}
