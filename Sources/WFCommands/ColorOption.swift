import ArgumentParser
import Foundation
import WFDiagnostics

/// `--color auto|always|never` (and `--no-color`), shared by every command that prints
/// coloured diagnostics: the one place that decides whether to colour.
struct ColorOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(ColorMessages.colorHelp, valueName: "when"))
    var color: ColorChoice = .auto

    @Flag(name: .customLong("no-color"), help: ArgumentHelp(ColorMessages.noColorHelp))
    var noColor = false

    /// Whether to colour what goes to standard output, or to standard error.
    func enabled(stderr: Bool = false) -> Bool {
        (noColor ? .never : color).enabled(isTerminal: isatty(stderr ? 2 : 1) == 1,
                                           environment: ProcessInfo.processInfo.environment)
    }
}

extension ColorChoice: ExpressibleByArgument {}

/// The words of the colour options.
enum ColorMessages {
    static let colorHelp =
        "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set or TERM=dumb; FORCE_COLOR forces it), always or never."
    static let noColorHelp = "The same as --color never."
}
