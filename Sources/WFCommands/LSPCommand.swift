import ArgumentParser
import WFLanguageServer

/// `wf lsp`: the language server editors start, over standard input and output.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server editors use (LSP over standard input and output).",
        discussion: """
            Editors start it themselves: it checks a plan as it is typed with the same rules as \
            'wf validate', and offers completion, hover, go to definition, find references, the \
            outline and quick fixes. docs/editors.md shows how to set up VS Code, Neovim, Helix \
            and Emacs.

            Exit status: 0 after the editor's 'shutdown' and 'exit'; 1 when the input ends or \
            'exit' comes without 'shutdown'.
            """)

    @OptionGroup var size: SizeOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        var server = LanguageServer(options: CommandSupport.loadOptions(maxSize: try size.bytes(language.preference.general), language: language.preference))
        let status = server.run()
        if status != 0 { throw ExitCode(status) }
    }
}
