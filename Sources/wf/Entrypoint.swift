import WFCommands

/// The `wf` executable: parses the command line and runs the command.
@main
struct Entrypoint {
    static func main() async {
        await WFCommand.main()
    }
}
