import ArgumentParser
import WFCore

/// `wf graph FILE`: the compiled dependency graph in a format others draw.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the plan's dependency graph (DOT, Mermaid, Gantt chart or JSON).",
        discussion: """
            Every goal, event, prepare item, checkpoint and step is a node; 'after:', 'needs:' and \
            'prepare:' give the edges. The critical path (the longest chain of dependencies) is \
            drawn bold in DOT and listed in JSON.

            Examples:
              wf graph workflows/q4-plan.yaml | dot -Tsvg > plan.svg
              wf graph workflows/q4-plan.yaml --format gantt   for a Mermaid block
              wf graph workflows/q4-plan.yaml --format json -o graph.json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, mermaid, gantt, json
    }

    @Argument(help: ArgumentHelp("The workflow file; '-' reads it from standard input.", valueName: "file"))
    var file: String

    @Option(name: .shortAndLong, help: "dot, mermaid (flowchart), gantt (Mermaid Gantt chart) or json.")
    var format: Format = .dot

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @OptionGroup var size: SizeOption

    @OptionGroup var language: LanguageOption

    @OptionGroup var colors: ColorOption

    func run() throws {
        let compiled = try CommandSupport.compiledWorkflow(file, maxSize: try size.bytes(language.preference.general), language: language.preference, color: colors).compiled
        let text: String
        switch format {
        case .dot: text = GraphExport.dot(compiled)
        case .mermaid: text = GraphExport.mermaid(compiled)
        case .gantt: text = GraphExport.gantt(compiled)
        case .json: text = GraphExport.json(compiled)
        }
        try CommandSupport.emit(text, to: output, language: language.preference.general)
    }
}
