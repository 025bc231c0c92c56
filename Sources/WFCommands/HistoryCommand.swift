import ArgumentParser
import Foundation
import WFCore
import WFExpressions
import WFPlanning
import WFRunner

/// `wf history FILE`: past runs of a workflow, newest first.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List past runs of a plan, newest first, with how many nodes ended each way.",
        discussion: """
            Reads the state store (.wf/state.sqlite beside the workflow, or --state). A resumed run \
            keeps its number; '(resumed 2×)' says how often --resume continued it.

            Examples:
              wf history workflows/q4-plan.yaml
              wf history plan.yaml --limit 5 --format json
            """)

    @Argument(help: ArgumentHelp("The workflow file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The state database (default: .wf/state.sqlite beside the workflow).", valueName: "path"))
    var state: String?

    @OptionGroup var language: LanguageOption

    @Option(name: .shortAndLong, help: "text or json (one JSON array).")
    var format: RunCommand.Format = .text

    @Option(name: .long, help: ArgumentHelp("Show at most this many runs.", valueName: "n"))
    var limit: Int = 20

    func validate() throws {
        if limit < 1 { throw ValidationError(CommandText.atLeastOne(option: "--limit"), language: language.preference.general) }
    }

    func run() async throws {
        let location = StateLocation(workflowPath: file, statePath: state)
        let runs: [RunOverview]
        do {
            let wait = try StateWait(environment: ProcessInfo.processInfo.environment, language: language.preference.general)
            runs = try StateStore.openExisting(path: location.path, wait: wait)?.runs(workflow: location.workflowKey, limit: limit) ?? []
        } catch {
            CommandSupport.printError(RunText.error(message: CommandSupport.message(of: error)).text(language.preference.general))
            throw ExitCode(1)
        }
        if runs.isEmpty { try CommandSupport.requireWorkflowFile(file, language: language.preference.general) }
        let lockHeld = RunLock.isHeld(path: location.lockPath)
        let records = RunRecords(workflow: file, language: language.preference)
        let language = records.language
        func interrupted(_ overview: RunOverview, _ index: Int) -> Bool {
            overview.run.status == .running && !(index == 0 && lockHeld)
        }
        if format == .json {
            print(ExpressionValue.array(runs.enumerated().map { index, overview in
                var run = records.json(overview.run, interrupted: interrupted(overview, index))
                var counts: [String: ExpressionValue] = [:]
                for status in NodeStatus.allCases { counts[status.rawValue] = .number(Double(overview.counts[status] ?? 0)) }
                run["counts"] = .object(counts)
                return .object(run)
            }).json())
            return
        }
        guard !runs.isEmpty else {
            print(RunText.notRunYet(workflow: location.workflowKey, path: location.path).text(language))
            return
        }
        var rows = [[RunText.historyRun, .historyStarted, .historyAsOf, .historyStatus, .historyTime, .historyNodes, .historyPlan]
            .map { $0.message.text(language) }]
        for (index, overview) in runs.enumerated() {
            let run = overview.run
            let counts = NodeStatus.allCases.compactMap { status in
                overview.counts[status].map { RunText.countStatus(count: $0, status: status.words).text(language) }
            }
            rows.append([
                String(run.id) + (run.resumes > 0 ? RunText.resumedTimes(count: run.resumes).text(language) : ""),
                records.timestamp(run.startedAt), run.asOf,
                (interrupted(overview, index) ? RunText.interrupted.message : run.status.words).text(language),
                run.finishedAt.map { TextFormatting.duration($0.timeIntervalSince(run.startedAt)) } ?? "",
                counts.joined(separator: ", "),
                records.snapshot(asOf: run.asOf).map {
                    PlanWording(lang: language).summary(DeadlineSummary($0.items))
                } ?? "",
            ])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for (index, row) in rows.enumerated() {
            print(zip(row, widths).map { TextFormatting.pad($0, $1) }.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            if index == 0 { print(String(repeating: "─", count: widths.reduce(2 * (widths.count - 1), +))) }
        }
    }
}

/// How `status` and `history` show runs: times in the plan's time zone, and the plan's health
/// (from the planning snapshot as of the run's date) beside the run's node results.
struct RunRecords {
    /// The plan's time zone (Asia/Ho_Chi_Minh when the plan cannot be read).
    var timeZone: TimeZone
    /// The plan, when it compiles: its health is shown as of each run's date.
    var compiled: CompiledPlan?

    /// Reads the workflow quietly: status and history work from the state store alone, and
    /// show the plan's health and time zone only when the plan compiles.
    /// The language of messages about the plan.
    var language: Language

    init(workflow path: String, language preference: LanguagePreference) {
        let loaded = WorkflowLoader.load(path: path, options: CommandSupport.loadOptions(language: preference))
        compiled = loaded.compiled
        language = loaded.report.language
        let identifier = loaded.plan?.timezone ?? Plan.defaultTimeZone
        timeZone = TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current
    }

    /// `2023-10-05 08:00:01 +07:00` in the plan's time zone.
    func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss xxx"
        return formatter.string(from: date)
    }

    /// `2023-10-05T08:00:01+07:00` in the plan's time zone.
    func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        return formatter.string(from: date)
    }

    /// The plan as of a run's date, when the plan compiles and the date reads.
    func snapshot(asOf text: String) -> PlanSnapshot? {
        guard let compiled, let date = PlanDateTime.parse(text)?.date else { return nil }
        return PlanSnapshot(compiled, asOf: date)
    }

    /// `kế hoạch: 1 quá hạn, 3 sắp đến hạn, …` as of the run's date.
    func health(asOf text: String) -> String? {
        guard let snapshot = snapshot(asOf: text) else { return nil }
        let words = PlanWording(lang: language)
        var lines = [PlanText.planAsOf(date: snapshot.asOf.vietnamese).text(language) + words.summary(DeadlineSummary(snapshot.items))]
        for item in snapshot.items where item.state == .overdue { lines.append("  \(item.id): \(words.line(item))") }
        for budget in snapshot.budgets where budget.state != .onTrack { lines.append("  \(budget.id): \(words.line(budget))") }
        return lines.joined(separator: "\n")
    }

    /// `{overdue, due_soon, on_track, done, waiting}` as of the run's date, or null.
    func healthJSON(asOf text: String) -> ExpressionValue {
        guard let snapshot = snapshot(asOf: text) else { return .null }
        let summary = DeadlineSummary(snapshot.items)
        return .object([
            "overdue": .number(Double(summary.count(.overdue))), "due_soon": .number(Double(summary.count(.dueSoon))),
            "on_track": .number(Double(summary.count(.onTrack))), "done": .number(Double(summary.count(.done))),
            "waiting": .number(Double(summary.waiting)),
        ])
    }

    func heading(_ run: RunRecord, interrupted: Bool) -> String {
        let status = interrupted ? CommandText.interruptedRun.message : run.status.words
        return StateText.runHeading(workflow: run.workflow, run: Int(run.id), started: timestamp(run.startedAt), asOf: run.asOf,
                                    status: status).text(language)
            + (run.resumes > 0 ? RunText.resumedTimes(count: run.resumes).text(language) : "")
    }

    func json(_ run: RunRecord, interrupted: Bool) -> [String: ExpressionValue] {
        [
            "run": .number(Double(run.id)), "workflow": .string(run.workflow), "path": .string(run.path),
            "as_of": .string(run.asOf), "started": .string(iso(run.startedAt)),
            "finished": run.finishedAt.map { .string(iso($0)) } ?? .null, "health": healthJSON(asOf: run.asOf),
            "status": .string(interrupted ? "interrupted" : run.status.rawValue),
            "resumes": .number(Double(run.resumes)), "content_hash": .string(run.contentHash),
            "options": ExpressionValue(json: run.options) ?? .null,
        ]
    }

    func json(_ result: NodeResult) -> ExpressionValue {
        .object([
            "node": .string(result.nodeID), "status": .string(result.status.rawValue), "outputs": .object(result.outputs),
            "attempts": .number(Double(result.attempts)), "duration": .number((result.duration * 1000).rounded() / 1000),
            "started": result.startedAt.map { .string(iso($0)) } ?? .null,
            "finished": result.finishedAt.map { .string(iso($0)) } ?? .null,
            "error": result.error.map(ExpressionValue.string) ?? .null,
            "note": result.note.map(ExpressionValue.string) ?? .null,
        ])
    }
}
