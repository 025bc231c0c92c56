import Foundation
import Testing
import WFPluginAPI

@testable import NotifyPlugin

@Suite("notify: MIME encoding")
struct NotifyMIMETests {
    /// Decodes one `=?UTF-8?B?…?=` word (the test's own small decoder).
    func decodeWord(_ word: String) -> [UInt8]? {
        guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") else { return nil }
        return Data(base64Encoded: String(word.dropFirst(10).dropLast(2))).map { [UInt8]($0) }
    }

    @Test("encoded-words stay within 75 characters, split between characters, and decode back", arguments: [
        "Nhắc việc: Ngày Chuyển đổi số quốc gia – còn 3 ngày làm việc (10/10/2023)",
        String(repeating: "Đề án ứng dụng CNTT và CĐS tỉnh Bắc Ninh giai đoạn 2024–2030. ", count: 6),
        "🇻🇳 Quốc khánh 2/9 👩‍👩‍👧‍👦",
        "ễ",
    ])
    func encodedWords(text: String) throws {
        let words = MIMEEncoding.encodedWords(text, firstLimit: 66)
        #expect(words.first.map { $0.count <= 66 } == true)
        var bytes: [UInt8] = []
        for word in words {
            #expect(word.count <= 75)
            let decoded = try #require(decodeWord(word))
            // Each word is valid UTF-8 on its own: no character's bytes were cut.
            #expect(String(validating: decoded, as: UTF8.self) != nil)
            bytes += decoded
        }
        #expect(String(decoding: bytes, as: UTF8.self) == text)
    }

    @Test("a header folds into lines of at most 76 characters")
    func folding() {
        let header = MIMEEncoding.header("Subject", String(repeating: "Báo cáo 05 năm thực hiện Nghị quyết 44 ", count: 4))
        for line in header.split(separator: "\r\n") { #expect(line.count <= 76) }
        let plain = MIMEEncoding.header("Subject", String(repeating: "quarterly report ", count: 10))
        #expect(plain.split(separator: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(plain.replacing("\r\n ", with: " ") == "Subject: " + String(repeating: "quarterly report ", count: 10).trimmingCharacters(in: .whitespaces) + " ")
    }

    @Test("line breaks in a subject cannot inject headers")
    func noInjection() {
        let header = MIMEEncoding.header("Subject", "hello\r\nBcc: victim@example.org")
        #expect(!header.contains("\r\nBcc"))
    }

    @Test("RFC 2231 parameters: ASCII quoted, UTF-8 percent-encoded, long values continued", arguments: [
        ("report.docx", ["filename=\"report.docx\""]),
        ("báo cáo.docx", ["filename*=UTF-8''b%C3%A1o%20c%C3%A1o.docx"]),
    ])
    func parameters(name: String, expected: [String]) {
        #expect(MIMEEncoding.parameter("filename", name) == expected)
    }

    @Test("long RFC 2231 values become continuations without splitting an escape")
    func continuations() {
        let pieces = MIMEEncoding.parameter("filename", String(repeating: "Bắc Ninh ", count: 12) + ".pdf")
        #expect(pieces.count > 1)
        #expect(pieces[0].hasPrefix("filename*0*=UTF-8''"))
        for (index, piece) in pieces.enumerated() {
            #expect(piece.hasPrefix("filename*\(index)*="))
            let value = piece.split(separator: "=", maxSplits: 1)[1]
            #expect(!value.hasSuffix("%") && !value.dropLast().hasSuffix("%"))
        }
    }

    @Test("mailboxes: plain addresses only, display names encoded")
    func mailboxes() {
        #expect(Mailbox.parse("cntt@bacninh.gov.vn") == Mailbox(address: "cntt@bacninh.gov.vn"))
        #expect(Mailbox.parse("Sở TT&TT <so@bacninh.gov.vn>") == Mailbox(address: "so@bacninh.gov.vn", name: "Sở TT&TT"))
        #expect(Mailbox.parse("a b@c") == nil)
        #expect(Mailbox.parse("a@b>\r\nBcc: x@y") == nil)
        #expect(Mailbox(address: "a@b", name: "Văn phòng").headerForm.hasPrefix("=?UTF-8?B?"))
    }

    @Test("channels parse, expand owners, and reject what they cannot deliver to")
    func channels() throws {
        let fixture = try NotifyFixture(notifyDXDayPlan)
        defer { fixture.remove() }
        let owners = fixture.compiled.plan.owners
        let resolved = try Channel.resolve(["owner:cntt", "console:", "mailto:a@b.vn,c@d.vn", "file:out/outbox.jsonl", "owner:vp"], owners: owners)
        #expect(resolved.map(\.description) == ["file:out/outbox.jsonl", "eml:out/drafts", "console:", "mailto:a@b.vn", "mailto:c@d.vn"])
        #expect(throws: PluginError.self) { try Channel.resolve(["owner:cnt"], owners: owners) }
        #expect(throws: PluginError.self) { try Channel.resolve(["sms:0912345678"], owners: owners) }
        #expect(throws: PluginError.self) { try Channel.resolve(["mailto:not an address"], owners: owners) }
        #expect(throws: PluginError.self) { try Channel.resolve(["file:"], owners: owners) }
        do {
            _ = try Channel.resolve(["owner:cnt"], owners: owners)
        } catch let error as PluginError {
            #expect(error.message == "unknown owner 'cnt' in channel 'owner:cnt'; owners are 'cntt', 'vp'")
        }
    }
}
