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
                let result = try await invocation.effect(key: message.key + "/" + name, summary: "send '\(message.subject)' to \(name)") { attempt in
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
                failures.append("channel '\(name)': \(text)")
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
            throw PluginError("could not deliver to \(failures.count) channel\(failures.count == 1 ? "" : "s")"
                + (done > 0 ? " (\(done) other delivered)" : "") + "; the next run tries again: "
                + failures.joined(separator: "; "))
        }
        let note: String
        switch lang {
        case .vi:
            note = described > 0 ? "sẽ gửi \(described)" : "đã gửi \(sent)" + (skipped > 0 ? ", bỏ qua \(skipped) (đã gửi trước đó)" : "")
        case .en:
            note = described > 0 ? "would send \(described)" : "sent \(sent)" + (skipped > 0 ? ", skipped \(skipped) (sent before)" : "")
        }
        return Outcome(outputs: outputs, note: note)
    }
}
