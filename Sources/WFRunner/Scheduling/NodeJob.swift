import Foundation
import WFPluginAPI

/// One node ready to run: its plugin, its invocation, and how to retry and time it out.
struct NodeJob: Sendable {
    let pluginType: any Plugin.Type
    let invocation: Invocation
    let attempts: Int
    /// Seconds before the second attempt; doubles after each further failure.
    let backoff: Double
    let timeout: Duration?
    let continueOnError: Bool
    let events: EventSink

    /// How long a plugin has to stop after its timeout or a cancellation.
    static let grace: Duration = .seconds(5)

    /// What one attempt came to.
    enum Attempt: Sendable {
        case outcome(Outcome)
        case error(String)
        case timedOut
        case cancelled
    }

    var id: String { invocation.node.id }
    /// Whether the scheduler may run it in place: a quick plugin with no timeout to race.
    var runsInPlace: Bool { pluginType.runsInPlace && timeout == nil }
    /// The run's language, for the notes and errors it records.
    var language: Language { invocation.language }

    /// Runs the node, with retries, and returns its result.
    func execute() async -> NodeResult {
        let startedAt = Date()
        let clock = ContinuousClock()
        let start = clock.now
        var delay = backoff
        var attempt = 0
        func result(_ status: NodeStatus, outputs: [String: ExpressionValue] = [:], error: String? = nil,
                    note: String? = nil, tolerated: Bool = false) -> NodeResult {
            let elapsed = start.duration(to: clock.now)
            return NodeResult(
                nodeID: id, status: status, outputs: outputs, attempts: attempt, startedAt: startedAt, finishedAt: Date(),
                duration: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                error: error, note: note, tolerated: tolerated)
        }
        while true {
            attempt += 1
            events.emit(.nodeStarted(node: id, attempt: attempt))
            let message: String
            switch await attemptOnce() {
            case .outcome(let outcome) where outcome.failed:
                return result(.failed, outputs: outcome.outputs, error: outcome.note ?? StateText.pluginReportedFailure.message.text(language),
                              note: outcome.note, tolerated: continueOnError)
            case .outcome(let outcome):
                let retried = attempt > 1 ? StateText.succeededOnAttempt(attempt: attempt, attempts: attempts).text(language) : nil
                let note = [outcome.note, retried].compactMap { $0 }.joined(separator: "; ")
                return result(.succeeded, outputs: outcome.outputs, note: note.isEmpty ? nil : note)
            case .cancelled:
                return result(.cancelled, error: StateText.cancelledWhileRunning.message.text(language), note: StateText.cancelledNote.message.text(language))
            case .timedOut:
                message = StateText.timedOutAfter(duration: Self.text(timeout ?? .zero)).text(language)
            case .error(let text):
                message = text
            }
            if attempt < attempts, !Task.isCancelled {
                let wait = delay > 0 ? StateText.tryingAgainIn(duration: Self.text(.seconds(delay))) : StateText.tryingAgain.message
                invocation.log.info(StateText.attemptFailed(attempt: attempt, attempts: attempts, problem: message, wait: wait).text(language))
                if delay > 0 {
                    try? await Task.sleep(for: .seconds(delay))
                    delay *= 2
                }
                if !Task.isCancelled { continue }
            }
            let note = continueOnError ? "continue-on-error" : attempts > 1 ? "failed after \(attempt) attempts" : nil
            return result(.failed, error: message, note: note, tolerated: continueOnError)
        }
    }

    /// One attempt: the plugin raced against the timeout; on timeout the plugin is cancelled
    /// and given `grace` to stop (the shell plugin stops its processes).
    private func attemptOnce() async -> Attempt {
        let plugin = pluginType.init()
        let invocation = self.invocation
        // Nothing to race: the plugin runs in this task, which carries any cancellation.
        guard let timeout else { return await Self.run(plugin, invocation) }
        let task = Task { await Self.run(plugin, invocation) }
        return await withTaskCancellationHandler {
            let first = await Self.race(task, deadline: timeout, fallback: .timedOut)
            guard case .timedOut = first else { return first }
            task.cancel()
            _ = await Self.race(task, deadline: Self.grace, fallback: .timedOut)
            return .timedOut
        } onCancel: {
            task.cancel()
        }
    }

    /// The plugin's run as an attempt: its outcome, a cancellation, or its error.
    private static func run(_ plugin: some Plugin, _ invocation: Invocation) async -> Attempt {
        do {
            return .outcome(try await plugin.run(invocation))
        } catch is CancellationError {
            return .cancelled
        } catch {
            return .error(String(describing: error))
        }
    }

    /// The task's value, or `fallback` when `deadline` passes first (the task keeps running).
    /// The timer answers only when its sleep ran out: cancelled because the value came, it
    /// says nothing, so a step that finished is never reported as timed out.
    static func race(_ task: Task<Attempt, Never>, deadline: Duration, fallback: Attempt) async -> Attempt {
        let once = Once<Attempt>()
        return await withCheckedContinuation { continuation in
            once.set(continuation)
            let timer = Task {
                do {
                    try await Task.sleep(for: deadline)
                } catch {
                    return
                }
                once.resume(fallback)
            }
            Task {
                let value = await task.value
                once.resume(value)
                timer.cancel()
            }
        }
    }

    static func text(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        if seconds >= 60, seconds.truncatingRemainder(dividingBy: 60) == 0 { return "\(Int(seconds / 60))m" }
        return seconds == seconds.rounded() ? "\(Int(seconds))s" : String(format: "%.1fs", seconds)
    }
}

/// A continuation resumed by whichever of several tasks comes first.
final class Once<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, Never>?
    private var early: Value?
    private var done = false

    func set(_ continuation: CheckedContinuation<Value, Never>) {
        lock.lock()
        if let early, !done {
            done = true
            lock.unlock()
            continuation.resume(returning: early)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    func resume(_ value: Value) {
        lock.lock()
        guard !done else {
            lock.unlock()
            return
        }
        guard let continuation else {
            if early == nil { early = value }
            lock.unlock()
            return
        }
        done = true
        self.continuation = nil
        lock.unlock()
        continuation.resume(returning: value)
    }
}
