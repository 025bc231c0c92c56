import ArgumentParser
import Foundation
import WFCommands
import WFLocalization

/// The `wf` executable: parses the command line and runs the command.
///
/// Exit codes follow DESIGN.md §4: 0 success, 1 problems found or a run failed,
/// 2 usage errors (ArgumentParser's own 64 is mapped to 2), 3 internal errors.
@main
struct Entrypoint {
    static func main() async {
        let command: any ParsableCommand
        do {
            command = try WFCommand.parseAsRoot()
        } catch {
            exit(error, command: nil)
        }
        do {
            var command = command
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(error, command: type(of: command))
        }
    }

    /// Exits as ArgumentParser would, but with status 2 for usage errors.
    private static func exit(_ error: any Error, command: (any ParsableCommand.Type)?) -> Never {
        guard WFCommand.exitCode(for: error) == .validationFailure else { WFCommand.exit(withError: error) }
        let language = argumentLanguage()
        var message: String
        if let command {
            // A usage error found while running: ArgumentParser would print the
            // subcommand's usage without the "wf" prefix, so point to its help instead.
            let name = ["wf", command.configuration.commandName].compactMap { $0 }.joined(separator: " ")
            message = CommandText.errorPrefix(message: WFCommand.message(for: error)).text(language)
                + "\n  " + CommandText.seeHelp(command: name).text(language)
        } else {
            message = localizedFrame(WFCommand.fullMessage(for: error), language)
        }
        if !message.hasSuffix("\n") { message += "\n" }
        FileHandle.standardError.write(Data(message.utf8))
        Foundation.exit(2)
    }

    /// ArgumentParser's full usage error with its own framing words ("Error:", "See '… --help'
    /// for more information.") in `language`; the message and usage lines it writes itself stay
    /// as ArgumentParser wrote them (English, unless the message came from the catalog).
    static func localizedFrame(_ text: String, _ language: Language) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, first.hasPrefix("Error: ") {
            lines[0] = CommandText.errorPrefix(message: String(first.dropFirst("Error: ".count))).text(language)
        }
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("See '"), trimmed.hasSuffix(" --help' for more information.") else { continue }
            let command = trimmed.dropFirst("See '".count).dropLast(" --help' for more information.".count)
            lines[index] = String(line.prefix(line.count - trimmed.count)) + CommandText.seeHelp(command: String(command)).text(language)
        }
        return lines.joined(separator: "\n")
    }

    /// The language of usage errors, before any command is parsed: `--lang X` or `--lang=X` in
    /// the arguments, else `WF_LANG`, else the locale (as `Language.choose` decides).
    static func argumentLanguage(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Language {
        var flag: Language?
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument.hasPrefix("--lang=") {
                flag = Language(code: String(argument.dropFirst("--lang=".count))) ?? flag
            } else if argument == "--lang", index + 1 < arguments.count {
                flag = Language(code: arguments[index + 1]) ?? flag
            }
        }
        return Language.choose(flag: flag, environment: ProcessInfo.processInfo.environment, plan: nil)
    }
}
