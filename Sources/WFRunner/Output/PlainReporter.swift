/// One plain line per event, for logs and pipes; ends with the summary table.
public struct PlainReporter: RunReporter {
    let output: TextOutput

    public init(output: TextOutput = .standardOutput) {
        self.output = output
    }

    public func handle(_ event: RunEvent) {
        switch event {
        case .runStarted(let start):
            output.write(TextFormatting.started(start) + "\n")
        case .nodeStarted(let node, let attempt):
            output.write(attempt > 1 ? "▶ \(node) (attempt \(attempt))\n" : "▶ \(node)\n")
        case .log(let node, let line):
            output.write("[\(node)] \(line)\n")
        case .nodeFinished(let result):
            output.write(TextFormatting.finished(result) + "\n")
        case .effect(let node, _, let summary, let state):
            output.write(TextFormatting.effect(node: node, summary: summary, state: state) + "\n")
        case .runFinished(let summary):
            output.write("\n" + SummaryTable.render(summary))
        }
    }
}
