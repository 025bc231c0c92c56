import WFPluginAPI

/// Counts deliveries, collects failures, and turns them into the node's outcome.
struct Tally: Sendable {
    var sent = 0
    var skipped = 0
    var described = 0
    var entries: [ExpressionValue] = []
    var failures: [String] = []

    /// Delivers `message` to each channel through the effects outbox; a failing channel is
    /// recorded and the others still get their delivery. The runner reports each effect, so
    /// nothing more is logged here.
    mutating func deliver(_ message: Message, to channels: [Channel], invocation: Invocation,
                          extra: [String: ExpressionValue]) async throws {
        let courier = Courier(invocation)
        for channel in channels {
            let name = invocation.secrets.mask(channel.description)
            var entry = extra
            entry["subject"] = .string(message.subject)
            entry["channel"] = .string(name)
            do {
                let result = try await invocation.effect(key: message.key + "/" + name, summary: PluginText.sendEffect(subject: message.subject, recipient: name).text(invocation.language)) { attempt in
                    try await courier.deliver(message, to: channel, attempt: attempt)
                }
                switch result {
                case .performed:
                    sent += 1
                    entry["status"] = .string("sent")
                case .alreadyDone:
                    skipped += 1
                    entry["status"] = .string("already-sent")
                case .described:
                    described += 1
                    entry["status"] = .string("dry-run")
                }
            } catch {
                let text = invocation.secrets.mask(String(describing: error))
                failures.append(PluginText.channelFailure(channel: name, problem: text).text(invocation.language))
                entry["status"] = .string("failed")
                entry["error"] = .string(text)
            }
            entries.append(.object(entry))
        }
    }

    var outputs: [String: ExpressionValue] {
        ["sent": .number(Double(sent)), "skipped": .number(Double(skipped)), "messages": .array(entries)]
    }

    /// The outcome, or a `PluginError` naming every channel that failed (their effects stay pending).
    func outcome(lang: Language) throws -> Outcome {
        if !failures.isEmpty {
            let done = sent + skipped
            let others = done > 0 ? PluginText.otherDelivered(count: done).text(lang) : ""
            throw PluginError(PluginText.couldNotDeliver(count: failures.count, others: others,
                                                         failures: failures.joined(separator: "; ")), language: lang)
        }
        let note = described > 0 ? PluginText.wouldSendCount(count: described)
            : skipped > 0 ? PluginText.sentSkipped(count: sent, skipped: skipped) : PluginText.sentCount(count: sent)
        return Outcome(outputs: outputs, note: note.text(lang))
    }
}
