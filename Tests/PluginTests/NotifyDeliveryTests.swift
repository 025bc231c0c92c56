import Foundation
import NotifyPeers
import Testing
import WFPluginAPI

@testable import NotifyPlugin

/// A step plan whose channels the tests fill in.
func notifyStepPlan(owners: String = "") -> String {
    """
    wf: 1
    name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh
    secrets: [SMTP_USER, SMTP_PASSWORD, HOOK_TOKEN]
    owners:
      vp:
        name: Văn phòng Sở
        notify: [eml:out/drafts]
    \(owners)
    events:
      - id: ngay-cds
        title: Ngày Chuyển đổi số quốc gia
        date: 2023-10-10
        owner: cntt
        remind: [3wd]
    steps:
      - id: gui-lanh-dao
        uses: notify
        with:
          to: [owner:vp]
          subject: Quý IV
    """
}

@Suite("notify: delivery to real peers", .serialized)
struct NotifyDeliveryTests {
    let report = Data("PK\u{3}\u{4} báo cáo quý IV – nội dung nhị phân \u{0}\u{1}\u{2}".utf8)

    @Test(".eml drafts and SMTP mail parse back with Python's email package: subject, UTF-8 body, attachment", .needs(.aiosmtpd))
    func emlDraftAndMail() async throws {
        let server = try NotifyPeer("smtp_server.py", arguments: ["--port", "0"])
        defer { server.stop() }
        let fixture = try NotifyFixture(notifyStepPlan(owners: "  cntt: { name: Phòng CNTT }"),
                                        files: ["out/báo-cáo quý IV.docx": report])
        defer { fixture.remove() }
        let subject = "Quý IV: 2 nhiệm vụ quá hạn – Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44 về thành phố thông minh"
        let outcome = try await fixture.run("gui-lanh-dao", asOf: "2023-10-05", inputs: [
            "to": .array([.string("owner:vp"), .string("mailto:lanhdao@bacninh.gov.vn")]),
            "subject": .string(subject),
            "body": .string("Kính gửi Lãnh đạo Sở,\nĐề nghị xem báo cáo đính kèm.\nTrân trọng."),
            "attach": .array([.string("out/báo-cáo quý IV.docx")]),
        ], env: ["WF_SMTP_URL": "smtp://127.0.0.1:\(server.port)"])
        #expect(outcome.outputs["sent"] == .number(2))
        let drafts = try FileManager.default.contentsOfDirectory(
            at: fixture.folder.appendingPathComponent("out/drafts"), includingPropertiesForKeys: nil)
        #expect(drafts.count == 1)
        #expect(drafts.first?.lastPathComponent.hasPrefix("gui-lanh-dao-2023-10-05-") == true)
        let mails = try NotifyParsedMail.parse(drafts + server.saved("eml"))
        #expect(mails.count == 2)
        // The draft opens as one to send; the mail that went out is not marked so.
        #expect(mails.map { $0.header_lines.contains("X-Unsent: 1") } == [true, false])
        let expectedHash = try notifySHA256(fixture.folder.appendingPathComponent("out/báo-cáo quý IV.docx"))
        for mail in mails {
            #expect(mail.subject == subject)
            #expect(mail.text == "Kính gửi Lãnh đạo Sở,\nĐề nghị xem báo cáo đính kèm.\nTrân trọng.")
            #expect(mail.to == "lanhdao@bacninh.gov.vn")
            #expect(mail.from == "wf@localhost")
            #expect(mail.content_type == "multipart/mixed")
            #expect(mail.defects.isEmpty)
            #expect(!mail.bare_lf)
            #expect(mail.max_line <= 78)
            let attachment = try #require(mail.attachments.first)
            #expect(attachment.filename == "báo-cáo quý IV.docx")
            #expect(attachment.content_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(attachment.sha256 == expectedHash)
            // Every encoded-word in the headers is at most 75 characters.
            for line in mail.header_lines {
                for word in line.split(separator: " ") where word.hasPrefix("=?") { #expect(word.count <= 75) }
            }
        }
    }

    @Test("mailto: an aiosmtpd server receives the Vietnamese reminder and decodes it", .needs(.aiosmtpd))
    func smtpReminder() async throws {
        let server = try NotifyPeer("smtp_server.py", arguments: ["--port", "0"])
        defer { server.stop() }
        let fixture = try NotifyFixture(notifyStepPlan(owners: """
              cntt:
                name: Phòng Công nghệ thông tin
                notify: [mailto:cntt@bacninh.gov.vn]
            """))
        defer { fixture.remove() }
        let env = ["WF_SMTP_URL": "smtp://127.0.0.1:\(server.port)", "WF_SMTP_FROM": "Sở TT&TT Bắc Ninh <wf@bacninh.gov.vn>"]
        for _ in 0..<2 { _ = try await fixture.run("ngay-cds", asOf: "2023-10-05", env: env) }
        let mails = try NotifyParsedMail.parse(server.saved("eml"))
        #expect(mails.count == 1)
        let mail = try #require(mails.first)
        #expect(mail.subject == "Nhắc việc: Ngày Chuyển đổi số quốc gia – còn 3 ngày làm việc (10/10/2023)")
        #expect(mail.to == "Phòng Công nghệ thông tin <cntt@bacninh.gov.vn>")
        #expect(mail.from == "Sở TT&TT Bắc Ninh <wf@bacninh.gov.vn>")
        #expect(mail.text.contains("thứ Ba, ngày 10 tháng 10 năm 2023"))
        let envelopeFile = try #require(server.saved("json").first)
        let envelope = try String(contentsOf: envelopeFile, encoding: .utf8)
        #expect(envelope.contains("\"mail_from\": \"wf@bacninh.gov.vn\""))
        #expect(envelope.contains("\"rcpt_tos\": [\"cntt@bacninh.gov.vn\"]"))
    }

    @Test("mailto: STARTTLS and AUTH from the declared secrets, attachment intact", .needs(.aiosmtpd), .needs(.openssl))
    func smtpStartTLSAuth() async throws {
        let certs = FileManager.default.temporaryDirectory.appendingPathComponent("wf-certs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: certs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: certs) }
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                             "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                             "-keyout", certs.appendingPathComponent("key.pem").path,
                             "-out", certs.appendingPathComponent("cert.pem").path]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        try #require(openssl.terminationStatus == 0, "openssl could not make a test certificate")
        let server = try NotifyPeer("smtp_server.py", arguments: [
            "--port", "0", "--tls-cert", certs.appendingPathComponent("cert.pem").path,
            "--tls-key", certs.appendingPathComponent("key.pem").path, "--auth", "wf-user:mật-khẩu-bí-mật"])
        defer { server.stop() }
        let fixture = try NotifyFixture(notifyStepPlan(owners: "  cntt: { name: Phòng CNTT }"), files: ["out/báo cáo.pdf": report])
        defer { fixture.remove() }
        let env = ["WF_SMTP_URL": "smtp://127.0.0.1:\(server.port)", "WF_SMTP_CA_FILE": certs.appendingPathComponent("cert.pem").path]
        let outcome = try await fixture.run("gui-lanh-dao", asOf: "2023-10-05", inputs: [
            "to": .string("mailto:lanhdao@bacninh.gov.vn"), "subject": .string("Báo cáo quý IV"),
            "body": .string("Đính kèm báo cáo."), "attach": .string("out/báo cáo.pdf"),
        ], env: env, secrets: ["SMTP_USER": "wf-user", "SMTP_PASSWORD": "mật-khẩu-bí-mật"])
        #expect(outcome.outputs["sent"] == .number(1))
        let envelopeFile = try #require(server.saved("json").first)
        let envelope = try String(contentsOf: envelopeFile, encoding: .utf8)
        #expect(envelope.contains("\"auth_user\": \"wf-user\""))
        #expect(envelope.contains("\"tls\": true"))
        let mail = try #require(try NotifyParsedMail.parse(server.saved("eml")).first)
        #expect(mail.subject == "Báo cáo quý IV")
        #expect(mail.attachments.first?.filename == "báo cáo.pdf")
        #expect(mail.attachments.first?.content_type == "application/pdf")
        let expectedHash = try notifySHA256(fixture.folder.appendingPathComponent("out/báo cáo.pdf"))
        #expect(mail.attachments.first?.sha256 == expectedHash)
    }

    @Test("mailto: a server that is down fails the node, names the channel, and the next run delivers", .needs(.aiosmtpd))
    func smtpDown() async throws {
        let fixture = try NotifyFixture(notifyStepPlan(owners: """
              cntt:
                name: Phòng Công nghệ thông tin
                notify: [mailto:cntt@bacninh.gov.vn, file:out/outbox.jsonl]
            """))
        defer { fixture.remove() }
        // A port that was free a moment ago: nothing listens there.
        let probe = try NotifyPeer("http_server.py", arguments: [])
        let deadPort = probe.port
        probe.stop()
        await #expect {
            _ = try await fixture.run("ngay-cds", asOf: "2023-10-05", env: ["WF_SMTP_URL": "smtp://127.0.0.1:\(deadPort)"])
        } throws: { error in
            let message = String(describing: error)
            // The plan says `lang: vi`: the failure is in Vietnamese.
            return message.contains("kênh 'mailto:cntt@bacninh.gov.vn'") && message.contains("máy chủ SMTP smtp://127.0.0.1:\(deadPort) không nhận thư")
                && message.contains("1 kênh khác đã gửi")
        }
        #expect(await fixture.ledger.keys(.pending) == ["remind/3wd/2023-10-05/mailto:cntt@bacninh.gov.vn"])
        #expect(await fixture.ledger.keys(.done) == ["remind/3wd/2023-10-05/file:out/outbox.jsonl"])

        let server = try NotifyPeer("smtp_server.py", arguments: ["--port", "0"])
        defer { server.stop() }
        let outcome = try await fixture.run("ngay-cds", asOf: "2023-10-06", env: ["WF_SMTP_URL": "smtp://127.0.0.1:\(server.port)"])
        #expect(outcome.outputs["sent"] == .number(1))
        #expect(outcome.outputs["skipped"] == .number(1))
        #expect(server.saved("eml").count == 1)
        #expect(try #require(fixture.file("out/outbox.jsonl")).split(separator: "\n").count == 1)
    }

