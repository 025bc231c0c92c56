import ArgumentParser
import Foundation
import WFCore

/// `wf schema`: the JSON Schema of the format, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft-07) of the plan format, plugin inputs included.",
        discussion: """
            YAML language servers (VS Code's YAML extension and others) use it for completion \
            and checks while a planner types. A copy is kept in docs/wf.schema.json.

            Examples:
              wf schema > wf.schema.json
              # in a plan, first line:  # yaml-language-server: $schema=./wf.schema.json
            """)

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    func run() throws {
        try CommandSupport.emit(Self.schemaText(), to: output, language: LanguagePreference(environment: ProcessInfo.processInfo.environment).general)
    }

    /// The schema as committed in docs/wf.schema.json.
    static func schemaText() -> String {
        JSONSchema.generate(plugins: BuiltinPlugins.registry.catalog).serialized(indent: 2) + "\n"
    }
}
