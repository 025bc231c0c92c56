import ArgumentParser
import Foundation
import WFCommands

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
        var message: String
        if let command {
            // A usage error found while running: ArgumentParser would print the
            // subcommand's usage without the "wf" prefix, so point to its help instead.
            let name = ["wf", command.configuration.commandName].compactMap { $0 }.joined(separator: " ")
            message = "Error: \(WFCommand.message(for: error))\n  See '\(name) --help' for more information."
        } else {
            message = WFCommand.fullMessage(for: error)
        }
        if !message.hasSuffix("\n") { message += "\n" }
        FileHandle.standardError.write(Data(message.utf8))
        Foundation.exit(2)
    }
}
