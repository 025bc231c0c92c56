import Foundation
import WFPluginAPI

/// Where a message goes: one entry of `to:` or of an owner's `notify:`, after `owner:` expansion.
enum Channel: Sendable, Hashable, CustomStringConvertible {
    /// The run log.
    case console
    /// A JSON-lines file, relative to the workflow's folder.
    case file(String)
    /// A folder of `.eml` drafts, relative to the workflow's folder.
    case eml(String)
    /// One mail recipient, sent through SMTP.
    case mailto(Mailbox)
    /// A webhook URL (`http://` or `https://`): a JSON POST.
    case webhook(String)

    /// The channel as written (without display names): part of effect keys, so it must stay stable.
    var description: String {
        switch self {
        case .console: return "console:"
        case .file(let path): return "file:" + path
        case .eml(let folder): return "eml:" + folder
        case .mailto(let mailbox): return "mailto:" + mailbox.address
        case .webhook(let url): return url
        }
    }

    /// The schemes a channel may use, for messages.
    static let forms = "console:, file:PATH, eml:DIR, mailto:ADDR, http(s)://URL or owner:ID"

    /// Resolves channel texts, expanding `owner:ID` to that owner's `notify:` channels
    /// (console: when it has none), and a group (an owner with `members:`) to its own channels
    /// and each member's; duplicates are kept once, in first-seen order.
    static func resolve(_ texts: [String], owners: [Owner], language: Language = .en) throws -> [Channel] {
        var result: [Channel] = []
        var seen: Set<String> = []
        func add(_ channel: Channel) {
            if seen.insert(channel.description).inserted { result.append(channel) }
        }
        func expand(_ text: String, ownerName: String?, visiting: [String]) throws {
            let text = text.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("owner:") {
                let id = String(text.dropFirst("owner:".count))
                guard let owner = owners.first(where: { $0.id.value == id }) else {
                    let known = owners.map { "'\($0.id.value)'" }.joined(separator: ", ")
                    throw PluginError(known.isEmpty ? PluginText.unknownOwnerNoOwners(id: id, channel: text)
                                                      : PluginText.unknownOwner(id: id, channel: text, known: known), language: language)
                }
                guard !visiting.contains(id) else {
                    throw PluginError(PluginText.ownerLoop(id: id, path: (visiting + [id]).joined(separator: " → ")), language: language)
                }
                if owner.notify.isEmpty, owner.members.isEmpty { add(.console) }
                for entry in owner.notify {
                    try expand(entry.value, ownerName: owner.name, visiting: visiting + [id])
                }
                for member in owner.members {
                    try expand("owner:" + member.value, ownerName: nil, visiting: visiting + [id])
                }
                return
            }
            for channel in try parse(text, ownerName: ownerName, language: language) { add(channel) }
        }
        for text in texts { try expand(text, ownerName: nil, visiting: []) }
        return result
    }

    /// The mail addresses (`email:`) of the owners `texts` name through `owner:ID`, members of
    /// groups included: the `To:` of an `.eml` draft written for them.
    static func ownerMailboxes(_ texts: [String], owners: [Owner]) -> [Mailbox] {
        var result: [Mailbox] = []
        var seen: Set<String> = []
        func visit(_ id: String) {
            guard seen.insert(id).inserted, let owner = owners.first(where: { $0.id.value == id }) else { return }
            if let email = owner.email?.value, let mailbox = Mailbox.parse(email) {
                result.append(Mailbox(address: mailbox.address, name: mailbox.name ?? owner.name))
            }
            for entry in owner.notify where entry.value.hasPrefix("owner:") { visit(String(entry.value.dropFirst("owner:".count))) }
            for member in owner.members { visit(member.value) }
        }
        for text in texts {
            let text = text.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("owner:") { visit(String(text.dropFirst("owner:".count))) }
        }
        return result
    }

    /// Parses one channel that is not `owner:`; `mailto:` may list several addresses.
    static func parse(_ text: String, ownerName: String? = nil, language: Language = .en) throws -> [Channel] {
        let lower = text.lowercased()
        if lower == "console:" || lower == "console" { return [.console] }
        if lower.hasPrefix("file:") { return [.file(try path(text, scheme: "file:", language))] }
        if lower.hasPrefix("eml:") { return [.eml(try path(text, scheme: "eml:", language))] }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7f }), text.count > "https://".count else {
                throw PluginError(PluginText.badWebhook(channel: text), language: language)
            }
            return [.webhook(text)]
        }
        if lower.hasPrefix("mailto:") {
            let list = String(text.dropFirst("mailto:".count))
            guard !list.contains("?") else {
                throw PluginError(PluginText.mailtoQuery(channel: text), language: language)
            }
            let addresses = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !addresses.isEmpty else { throw PluginError(PluginText.mailtoEmpty(channel: text), language: language) }
            return try addresses.map { address in
                guard Mailbox.isAddress(address) else {
                    throw PluginError(PluginText.badAddress(address: address, channel: text), language: language)
                }
                return .mailto(Mailbox(address: address, name: ownerName))
            }
        }
        throw PluginError(PluginText.unknownChannel(channel: text, forms: forms), language: language)
    }

    private static func path(_ text: String, scheme: String, _ language: Language) throws -> String {
        let path = String(text.dropFirst(scheme.count)).trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else {
            throw PluginError(PluginText.channelNeedsPath(channel: text, example: scheme + "out/" + (scheme == "file:" ? "outbox.jsonl" : "drafts")),
                              language: language)
        }
        return path
    }
}
