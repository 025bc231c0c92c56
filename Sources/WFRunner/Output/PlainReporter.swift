import WFLocalization

/// One plain line per event, for logs and pipes; ends with the summary table.
public struct PlainReporter: RunReporter {
    let output: TextOutput
    let language: Language

    public init(output: TextOutput = .standardOutput, language: Language = .en) {
        self.output = output
        self.language = language
    }

    public func handle(_ event: RunEvent) {
        switch event {
        case .runStarted(let start):
            output.write(TextFormatting.started(start, language: language) + "\n")
        case .nodeStarted(let node, let attempt):
            output.write(attempt > 1 ? "▶ \(node)\(RunText.attempt(n: attempt).text(language))\n" : "▶ \(node)\n")
        case .log(let node, let line):
            output.write("[\(node)] \(line)\n")
        case .nodeFinished(let result):
            output.write(TextFormatting.finished(result, language: language) + "\n")
        case .effect(let node, _, let summary, let state):
            output.write(TextFormatting.effect(node: node, summary: summary, state: state, language: language) + "\n")
        case .runFinished(let summary):
            output.write("\n" + SummaryTable.render(summary, language: language))
        }
    }
}
