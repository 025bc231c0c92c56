import ArgumentParser

extension WFCommand {
    /// Every subcommand, in the order `wf --help` lists them.
    static let subcommandTypes: [any ParsableCommand.Type] = [
        RunCommand.self,
        ValidateCommand.self,
        GraphCommand.self,
        PlanCommand.self,
        StatusCommand.self,
        ImportCommand.self,
        DoneCommand.self,
        UndoneCommand.self,
        ProgressCommand.self,
        HistoryCommand.self,
        PluginsCommand.self,
        SchemaCommand.self,
        ExplainCommand.self,
        CalendarCommand.self,
        InitCommand.self,
        LSPCommand.self,
    ]
}
