import ArgumentParser
import WFCalendar
import WFCore
import WFPlanning

/// `wf calendar FILE`: the plan's deadlines, events and checkpoints as iCalendar (RFC 5545).
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Print the plan's deadlines and events as an iCalendar (.ics) file.",
        discussion: """
            Goals and prepare items become to-dos (VTODO) with their due date; events and budget \
            checkpoints become calendar entries (VEVENT), all-day when no time is given. Each \
            'remind:' offset becomes an alarm (VALARM) on the day 'wf run' sends it: working-day \
            offsets ('3wd'), and day offsets that fall on a day off (which move to the working \
            day before), become the real date at 08:00. UIDs are stable, so importing the file \
            again updates the entries instead of duplicating them. Set SOURCE_DATE_EPOCH for a \
            reproducible DTSTAMP.

            Examples:
              wf calendar workflows/q4-plan.yaml -o q4.ics
              wf calendar workflows/q4-plan.yaml > ~/Downloads/ke-hoach.ics
            """)

    @Argument(help: ArgumentHelp("The workflow file; '-' reads it from standard input.", valueName: "file"))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "The date budget figures are taken as of (2023-10-05 or 05/10/2023); today in the plan's time zone by default.",
        valueName: "date"))
    var asOf: String?

    @OptionGroup var size: SizeOption

    @OptionGroup var language: LanguageOption

    @OptionGroup var colors: ColorOption

    func validate() throws {
        try CommandSupport.checkAsOf(asOf, language: language.preference.general)
    }

    func run() throws {
        let compiled = try CommandSupport.compiledWorkflow(file, maxSize: try size.bytes(language.preference.general), language: language.preference, color: colors).compiled
        let snapshot = PlanSnapshot(compiled, asOf: CommandSupport.asOfDate(asOf, plan: compiled.plan))
        try CommandSupport.emit(ICSCalendar(compiled, snapshot: snapshot).render(), to: output, language: language.preference.general)
    }
}
