import Foundation

/// An RFC 5322 message with MIME parts: what `eml:` writes and `mailto:` sends.
struct MIMEMessage: Sendable {
    var from: Mailbox
    var to: [Mailbox]
    var subject: String
    var body: String
    var attachments: [Message.Attachment]
    var date: Date
    var timeZone: TimeZone
    /// A stable id, so a resent message is recognisably the same one.
    var messageID: String
    /// A draft for a person to review and send: `X-Unsent: 1` makes mail programs open it as one.
    var isDraft = false

    /// The whole message, CRLF line endings throughout.
    func rendered() -> Data {
        var head: [String] = [
            MIMEEncoding.header("Date", MIMEEncoding.date(date, timeZone: timeZone)),
            "From: " + from.headerForm,
            "To: " + (to.isEmpty ? "undisclosed-recipients:;" : to.map(\.headerForm).joined(separator: ",\r\n ")),
            MIMEEncoding.header("Subject", subject),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "X-Mailer: wf",
        ]
        if isDraft { head.append("X-Unsent: 1") }
        var out = Data()
        if attachments.isEmpty {
            head += textPartHeaders
            out.append(Data((head.joined(separator: "\r\n") + "\r\n\r\n").utf8))
            out.append(Data(textPartBody.utf8))
            return out
        }
        let boundary = "wf-" + StableHash.hex([messageID, subject, body] + attachments.map(\.path)) + "-mixed"
        head.append("Content-Type: multipart/mixed;\r\n boundary=\"\(boundary)\"")
        var text = head.joined(separator: "\r\n") + "\r\n\r\nThis is a multi-part message in MIME format.\r\n"
        text += "--\(boundary)\r\n" + textPartHeaders.joined(separator: "\r\n") + "\r\n\r\n" + textPartBody
        for attachment in attachments {
            text += "--\(boundary)\r\n"
            let nameParameter = MIMEEncoding.isPlainHeaderText(attachment.name)
                ? MIMEEncoding.parameter("name", attachment.name)
                : ["name=\"" + MIMEEncoding.encodedWords(attachment.name, firstLimit: 68, limit: 72).joined(separator: "\r\n ") + "\""]
            // A long media type (.docx) goes on its own folded line to keep lines within 78.
            let typeField = attachment.contentType.count + 15 > MIMEEncoding.lineLimit
                ? "Content-Type:\r\n " + attachment.contentType : "Content-Type: " + attachment.contentType
            text += ([typeField] + nameParameter).joined(separator: ";\r\n ") + "\r\n"
            text += (["Content-Disposition: attachment"] + MIMEEncoding.parameter("filename", attachment.name))
                .joined(separator: ";\r\n ") + "\r\n"
            text += "Content-Transfer-Encoding: base64\r\n\r\n"
            text += MIMEEncoding.base64Lines(attachment.data)
        }
        text += "--\(boundary)--\r\n"
        out.append(Data(text.utf8))
        return out
    }

    private var textPartHeaders: [String] {
        ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"]
    }

    /// The body with CRLF line endings (the canonical form of text), base64-encoded.
    private var textPartBody: String {
        let canonical = body.replacing("\r\n", with: "\n").replacing("\n", with: "\r\n")
        return MIMEEncoding.base64Lines(Data(canonical.utf8))
    }
}
