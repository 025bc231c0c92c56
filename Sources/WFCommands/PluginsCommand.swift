import ArgumentParser
import WFPluginAPI

/// `wf plugins [NAME]`: the built-in plugins, their inputs and outputs.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the built-in plugins, or show one plugin's inputs and outputs.",
        discussion: """
            Examples:
              wf plugins
              wf plugins notify
            """)

    @Argument(help: ArgumentHelp("A plugin name.", valueName: "name"))
    var name: String?

    func run() throws {
        let catalog = BuiltinPlugins.registry.catalog
        let signatures = catalog.names.compactMap { catalog[$0] }
        guard let name else {
            let width = signatures.map(\.name.count).max() ?? 0
            for signature in signatures {
                print(signature.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + signature.summary)
            }
            print("\nPlan items run through a default plugin: goal → deadline, event → notify, checkpoint → budget.")
            return
        }
        guard let signature = catalog[name] else {
            var message = "unknown plugin '\(name)'"
            if let suggestion = closestMatch(to: name, among: catalog.names) {
                message += "; did you mean '\(suggestion)'?"
            }
            throw ValidationError(message)
        }
        print(Self.describe(signature))
    }

    /// A plugin's page: summary, inputs, outputs.
    static func describe(_ signature: PluginSignature) -> String {
        var out = "\(signature.name): \(signature.summary)\n\nInputs (with:):\n"
        for input in signature.inputs {
            var line = "  \(input.name) (\(input.type.description)\(input.required ? ", required" : ""))"
            if let value = input.defaultValue { line += " default \(value)" }
            out += line + "\n      \(input.doc)\n"
        }
        if signature.inputs.isEmpty { out += "  none\n" }
        out += "\nOutputs (steps.ID.outputs.NAME):\n"
        for output in signature.outputs {
            out += "  \(output.name) (\(output.type.description))\n      \(output.doc)\n"
        }
        if signature.openOutputs { out += "  any name the script writes to $WF_OUTPUT\n" }
        return out
    }
}
