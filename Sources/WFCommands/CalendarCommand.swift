import ArgumentParser
import WFCore

/// `wf calendar FILE`: the plan's deadlines, events and checkpoints as iCalendar (RFC 5545).
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Print the plan's deadlines and events as an iCalendar (.ics) file.",
        discussion: """
            Goals and prepare items become to-dos (VTODO) with their due date; events and budget \
            checkpoints become calendar entries (VEVENT), all-day when no time is given. Each \
            'remind:' offset becomes an alarm (VALARM); working-day offsets ('3wd') are turned \
            into the real date on the plan's calendar. UIDs are stable, so importing the file \
            again updates the entries instead of duplicating them. Set SOURCE_DATE_EPOCH for a \
            reproducible DTSTAMP.

            Examples:
              wf calendar workflows/q4-plan.yaml -o q4.ics
              wf calendar workflows/q4-plan.yaml > ~/Downloads/ke-hoach.ics
            """)

    @Argument(help: ArgumentHelp("The workflow file.", valueName: "file"))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @OptionGroup var size: SizeOption

    func run() throws {
        let compiled = try CommandSupport.compiledWorkflow(file, maxSize: try size.bytes())
        try CommandSupport.emit(ICSCalendar(compiled).render(), to: output)
    }
}
