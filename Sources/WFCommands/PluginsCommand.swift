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

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.preference.general
        let catalog = BuiltinPlugins.registry.catalog
        let signatures = catalog.names.compactMap { catalog[$0] }
        guard let name else {
            let width = signatures.map(\.name.count).max() ?? 0
            for signature in signatures {
                print(signature.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + signature.summary)
            }
            print("\n" + CommandText.defaultPlugins.message.text(language))
            return
        }
        guard let signature = catalog[name] else {
            let hint = closestMatch(to: name, among: catalog.names).map { CommandText.didYouMean(name: $0) } ?? .verbatim("")
            throw ValidationError(CommandText.unknownPlugin(name: name, hint: hint), language: language)
        }
        print(Self.describe(signature, language: language))
    }

    /// A plugin's page: summary, inputs, outputs.
    static func describe(_ signature: PluginSignature, language: Language) -> String {
        var out = "\(signature.name): \(signature.summary)\n\n" + CommandText.inputsHeading.message.text(language) + "\n"
        for input in signature.inputs {
            var line = "  \(input.name) (\(input.type.description)\(input.required ? CommandText.required.message.text(language) : ""))"
            if let value = input.defaultValue { line += CommandText.defaultValue(value: "\(value)").text(language) }
            out += line + "\n      \(input.doc)\n"
        }
        if signature.inputs.isEmpty { out += "  " + CommandText.none.message.text(language) + "\n" }
        out += "\n" + CommandText.outputsHeading.message.text(language) + "\n"
        for output in signature.outputs {
            out += "  \(output.name) (\(output.type.description))\n      \(output.doc)\n"
        }
        if signature.openOutputs { out += "  " + CommandText.anyOutput.message.text(language) + "\n" }
        return out
    }
}
