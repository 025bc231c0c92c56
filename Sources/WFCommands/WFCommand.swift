public import ArgumentParser

/// `wf`: check, compile and run plan workflows.
public struct WFCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "wf",
        abstract: "Check, compile and run department plan workflows (YAML).",
        discussion: """
            A plan is a YAML file (format 'wf: 1') of goals with owners and due dates, events with \
            reminders, budget checkpoints and steps. wf checks it, compiles it into a dependency \
            graph and runs it as of a date through built-in plugins.

            Examples:
              wf validate workflows/                 check every plan in a folder (CI)
              wf run workflows/q4-plan.yaml --as-of 2023-10-05 --dry-run
              wf graph workflows/q4-plan.yaml --format gantt
              wf done workflows/q4-plan.yaml bao-cao-nq44
              wf explain unknown-reference
            """,
        version: "0.1.0",
        subcommands: WFCommand.subcommandTypes)

    public init() {}
}
