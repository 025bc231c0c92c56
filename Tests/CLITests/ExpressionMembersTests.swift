import Foundation
import Testing
import WFExpressions

/// One table of expression members: every member the reference checker accepts has a value at
/// run time, and the docs list them all.
@Suite struct ExpressionMembersTests {
    static let plan = """
        wf: 1
        name: Biểu thức
        period: 2023-Q4
        owners:
          vp: { name: Văn phòng, head: Nguyễn Văn A, notify: ["console:"] }
        goals:
          - { id: g1, title: Việc 1, due: 2023-10-03, owner: vp, description: Chi tiết }
        events:
          - id: e1
            title: Sự kiện
            date: 2023-10-10
            location: Hội trường
            remind: [3wd]
            prepare:
              - { id: p1, title: Chuẩn bị, due: -2wd, after: [g1] }
        checkpoints:
          - { id: c1, title: Giải ngân, date: 2023-12-15, budget: { allocated: 100, spent: 50, currency: USD }, expect: 80% }
        steps:
          - id: doc
            run: env | grep '^M_' | sort
            env:
        """

    /// `M_GOALS_DAYS_LEFT: ${{ goals.g1.days_left }}` for every member of every table.
    static var entries: [(name: String, expression: String)] {
        func rows(_ prefix: String, _ path: String, _ names: [String]) -> [(String, String)] {
            names.map { ("M_\(prefix)_\($0.uppercased())", "\(path).\($0)") }
        }
        return rows("PLAN", "plan", PlanMember.names) + rows("GOAL", "goals.g1", GoalMember.names)
            + rows("PREPARE", "goals.p1", GoalMember.names) + rows("EVENT", "events.e1", EventMember.names)
            + rows("CHECKPOINT", "checkpoints.c1", CheckpointMember.names) + rows("OWNER", "owners.vp", OwnerMember.names)
            + rows("RUN", "run", RunMember.names)
    }

    @Test func everyMemberValidatesAndHasAValueAtRunTime() throws {
        let folder = try WF.temporaryDirectory("wf-members")
        defer { try? FileManager.default.removeItem(at: folder) }
        let env = Self.entries.map { "      \($0.name): \"${{ \($0.expression) }}\"" }.joined(separator: "\n")
        try Data((Self.plan + "\n" + env + "\n").utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let validate = try WF.run(["validate", "plan.yaml"], in: folder)
        #expect(validate.exitCode == 0, "\(validate.stdout)")
        let run = try WF.run(["run", "plan.yaml", "--as-of", "2023-10-05"], in: folder)
        #expect(run.exitCode == 0, "\(run.stdout)\n\(run.stderr)")
        var values: [String: String] = [:]
        for line in run.stdout.split(separator: "\n") {
            guard let range = line.range(of: "M_") else { continue }
            let pair = line[range.lowerBound...].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if pair.count == 2 { values[String(pair[0])] = String(pair[1]) }
        }
        for entry in Self.entries { #expect(values[entry.name] != nil, "no value for \(entry.expression)") }
        #expect(values["M_OWNER_HEAD"] == "Nguyễn Văn A")
        #expect(values["M_CHECKPOINT_CURRENCY"] == "USD")
        #expect(values["M_CHECKPOINT_EXPECT"] == "0.8")
        #expect(values["M_CHECKPOINT_RATE"] == "0.5")
        #expect(values["M_PREPARE_EVENT"] == "e1")
        #expect(values["M_GOAL_STATUS"] == "overdue")
        #expect(values["M_GOAL_DAYS_LEFT"] == "-2")
        #expect(values["M_PREPARE_STATUS"] == "due-soon")
        #expect(values["M_EVENT_STATUS"] == "upcoming")
        #expect(values["M_EVENT_REMINDER"] == "3wd")
        #expect(values["M_RUN_AS_OF"] == "2023-10-05")
        #expect(values["M_PLAN_PERIOD"] == "2023-Q4")
    }

    /// The rows of the format reference's context table that come from the member tables.
    static var contextRows: String {
        """
        | Context | Members |
        |---|---|
        | `vars.NAME` | The plan's [vars](#vars) (after `--var` overrides). |
        | `plan` | \(PlanMember.markdown). |
        | `goals.ID` | Goals **and prepare items**, as of the run's date: \(GoalMember.markdown). |
        | `events.ID` | \(EventMember.markdown). |
        | `checkpoints.ID` | \(CheckpointMember.markdown). |
        | `steps.ID` | \(StepMember.markdown). |
        | `owners.ID` | \(OwnerMember.markdown). |
        | `run` | \(RunMember.markdown). |
        | `env.NAME` | wf's environment, plus the step's own `env:` values. |
        | `secrets.NAME` | Declared [secrets](#secrets). |
        """
    }

    /// docs/format.md's context table is written from the member tables; `RECORD_SNAPSHOTS=1`
    /// rewrites it.
    @Test func theFormatReferenceListsEveryMember() throws {
        let url = WF.repoRoot.appendingPathComponent("docs/format.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let begin = "<!-- expression-members:begin -->\n", end = "<!-- expression-members:end -->"
        let start = try #require(text.range(of: begin), "docs/format.md has no \(begin)")
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        let current = String(text[start.upperBound..<stop.lowerBound])
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil, current != Self.contextRows + "\n" {
            try (text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: Self.contextRows + "\n"))
                .write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == Self.contextRows + "\n", "docs/format.md's context table is stale: run the tests with RECORD_SNAPSHOTS=1")
    }
}
