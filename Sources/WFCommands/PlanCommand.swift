import ArgumentParser
import DeadlinePlugin
import WFCalendar
import WFCore
import WFPluginAPI

/// `wf plan FILE`: the compiled plan as of a date, with statuses and what a run would do.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show the plan as of a date: every node's status and what a run would do.",
        discussion: """
            Lists every node in run order with its kind, owner, due date or date, status, \
            calendar days and working days left, and the actions a run as of that date would \
            take. Nothing is run and nothing is sent.

            Statuses: goals and prepare items done, on-track, due-soon, overdue or blocked (as \
            the deadline plugin computes them); events upcoming, today or past, with the \
            reminder due; checkpoints on-track, below or over-budget (as the budget plugin \
            computes them); steps pending.

            Examples:
              wf plan workflows/q4-plan.yaml --as-of 2023-10-05
              wf plan workflows/q4-plan.yaml --as-of 05/10/2023 --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("The workflow file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp(
        "The date to compute statuses as of (2023-10-05 or 05/10/2023); today in the plan's time zone by default.",
        valueName: "date"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp(
        "The due-soon window (5wd, 7d); by default the 'warn' of the plan's first deadline step, else 5wd.",
        valueName: "duration"))
    var warn: String?

    @Option(name: .shortAndLong, help: "text (an aligned table) or json.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @OptionGroup var size: SizeOption

    func validate() throws {
        if let asOf, PlanDateTime.parse(asOf) == nil {
            throw ValidationError("--as-of must be a date such as 2023-10-05 or 05/10/2023, not '\(asOf)'")
        }
        if let warn, PlanDuration.parse(warn) == nil {
            throw ValidationError("--warn must be a duration such as 5wd or 7d, not '\(warn)'")
        }
    }

    func run() throws {
        let compiled = try CommandSupport.compiledWorkflow(file, maxSize: try size.bytes())
        let date = asOf.flatMap(PlanDateTime.parse)?.date
            ?? CivilDate.today(timeZone: compiled.plan.timezone)
            ?? CivilDate.today(utcOffsetSeconds: 7 * 3600)
        let window = warn.flatMap(PlanDuration.parse) ?? Self.planWarn(compiled.plan) ?? DeadlineStatus.defaultWarn
        let snapshot = PlanSnapshot(compiled, asOf: date, warn: window)
        for problem in snapshot.problems { CommandSupport.printError("warning: \(problem)") }
        switch format {
        case .text: try CommandSupport.emit(PlanTable.render(snapshot), to: output)
        case .json: try CommandSupport.emit(snapshot.json.serialized(indent: 2) + "\n", to: output)
        }
    }

    /// The literal `warn:` of the plan's first `uses: deadline` step that has one.
    static func planWarn(_ plan: Plan) -> PlanDuration? {
        for step in plan.steps where step.uses.value == DeadlinePlugin.name {
            if let text = step.input("warn")?.scalar?.text, let duration = PlanDuration.parse(text) { return duration }
        }
        return nil
    }
}
