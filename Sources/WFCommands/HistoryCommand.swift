import ArgumentParser

/// `wf history` (being written).
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Not yet available.")

    func run() async throws {
        throw ExitCode(2)
    }
}
