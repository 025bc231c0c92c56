import ArgumentParser
import WFCore

/// `wf progress FILE ID 80%`: sets an item's progress, editing the YAML in place.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Set the progress of a goal or prepare item (progress: 80%), editing the plan in place.",
        discussion: """
            Sets 'progress:' of the goal or prepare item ID and prints its status in the plan's \
            language. The value is written as the format writes it, a percentage ('80%'), in \
            the quotes the old value had, if any. 80%, 80 and 0.8 all mean 80% (a number with \
            a decimal point up to 1 is a fraction). 100% counts as done.

            A missing 'progress:' is added on its own line at the item's indentation, after \
            'done:' if the item has one, else after 'due:'; in a flow mapping before '}'. \
            Everything else in the file stays byte for byte, and the plan is checked before \
            and after the edit, as with 'wf done'.

            Examples:
              wf progress workflows/q4-plan.yaml de-an-cds 80%
              wf progress q4-plan.yaml ke-hoach-10-10 0.5 --as-of 2023-10-05
            """)

    @OptionGroup var options: StatusEditOptions

    @Argument(help: ArgumentHelp("The progress: 80%, 80 or 0.8.", valueName: "progress"))
    var progress: String

    func validate() throws {
        guard ItemEdit.progress(progress) != nil else {
            throw ValidationError(CommandText.badProgress(text: progress), language: options.language.preference.general)
        }
    }

    func run() throws {
        guard let fraction = ItemEdit.progress(progress) else { throw ExitCode(2) }
        try StatusEdit.run(.progress(fraction), options)
    }
}
