public import WFLocalization
import Foundation
public import WFCalendar
public import WFPlanning

/// How `wf run` runs a workflow.
public struct RunOptions: Sendable {
    /// The run's date; nil for today in the plan's time zone (or, with `resume`, the resumed run's date).
    public var asOf: CivilDate?
    /// Describe every side effect, perform none, write no state.
    public var dryRun: Bool
    /// Run only these nodes and what they depend on; empty for all.
    public var only: [String]
    /// Reuse the last run's succeeded nodes when the workflow did not change.
    public var resume: Bool
    /// Nodes run at once.
    public var jobs: Int
    /// `--var k=v` overrides of the plan's `vars:`.
    public var vars: [String: String]
    /// The state database; nil for `<workflow folder>/.wf/state.sqlite`.
    public var statePath: String?
    /// `--fail-on`: the run fails when a goal or prepare item matches (the planning rule a
    /// `deadline` step's `fail_on` uses).
    public var failOn: FailOn?
    /// Wait for another run of the same workflow to finish instead of refusing.
    public var wait: Bool
    /// Let plugins write outside the workflow's folder.
    public var allowOutside: Bool
    /// The process environment: `env` in expressions, secrets, and scripts' environment.
    public var environment: [String: String]
    /// The language of the run's messages: its log, summary and plugin notes.
    public var language: Language = .en

    public init(
        asOf: CivilDate? = nil, dryRun: Bool = false, only: [String] = [], resume: Bool = false,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, vars: [String: String] = [:],
        statePath: String? = nil, failOn: FailOn? = nil, wait: Bool = false, allowOutside: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.asOf = asOf
        self.dryRun = dryRun
        self.only = only
        self.resume = resume
        self.jobs = max(1, jobs)
        self.vars = vars
        self.statePath = statePath
        self.failOn = failOn
        self.wait = wait
        self.allowOutside = allowOutside
        self.environment = environment
    }
}

/// A reason `wf run` cannot start, meant for the planner; `usage` problems exit with 2.
public struct RunError: Error, Sendable, CustomStringConvertible {
    /// In both languages: the command writes it in the run's language.
    public var message: Message
    /// True for bad usage (unknown `--only` id, bad `--var`): exit code 2.
    public var isUsage: Bool

    public init(_ message: Message, usage: Bool = false) {
        self.message = message
        self.isUsage = usage
    }

    public var description: String { message.en }
}
