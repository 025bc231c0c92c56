import ArgumentParser
import WFCore

/// `wf done FILE ID`: marks a goal or prepare item done, editing the YAML in place.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Mark a goal or prepare item done (done: true), editing the plan in place.",
        discussion: """
            Sets 'done: true' on the goal or prepare item ID and prints its status in the \
            plan's language. Only that value changes: comments, key order, quoting, blank lines \
            and CR LF line breaks stay as they were. A missing 'done:' is added on its own line \
            at the item's indentation, after 'progress:' if the item has one, else after \
            'due:'; in a flow mapping ({ id: a, … }) it is added before '}'.

            With --period P (a recurring task, with 'every:'), P is added to the list of finished periods \
            instead: 'done: [2025-01, 2025-02]', kept in date order. The list is created if \
            there is none, and 'done: false' becomes '[P]'.

            The plan is checked as 'wf validate' checks it, before and after the edit: a plan \
            with errors is not edited, and an edit that would leave errors is not written \
            (exit 1). The file is replaced atomically and keeps its permissions.

            Examples:
              wf done workflows/q4-plan.yaml bao-cao-nq44
              wf done q4-plan.yaml ke-hoach-10-10 --as-of 2023-10-05
              wf done bao-cao-thang.yaml bao-cao-so --period 2025-01
            """)

    @OptionGroup var options: StatusEditOptions

    @Option(name: .long, help: ArgumentHelp(
        "Add this finished period to the item's 'done:' list: 2025-01, 2025-Q1, 2025-H1 or 2025.", valueName: "period"))
    var period: String?

    func validate() throws {
        _ = try StatusEditOptions.period(period, language: options.language.preference.general)
    }

    func run() throws {
        let edit: ItemEdit = try StatusEditOptions.period(period, language: options.language.preference.general).map { .addPeriod($0) } ?? .done
        try StatusEdit.run(edit, options)
    }
}