    @Test("webhook: JSON POST received; a 500 fails the node and leaves it pending; 200 delivers next run")
    func webhook() async throws {
        let statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("wf-status-\(UUID().uuidString)")
        try Data("500".utf8).write(to: statusFile)
        defer { try? FileManager.default.removeItem(at: statusFile) }
        let server = try NotifyPeer("http_server.py", arguments: ["--status-file", statusFile.path])
        defer { server.stop() }
        let hook = "http://127.0.0.1:\(server.port)/hooks/cds?token=s3cr3t-t0ken"
        let fixture = try NotifyFixture(notifyStepPlan(owners: """
              cntt:
                name: Phòng Công nghệ thông tin
                notify: ["\(hook)"]
            """))
        defer { fixture.remove() }
        let secrets = ["HOOK_TOKEN": "s3cr3t-t0ken"]
        await #expect {
            _ = try await fixture.run("ngay-cds", asOf: "2023-10-05", secrets: secrets)
        } throws: { error in
            let message = String(describing: error)
            return message.contains("webhook http://127.0.0.1:\(server.port)/hooks/cds?token=***")
                && message.contains("after 4 attempts: HTTP 500") && !message.contains("s3cr3t")
        }
        #expect(server.saved("json").count == 4)
        #expect(await fixture.ledger.keys(.pending).count == 1)
        #expect(await fixture.ledger.keys(.done).isEmpty)

