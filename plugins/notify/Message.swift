import Foundation

/// One notification: what every channel delivers, each in its own form.
struct Message: Sendable {
    /// A file sent with the message.
    struct Attachment: Sendable {
        /// The path as written, relative to the workflow's folder.
        var path: String
        /// The file name shown to the reader.
        var name: String
        var contentType: String
        var data: Data
    }

    var subject: String
    var body: String
    var attachments: [Attachment]
    /// Every channel the message goes to, after `owner:` expansion (for `to` fields).
    var recipients: [Channel]
    /// Mail addresses with display names, for the `To:` header of mail and drafts.
    var mailboxes: [Mailbox]
    /// Identifies the message within its node (effect key stem, Message-ID, file names).
    var key: String
    /// A file name stem for `.eml` drafts.
    var fileStem: String
}

/// A mail address with an optional display name.
struct Mailbox: Sendable, Hashable {
    var address: String
    var name: String?

    /// The `To:`/`From:` form: `"Name" <a@b>` (name RFC 2047-encoded when needed) or `a@b`.
    var headerForm: String {
        guard let name, !name.isEmpty else { return address }
        return MIMEEncoding.phrase(name) + " <" + address + ">"
    }

    /// Parses `a@b` or `Name <a@b>`; nil when it is not one plain address.
    static func parse(_ text: String) -> Mailbox? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let open = text.lastIndex(of: "<"), text.hasSuffix(">") {
            let address = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            let name = text[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            guard isAddress(address) else { return nil }
            return Mailbox(address: address, name: name.isEmpty ? nil : name)
        }
        return isAddress(text) ? Mailbox(address: text, name: nil) : nil
    }

    /// A plain `local@domain` address: one `@`, no spaces, controls, brackets or commas.
    static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        return text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7f && !"<>,;:\"()[]\\".unicodeScalars.contains($0) }
    }
}

extension Message.Attachment {
    /// A media type from the file's extension.
    static func contentType(forName name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "pdf": return "application/pdf"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "pptx": return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case "doc": return "application/msword"
        case "xls": return "application/vnd.ms-excel"
        case "odt": return "application/vnd.oasis.opendocument.text"
        case "zip": return "application/zip"
        case "json": return "application/json"
        case "csv": return "text/csv; charset=UTF-8"
        case "md", "markdown": return "text/markdown; charset=UTF-8"
        case "txt", "log": return "text/plain; charset=UTF-8"
        case "html", "htm": return "text/html; charset=UTF-8"
        case "ics": return "text/calendar; charset=UTF-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "svg": return "image/svg+xml"
        default: return "application/octet-stream"
        }
    }
}
