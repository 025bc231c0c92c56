import ArgumentParser
import WFCore

/// `wf undone FILE ID`: marks a goal or prepare item not done, editing the YAML in place.
struct UndoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undone",
        abstract: "Mark a goal or prepare item not done (done: false), editing the plan in place.",
        discussion: """
            Sets 'done: false' on the goal or prepare item ID and prints its status in the \
            plan's language; an item without 'done:' is left as it is. With --period P, P is \
            taken out of the item's list of finished periods (the last one out leaves \
            'done: []'). Everything else in the file stays byte for byte, as with 'wf done'.

            'progress: 100%' also counts as done: lower it with 'wf progress'.

            Examples:
              wf undone workflows/q4-plan.yaml bao-cao-nq44
              wf undone bao-cao-thang.yaml bao-cao-so --period 2025-01
            """)

    @OptionGroup var options: StatusEditOptions

    @Option(name: .long, help: ArgumentHelp(
        "Take this period out of the item's 'done:' list: 2025-01, 2025-Q1, 2025-H1 or 2025.", valueName: "period"))
    var period: String?

    func validate() throws {
        _ = try StatusEditOptions.period(period, language: options.language.preference.general)
    }

    func run() throws {
        let edit: ItemEdit = try StatusEditOptions.period(period, language: options.language.preference.general).map { .removePeriod($0) } ?? .undone
        try StatusEdit.run(edit, options)
    }
}
