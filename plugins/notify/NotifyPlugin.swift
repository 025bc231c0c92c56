import Foundation
public import WFPluginAPI

/// Sends messages and event reminders to channels: console, JSON-lines files, `.eml`
/// drafts, SMTP mail and webhooks; each delivery happens once across runs.
public struct NotifyPlugin: Plugin {
    public static let name = "notify"
    public static let summary = "Send a message, or an event's due reminders, to console, file, eml, mailto, webhook or owner channels."

    public static let inputs: [InputSpec] = [
        InputSpec("to", .channels, required: true, doc:
            "Channels: `console:`, `file:PATH` (JSON lines), `eml:DIR` (.eml drafts), `mailto:ADDR` (SMTP via WF_SMTP_URL), `http(s)://URL` (JSON POST) or `owner:ID` (that owner's `notify:` channels)."),
        InputSpec("subject", .string, required: true, doc: "The subject line; Vietnamese is encoded correctly in mail (RFC 2047)."),
        InputSpec("body", .string, doc: "The message text (UTF-8, plain text)."),
        InputSpec("attach", .stringList, doc:
            "Files to attach, relative to the workflow's folder (MIME parts in mail; paths in file and webhook records)."),
    ]

    public static let outputs: [OutputSpec] = [
        OutputSpec("sent", .number, doc: "Deliveries made by this run, one per message and channel."),
        OutputSpec("skipped", .number, doc: "Deliveries not repeated because an earlier run made them."),
        OutputSpec("messages", .any, doc:
            "One entry per delivery: `{subject, channel, status}` with status `sent`, `already-sent`, `dry-run` or `stale` (a reminder superseded by a later one), plus `reminder` and `date` for event reminders."),
    ]

    public init() {}

    public func run(_ invocation: Invocation) async throws -> Outcome {
        switch invocation.node.kind {
        case .event: return try await runEvent(invocation)
        default: return try await runStep(invocation)
        }
    }

    // MARK: - Steps

    /// A step: `subject`/`body` (and attachments) to `to`, once per day and content.
    func runStep(_ invocation: Invocation) async throws -> Outcome {
        let inputs = invocation.inputs
        let targets = inputs.strings("to")
        guard !targets.isEmpty else { throw PluginError(PluginText.noTargets(forms: Channel.forms), language: invocation.language) }
        guard let subject = inputs.string("subject"), !subject.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw PluginError(PluginText.emptySubject.message, language: invocation.language)
        }
        let body = inputs.string("body") ?? ""
        let channels = try Channel.resolve(targets, owners: invocation.plan.plan.owners, language: invocation.language)
        let attachments = try readAttachments(inputs.strings("attach"), invocation)
        let secrets = invocation.secrets
        let hash = StableHash.hex([subject, body] + attachments.map(\.path))
        let key = "message/\(invocation.asOf.iso)/\(hash)"
        let message = Message(
            subject: secrets.mask(subject), body: secrets.mask(body), attachments: attachments,
            recipients: channels,
            mailboxes: Self.mailboxes(channels, owners: Channel.ownerMailboxes(targets, owners: invocation.plan.plan.owners)), key: key,
            fileStem: "\(invocation.node.id)-\(invocation.asOf.iso)-\(hash.prefix(8))")
        var tally = Tally()
        try await tally.deliver(message, to: channels, invocation: invocation, extra: [:])
        return try tally.outcome(lang: invocation.language)
    }

    /// Reads the attachments; in a dry run a missing file (made by a step that did not run) is only logged.
    private func readAttachments(_ paths: [String], _ invocation: Invocation) throws -> [Message.Attachment] {
        try paths.filter { !$0.isEmpty }.compactMap { path in
            let data: Data
            do {
                data = try invocation.workspace.read(path)
            } catch {
                if invocation.isDryRun {
                    invocation.log.info(PluginText.attachmentMissing(path: path).text(invocation.language))
                    return nil
                }
                throw PluginError(PluginText.cannotAttach(path: path, problem: String(describing: error)), language: invocation.language)
            }
            let name = (path as NSString).lastPathComponent
            return Message.Attachment(path: path, name: name, contentType: Message.Attachment.contentType(forName: name), data: data)
        }
    }

    // MARK: - Events

    /// An event: its latest due reminder to the event's owner, and to each owner of a prepare
    /// item not done (naming their items); console: without an owner. A channel hears once.
    func runEvent(_ invocation: Invocation) async throws -> Outcome {
        let plan = invocation.plan
        guard let event = plan.plan.events.first(where: { $0.id.value == invocation.node.id }),
              let status = invocation.snapshot.event(invocation.node.id) else {
            throw PluginError(PluginText.eventMissing(id: invocation.node.id), language: invocation.language)
        }
        let schedule = status.reminders
        let lang = plan.plan.lang
        let words = DateWording(lang: lang)
        // The log's words: a reminder's offset spelled out ("3 ngày làm việc", not "3wd").
        let logWords = DateWording(lang: invocation.language)
        func spelled(_ offset: String) -> String { PlanDuration.parse(offset).map(logWords.duration) ?? offset }
        var tally = Tally()
        for stale in schedule.stale {
            tally.entries.append(.object([
                "reminder": .string(stale.offset), "date": .string(stale.date.iso), "status": .string("stale"),
            ]))
            invocation.log.info(PluginText.reminderSuperseded(offset: spelled(stale.offset), date: words.short(stale.date)).text(invocation.language))
        }
        guard let reminder = schedule.current else {
            let note: String
            if let next = schedule.next {
                note = PluginText.noReminderDueNext(offset: spelled(next.offset), date: words.short(next.date)).text(invocation.language)
            } else {
                note = PluginText.noReminderDue.message.text(invocation.language)
            }
            return Outcome(outputs: tally.outputs, note: note)
        }
        var heard: Set<String> = []
        for recipient in status.recipients {
            let all = try Channel.resolve(recipient.owner.map { ["owner:" + $0] } ?? ["console:"], owners: plan.plan.owners, language: invocation.language)
            let channels = all.filter { heard.insert($0.description).inserted }
            guard !channels.isEmpty else { continue }
            let text = ReminderText(event: event, status: status, recipient: recipient, reminder: reminder,
                                    plan: plan, snapshot: invocation.snapshot)
            let message = Message(
                subject: invocation.secrets.mask(text.subject), body: invocation.secrets.mask(text.body), attachments: [],
                recipients: channels,
                mailboxes: Self.mailboxes(channels, owners: Channel.ownerMailboxes(recipient.owner.map { ["owner:" + $0] } ?? [],
                                                                                    owners: plan.plan.owners)),
                key: "remind/\(reminder.offset)/\(reminder.date.iso)",
                fileStem: "\(event.id.value)-remind-\(reminder.offset)-\(reminder.date.iso)"
                    + (recipient.isLead ? "" : "-\(recipient.owner ?? "console")"))
            try await tally.deliver(message, to: channels, invocation: invocation,
                                    extra: ["reminder": .string(reminder.offset), "date": .string(reminder.date.iso)])
        }
        return try tally.outcome(lang: invocation.language)
    }

    /// The `mailto:` recipients among the channels, for `To:` headers of drafts.
    /// With `owners`, the owners' own addresses (`email:`) too, each once.
    static func mailboxes(_ channels: [Channel], owners: [Mailbox] = []) -> [Mailbox] {
        var seen: Set<String> = []
        let mailto = channels.compactMap { if case .mailto(let mailbox) = $0 { return mailbox } else { return nil } }
        return (mailto + owners).filter { seen.insert($0.address.lowercased()).inserted }
    }
}
