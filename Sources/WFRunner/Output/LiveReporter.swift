import Foundation
import WFLocalization

/// On a terminal: finished nodes, logs and effects scroll as plain lines, and below them a
/// block of the nodes running now with their elapsed time, redrawn about ten times a second.
public final class LiveReporter: RunReporter, @unchecked Sendable {
    private let output: TextOutput
    private let lock = NSLock()
    private var running: [(node: String, attempt: Int, since: ContinuousClock.Instant)] = []
    private var pending = ""
    private var drawnLines = 0
    private var total = 0
    private var finished = 0
    private var ticker: Task<Void, Never>?
    private let clock = ContinuousClock()
    private let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
    private var frame = 0
    private let language: Language

    public init(output: TextOutput = .standardOutput, language: Language = .en) {
        self.output = output
        self.language = language
    }

    public func handle(_ event: RunEvent) {
        lock.lock()
        switch event {
        case .runStarted(let start):
            total = start.nodes.count
            pending += TextFormatting.started(start, language: language) + "\n"
            ticker = Task { [weak self] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(100))
                    self?.redraw()
                }
            }
        case .nodeStarted(let node, let attempt):
            running.removeAll { $0.node == node }
            running.append((node, attempt, clock.now))
        case .log(let node, let line):
            pending += "[\(node)] \(line)\n"
        case .nodeFinished(let result):
            running.removeAll { $0.node == result.nodeID }
            finished += 1
            pending += TextFormatting.finished(result, language: language) + "\n"
        case .effect(let node, _, let summary, let state):
            pending += TextFormatting.effect(node: node, summary: summary, state: state, language: language) + "\n"
        case .runFinished(let summary):
            ticker?.cancel()
            ticker = nil
            running = []
            pending += "\n" + SummaryTable.render(summary, width: output.columns, language: language)
        }
        let done: Bool
        if case .runFinished = event { done = true } else { done = false }
        lock.unlock()
        if done { redraw() }
    }

    /// Erases the running block, writes what finished since, and draws the block again.
    func redraw() {
        lock.lock()
        defer { lock.unlock() }
        var text = drawnLines > 0 ? "\u{1B}[\(drawnLines)A\r\u{1B}[J" : ""
        text += pending
        pending = ""
        drawnLines = 0
        if !running.isEmpty {
            let width = max(20, output.columns - 1)
            frame = (frame + 1) % spinner.count
            var block = ["\(spinner[frame]) " + RunText.progress(finished: finished, total: total, running: running.count).text(language)]
            for item in running.prefix(8) {
                let elapsed = item.since.duration(to: clock.now)
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                let attempt = item.attempt > 1 ? RunText.attempt(n: item.attempt).text(language) : ""
                block.append("  ▸ \(item.node) \(TextFormatting.duration(seconds))\(attempt)")
            }
            if running.count > 8 { block.append(RunText.running8More(count: running.count - 8).text(language)) }
            for line in block {
                text += (line.count > width ? String(line.prefix(width)) : line) + "\n"
            }
            drawnLines = block.count
        }
        if !text.isEmpty { output.write(text) }
    }
}