        try Data("200".utf8).write(to: statusFile)
        let outcome = try await fixture.run("ngay-cds", asOf: "2023-10-05", secrets: secrets)
        #expect(outcome.outputs["sent"] == .number(1))
        _ = try await fixture.run("ngay-cds", asOf: "2023-10-05", secrets: secrets)
        let requests = server.saved("json")
        #expect(requests.count == 5)
        let lastRequest = try #require(requests.last)
        let request = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: lastRequest)) as? [String: Any])
        #expect(request["path"] as? String == "/hooks/cds?token=s3cr3t-t0ken")
        let headers = try #require(request["headers"] as? [String: String])
        #expect(headers["Content-Type"] == "application/json; charset=utf-8")
        let body = try #require(request["body"] as? String)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        #expect(json["workflow"] as? String == "Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh")
        #expect(json["node"] as? String == "ngay-cds")
        #expect(json["subject"] as? String == "Nhắc việc: Ngày Chuyển đổi số quốc gia – còn 3 ngày làm việc (10/10/2023)")
        #expect(json["as_of"] as? String == "2023-10-05")
        #expect(json["to"] as? [String] == ["http://127.0.0.1:\(server.port)/hooks/cds?token=***"])
        #expect((json["attachments"] as? [Any])?.isEmpty == true)
    }

    @Test("a step's message goes once per day and content, to file and console")
    func stepOnce() async throws {
        let fixture = try NotifyFixture(notifyStepPlan(owners: "  cntt: { name: Phòng CNTT }"))
        defer { fixture.remove() }
        let inputs: [String: ExpressionValue] = [
            "to": .array([.string("file:out/log.jsonl"), .string("console:")]),
            "subject": .string("Quý IV: 2 nhiệm vụ quá hạn"), "body": .string("Mật khẩu: hunter2-secret"),
        ]
        let first = try await fixture.run("gui-lanh-dao", asOf: "2023-10-05", inputs: inputs, secrets: ["SMTP_PASSWORD": "hunter2-secret"])
        let again = try await fixture.run("gui-lanh-dao", asOf: "2023-10-05", inputs: inputs, secrets: ["SMTP_PASSWORD": "hunter2-secret"])
        let nextDay = try await fixture.run("gui-lanh-dao", asOf: "2023-10-06", inputs: inputs, secrets: ["SMTP_PASSWORD": "hunter2-secret"])
        #expect([first, again, nextDay].map { $0.outputs["sent"] } == [.number(2), .number(0), .number(2)])
        #expect(again.outputs["skipped"] == .number(2))
        let file = try #require(fixture.file("out/log.jsonl"))
        #expect(file.split(separator: "\n").count == 2)
        #expect(file.contains("Mật khẩu: ***") && !file.contains("hunter2"))
        #expect(fixture.log.text.contains("── Quý IV: 2 nhiệm vụ quá hạn"))
        #expect(!fixture.log.text.contains("hunter2"))
    }

    @Test("a missing attachment fails the step with its path")
    func missingAttachment() async throws {
        let fixture = try NotifyFixture(notifyStepPlan(owners: "  cntt: { name: Phòng CNTT }"))
        defer { fixture.remove() }
        await #expect {
            _ = try await fixture.run("gui-lanh-dao", asOf: "2023-10-05", inputs: [
                "to": .string("console:"), "subject": .string("x"), "attach": .string("out/khong-co.docx"),
            ])
        } throws: { String(describing: $0).contains("không đính kèm được 'out/khong-co.docx'") }
    }

    @Test("mailto: without WF_SMTP_URL says what to set")
    func noSMTPURL() async throws {
        let fixture = try NotifyFixture(notifyStepPlan(owners: "  cntt: { name: Phòng CNTT }"))
        defer { fixture.remove() }
        await #expect {
            _ = try await fixture.run("gui-lanh-dao", asOf: "2023-10-05", inputs: [
                "to": .string("mailto:a@b.vn"), "subject": .string("x"),
            ], env: ["WF_SMTP_URL": ""])
        } throws: { String(describing: $0).contains("hãy đặt WF_SMTP_URL") }
    }
}
