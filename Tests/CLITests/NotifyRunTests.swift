import Foundation
import NotifyPeers
import Testing

/// `wf run` with notify: the real binary, its SQLite state store, and real peers on 127.0.0.1.
@Suite("wf run: notify end to end", .serialized)
struct NotifyRunTests {
    /// The Bắc Ninh DX day, reminded 14 days, 3 working days and 1 day before, to `channels`.
    func plan(channels: [String], steps: String = "") -> String {
        """
        wf: 1
        name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh
        period: 2023-Q4
        owners:
          cntt:
            name: Phòng Công nghệ thông tin
            notify: [\(channels.map { "\"\($0)\"" }.joined(separator: ", "))]
        events:
          - id: ngay-cds
            title: Ngày Chuyển đổi số quốc gia
            date: 2023-10-10
            owner: cntt
            location: Trung tâm Hội nghị tỉnh Bắc Ninh
            remind: [14d, 3wd, 1d]
            prepare:
              - id: ke-hoach-10-10
                title: Kế hoạch hưởng ứng Ngày CĐS quốc gia
                due: -10wd
                done: true
        \(steps)
        """
    }

    /// Writes `yaml` as plan.yaml in a fresh folder.
    func folder(_ yaml: String, files: [String: Data] = [:]) throws -> URL {
        let folder = try WF.temporaryDirectory("wf-notify-run")
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return folder
    }

    func run(_ folder: URL, asOf: String, _ extra: [String] = [], env: [String: String] = [:]) throws -> WF.Result {
        try WF.run(["run", "plan.yaml", "--as-of", asOf] + extra, in: folder, environment: env)
    }

    func lines(_ url: URL) -> [Substring] {
        ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n")
    }

