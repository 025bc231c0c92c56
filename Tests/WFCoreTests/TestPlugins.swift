import WFPluginAPI

/// Plugins defined by the tests, to check the registry and `with:` validation on their own.
struct EchoPlugin: Plugin {
    static let name = "echo"
    static let summary = "Echoes its message."
    static let inputs = [
        InputSpec("message", .string, required: true, doc: "What to say."),
        InputSpec("times", .integer, default: "1", doc: "How often."),
        InputSpec("level", .choice(["info", "warn"]), default: "info", doc: "Severity."),
        InputSpec("after", .duration, doc: "Delay."),
        InputSpec("targets", .idList, doc: "Items concerned."),
    ]
    static let outputs = [OutputSpec("said", .string, doc: "What was said.")]

    func run(_ invocation: Invocation) async throws -> Outcome {
        Outcome(outputs: ["said": .string(invocation.inputs.string("message") ?? "")])
    }
}

struct ScriptPlugin: Plugin {
    static let name = "shell"
    static let summary = "Runs a script."
    static let inputs = [InputSpec("run", .string, required: true, doc: "The script.")]
    static let outputs: [OutputSpec] = []
    static let openOutputs = true

    func run(_ invocation: Invocation) async throws -> Outcome { Outcome() }
}

enum TestCatalog {
    static let registry = PluginRegistry([EchoPlugin.self, ScriptPlugin.self])
    static let options = LoadOptions(plugins: registry.catalog)

    static func load(_ yaml: String) -> LoadedWorkflow {
        WorkflowLoader.compile(bytes: Array(yaml.utf8), path: "test.yaml", options: options)
    }
}

extension LoadedWorkflow {
    /// "line:column rule" of every diagnostic, for compact expectations.
    var found: [String] {
        report.diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue)" }
    }
}
