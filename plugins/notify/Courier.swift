import Foundation
import WFJSON
import WFPluginAPI

/// Delivers a message to one channel, in that channel's form.
struct Courier: Sendable {
    var workflow: String
    var node: String
    var asOf: CivilDate
    var timeZone: TimeZone
    var workspace: Workspace
    var log: Logger
    var secrets: Secrets
    /// The step's `env:` over the process environment.
    var environment: [String: String]
    /// The node's timeout, when it has one: bounds each network transfer.
    var timeout: Duration?
    /// The language of its error messages (the run's).
    var language: Language

    init(_ invocation: Invocation) {
        workflow = invocation.plan.plan.name
        node = invocation.node.id
        asOf = invocation.asOf
        timeZone = TimeZone(identifier: invocation.plan.plan.timezone) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current
        workspace = invocation.workspace
        log = invocation.log
        secrets = invocation.secrets
        environment = ProcessInfo.processInfo.environment.merging(invocation.env) { _, step in step }
        timeout = invocation.timeout
        language = invocation.language
    }

    /// The sender's address: `WF_SMTP_FROM`, or `wf@localhost`.
    var from: Mailbox {
        environment["WF_SMTP_FROM"].flatMap(Mailbox.parse) ?? Mailbox(address: "wf@localhost", name: nil)
    }

    /// Delivers `message` to `channel`; throws a `PluginError` naming what failed. `attempt`
    /// names the effect: a `file:` record carries it (and is not written again when an earlier,
    /// killed attempt wrote it), a webhook sends it as `Idempotency-Key`.
    func deliver(_ message: Message, to channel: Channel, attempt: EffectAttempt) async throws {
        switch channel {
        case .console:
            log.info("── \(message.subject)")
            for line in message.body.split(separator: "\n", omittingEmptySubsequences: false) {
                log.info(line.isEmpty ? "" : "   " + line)
            }
            for attachment in message.attachments { log.info("   [\(attachment.path)]") }
        case .file(let path):
            let effect = JSON.object([("effect", .string(attempt.id))]).serialized().dropFirst().dropLast()
            try workspace.append(jsonLine(message, effect: attempt.id) + "\n", to: path,
                                 unlessContains: attempt.resumed ? String(effect) : nil, tornPrefix: Self.recordStart)
        case .eml(let folder):
            var draft = mime(message, to: message.mailboxes)
            draft.isDraft = true
            try workspace.write(draft.rendered(), to: folder + "/" + message.fileStem + ".eml")
        case .mailto(let mailbox):
            try await smtp().send(mime(message, to: [mailbox]).rendered(), to: [mailbox.address])
        case .webhook(let url):
            var sender = WebhookSender()
            if let timeout { sender.timeout = min(sender.timeout, timeout) }
            try await sender.post(Data(secrets.mask(webhookJSON(message)).utf8), to: url,
                                  idempotencyKey: StableHash.hex([workflow, attempt.id]))
        }
    }

    // MARK: - Forms

    /// How every `file:` record starts (`{"time":`): a last line that starts so and does not
    /// parse is a record cut short.
    static let recordStart = String(JSON.object([("time", .null)]).serialized().dropLast("null}".count))

    /// The `file:` record: one JSON object on one line; `effect` names the effect that wrote it.
    func jsonLine(_ message: Message, effect: String) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        return JSON.object([
            ("time", .string(formatter.string(from: Date()))),
            ("workflow", .string(workflow)),
            ("node", .string(node)),
            ("as_of", .string(asOf.iso)),
            ("subject", .string(message.subject)),
            ("body", .string(message.body)),
            ("to", .array(message.recipients.map { .string($0.description) })),
            ("attachments", .array(message.attachments.map { .string($0.path) })),
            ("effect", .string(effect)),
        ]).serialized()
    }

    /// The webhook's JSON body.
    func webhookJSON(_ message: Message) -> String {
        JSON.object([
            ("workflow", .string(workflow)),
            ("node", .string(node)),
            ("subject", .string(message.subject)),
            ("body", .string(message.body)),
            ("to", .array(message.recipients.map { .string($0.description) })),
            ("as_of", .string(asOf.iso)),
            ("attachments", .array(message.attachments.map { .string($0.path) })),
        ]).serialized()
    }

    /// The message as RFC 5322 mail.
    func mime(_ message: Message, to recipients: [Mailbox]) -> MIMEMessage {
        let domain = from.address.split(separator: "@").last.map(String.init) ?? "localhost"
        return MIMEMessage(
            from: from, to: recipients, subject: message.subject, body: message.body,
            attachments: message.attachments, date: Date(), timeZone: timeZone,
            messageID: "wf." + StableHash.hex([workflow, node, message.key]) + "@" + domain)
    }

    /// The SMTP client, configured from `WF_SMTP_URL`, `WF_SMTP_FROM`, `WF_SMTP_CA_FILE` and
    /// the secrets `SMTP_USER` / `SMTP_PASSWORD` when the plan declares them.
    func smtp() throws -> SMTPSender {
        guard let url = environment["WF_SMTP_URL"], !url.isEmpty else {
            throw PluginError(PluginText.smtpMissing.message, language: language)
        }
        let lower = url.lowercased()
        guard lower.hasPrefix("smtp://") || lower.hasPrefix("smtps://") else {
            throw PluginError(PluginText.smtpScheme(url: SMTPSender.redacted(url)), language: language)
        }
        return SMTPSender(settings: .init(
            url: url, from: from, user: secrets["SMTP_USER"], password: secrets["SMTP_PASSWORD"],
            caFile: environment["WF_SMTP_CA_FILE"].flatMap { $0.isEmpty ? nil : $0 },
            timeout: timeout.map { min($0, .seconds(60)) } ?? .seconds(60), language: language))
    }
}