    @Test("daily runs send each reminder once to SMTP, webhook, file and eml; mail decodes in Python", .needs(.aiosmtpd))
    func dailyRuns() throws {
        let smtp = try NotifyPeer("smtp_server.py", arguments: ["--port", "0"])
        defer { smtp.stop() }
        let hook = try NotifyPeer("http_server.py", arguments: [])
        defer { hook.stop() }
        let folder = try folder(plan(channels: [
            "mailto:cntt@bacninh.gov.vn", "http://127.0.0.1:\(hook.port)/cds", "file:out/outbox.jsonl", "eml:out/drafts",
        ]))
        defer { try? FileManager.default.removeItem(at: folder) }
        let env = ["WF_SMTP_URL": "smtp://127.0.0.1:\(smtp.port)"]
        for day in ["2023-09-20", "2023-10-05", "2023-10-05", "2023-10-06", "2023-10-09", "2023-10-09", "2023-10-11"] {
            let result = try run(folder, asOf: day, env: env)
            #expect(result.exitCode == 0, "\(day): \(result.stdout)\(result.stderr)")
        }
        // 3wd on 05/10 and 1d on 09/10; 14d was never sent (its window passed before the first due run).
        #expect(smtp.saved("eml").count == 2)
        #expect(hook.saved("json").count == 2)
        #expect(lines(folder.appendingPathComponent("out/outbox.jsonl")).count == 2)
        let drafts = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/drafts").path).sorted()
        #expect(drafts == ["ngay-cds-remind-1d-2023-10-09.eml", "ngay-cds-remind-3wd-2023-10-05.eml"])
        let mails = try NotifyParsedMail.parse(smtp.saved("eml"))
        #expect(mails.map(\.subject) == [
            "Nhắc việc: Ngày Chuyển đổi số quốc gia – còn 3 ngày làm việc (10/10/2023)",
            "Nhắc việc: Ngày Chuyển đổi số quốc gia – còn 1 ngày (10/10/2023)",
        ])
        #expect(mails.allSatisfy { $0.to == "Phòng Công nghệ thông tin <cntt@bacninh.gov.vn>" })
        #expect(mails.first?.text.contains("Địa điểm: Trung tâm Hội nghị tỉnh Bắc Ninh") == true)
        #expect(mails.allSatisfy { $0.defects.isEmpty && !$0.bare_lf })
    }

    @Test("a webhook answering 500 fails the run and leaves the reminder pending; the next run delivers it")
    func webhookFailsThenDelivers() throws {
        let statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("wf-status-\(UUID().uuidString)")
        try Data("500".utf8).write(to: statusFile)
        defer { try? FileManager.default.removeItem(at: statusFile) }
        let hook = try NotifyPeer("http_server.py", arguments: ["--status-file", statusFile.path])
        defer { hook.stop() }
        let url = "http://127.0.0.1:\(hook.port)/cds"
        let folder = try folder(plan(channels: [url, "file:out/outbox.jsonl"]))
        defer { try? FileManager.default.removeItem(at: folder) }

        let failed = try run(folder, asOf: "2023-10-05")
        #expect(failed.exitCode == 1)
        let said = failed.stdout + failed.stderr
        #expect(said.contains("channel '\(url)'"), "\(said)")
        #expect(said.contains("HTTP 500"))
        #expect(hook.saved("json").count == 4)
        #expect(lines(folder.appendingPathComponent("out/outbox.jsonl")).count == 1)

        try Data("200".utf8).write(to: statusFile)
        let delivered = try run(folder, asOf: "2023-10-05")
        #expect(delivered.exitCode == 0, "\(delivered.stdout)\(delivered.stderr)")
        let again = try run(folder, asOf: "2023-10-06")
        #expect(again.exitCode == 0)
        #expect(hook.saved("json").count == 5)
        #expect(lines(folder.appendingPathComponent("out/outbox.jsonl")).count == 1)
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: try #require(hook.saved("json").last))) as? [String: Any]
        let body = try #require(record?["body"] as? String)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        #expect(json["subject"] as? String == "Nhắc việc: Ngày Chuyển đổi số quốc gia – còn 3 ngày làm việc (10/10/2023)")
        #expect(json["as_of"] as? String == "2023-10-05")
    }

    @Test("an SMTP server that is down fails the run with the channel named; once it is up the next run delivers", .needs(.aiosmtpd))
    func smtpDownThenUp() throws {
        let probe = try NotifyPeer("http_server.py", arguments: [])
        let deadPort = probe.port
        probe.stop()
        let folder = try folder(plan(channels: ["mailto:cntt@bacninh.gov.vn"]))
        defer { try? FileManager.default.removeItem(at: folder) }
        let failed = try run(folder, asOf: "2023-10-05", env: ["WF_SMTP_URL": "smtp://127.0.0.1:\(deadPort)"])
        #expect(failed.exitCode == 1)
        #expect((failed.stdout + failed.stderr).contains("channel 'mailto:cntt@bacninh.gov.vn'"))

        let smtp = try NotifyPeer("smtp_server.py", arguments: ["--port", "0"])
        defer { smtp.stop() }
        for _ in 0..<2 {
            let result = try run(folder, asOf: "2023-10-05", env: ["WF_SMTP_URL": "smtp://127.0.0.1:\(smtp.port)"])
            #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        }
        #expect(smtp.saved("eml").count == 1)
    }

    @Test("a notify step mails its attachment; --dry-run only describes", .needs(.aiosmtpd))
    func stepWithAttachment() throws {
        let smtp = try NotifyPeer("smtp_server.py", arguments: ["--port", "0"])
        defer { smtp.stop() }
        let report = Data("báo cáo quý IV – \u{0}\u{1}\u{2} nhị phân".utf8)
        let folder = try folder(plan(channels: ["console:"], steps: """
            steps:
              - id: gui-lanh-dao
                uses: notify
                with:
                  to: [mailto:lanhdao@bacninh.gov.vn, eml:out/drafts]
                  subject: "Báo cáo quý IV/2023 – ${{ vars.so }}"
                  body: Kính gửi Lãnh đạo Sở, xin gửi báo cáo đính kèm.
                  attach: [out/báo-cáo-quý-IV.docx]
            vars:
              so: Sở TT&TT Bắc Ninh
            """), files: ["out/báo-cáo-quý-IV.docx": report])
        defer { try? FileManager.default.removeItem(at: folder) }
        let env = ["WF_SMTP_URL": "smtp://127.0.0.1:\(smtp.port)", "WF_SMTP_FROM": "wf@bacninh.gov.vn"]

        let dry = try run(folder, asOf: "2023-10-05", ["--dry-run"], env: env)
        #expect(dry.exitCode == 0, "\(dry.stdout)\(dry.stderr)")
        #expect(dry.stdout.contains("send 'Báo cáo quý IV/2023 – Sở TT&TT Bắc Ninh' to mailto:lanhdao@bacninh.gov.vn"), "\(dry.stdout)")
        #expect(smtp.saved("eml").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/drafts").path))

        let real = try run(folder, asOf: "2023-10-05", env: env)
        #expect(real.exitCode == 0, "\(real.stdout)\(real.stderr)")
        let drafts = try FileManager.default.contentsOfDirectory(at: folder.appendingPathComponent("out/drafts"), includingPropertiesForKeys: nil)
        let mails = try NotifyParsedMail.parse(smtp.saved("eml") + drafts)
        #expect(mails.count == 2)
        let expectedHash = try notifySHA256(folder.appendingPathComponent("out/báo-cáo-quý-IV.docx"))
        for mail in mails {
            #expect(mail.subject == "Báo cáo quý IV/2023 – Sở TT&TT Bắc Ninh")
            #expect(mail.from == "wf@bacninh.gov.vn")
            #expect(mail.text == "Kính gửi Lãnh đạo Sở, xin gửi báo cáo đính kèm.")
            #expect(mail.attachments.first?.filename == "báo-cáo-quý-IV.docx")
            #expect(mail.attachments.first?.sha256 == expectedHash)
        }
    }
}
