import ArgumentParser

/// `wf status` (being written).
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Not yet available.")

    func run() async throws {
        throw ExitCode(2)
    }
}
