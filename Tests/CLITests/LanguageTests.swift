import Foundation
import Testing

/// Messages in the planner's language (issue 10): the choice of language through the binary,
/// and snapshots of what a person reads — the run's log and summary, `wf plan`, `wf validate` —
/// in both languages.
@Suite struct LanguageTests {
    static let snapshots = WF.repoRoot.appendingPathComponent("Tests/Fixtures/snapshots")

    /// A broken plan: an unknown key, an unknown id, a date that does not exist.
    static let broken = """
        wf: 1
        name: Kế hoạch thử
        lang: vi
        owners:
          vp: { name: Văn phòng Sở }
        goals:
          - id: bao-cao-quy
            titel: Báo cáo quý
            owner: vp
            due: 31/04/2024
          - id: tong-hop
            title: Tổng hợp
            owner: vp
            due: 2024-05-10
            after: [bao-cao-qui]
        """

    /// Durations vary from run to run; the rest of the output does not.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: #"\b\d+(\.\d)?s\b"#, with: "0.0s", options: .regularExpression)
            .replacingOccurrences(of: #"(─+)"#, with: "─", options: .regularExpression)
            .replacingOccurrences(of: #" +\n"#, with: "\n", options: .regularExpression)
    }

    /// Compares `text` with the snapshot `name`; `RECORD_SNAPSHOTS=1` writes it instead.
    static func expectSnapshot(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = snapshots.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOf: file, encoding: .utf8)
        #expect(text == recorded, "\(name) differs: run the tests with RECORD_SNAPSHOTS=1 and review the diff", sourceLocation: sourceLocation)
    }

    @Test("a dry run of the Q4 plan reads the same in both languages, each in its own words", arguments: ["en", "vi"])
    func dryRunSnapshot(lang: String) throws {
        let result = try WF.run(["run", "workflows/q4-plan.yaml", "--as-of", "2023-10-05", "--dry-run", "--jobs", "1", "--lang", lang])
        #expect(result.exitCode == 0, "\(result.stderr)")
        try Self.expectSnapshot(Self.normalized(result.stdout), "run-q4-dry.\(lang).txt")
    }

    @Test("wf plan of the Q4 plan in both languages", arguments: ["en", "vi"])
    func planSnapshot(lang: String) throws {
        let result = try WF.run(["plan", "workflows/q4-plan.yaml", "--as-of", "2023-10-05", "--lang", lang])
        #expect(result.exitCode == 0, "\(result.stderr)")
        try Self.expectSnapshot(result.stdout, "plan-q4.\(lang).txt")
    }

    @Test("wf validate of a broken plan in both languages", arguments: ["en", "vi"])
    func validateSnapshot(lang: String) throws {
        let folder = try WF.temporaryDirectory("wf-lang-validate")
        try Self.broken.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let result = try WF.run(["validate", "plan.yaml", "--lang", lang], in: folder)
        #expect(result.exitCode == 1)
        try Self.expectSnapshot(result.stdout, "validate-broken.\(lang).txt")
    }

    @Test("the run's words: Vietnamese has no English status words, English no Vietnamese ones")
    func noMixedLanguages() throws {
        let vi = try WF.run(["run", "workflows/q4-plan.yaml", "--as-of", "2023-10-05", "--dry-run"], environment: ["WF_LANG": "vi"])
        for english in ["would send", "succeeded", "already done", "dry run", "as of", " node"] {
            #expect(!vi.stdout.contains(english), "Vietnamese run output contains '\(english)'")
        }
        #expect(vi.stdout.contains("chạy thử"))
        #expect(vi.stdout.contains("thành công"))
        let en = try WF.run(["run", "workflows/q4-plan.yaml", "--as-of", "2023-10-05", "--dry-run", "--lang", "en"])
        for vietnamese in ["thành công", "chạy thử", "tính đến", "sẽ gửi"] {
            #expect(!en.stdout.contains(vietnamese), "English run output contains '\(vietnamese)'")
        }
    }

    @Test("--lang, then WF_LANG, then the plan's lang:, then the locale", arguments: [
        ([], ["WF_LANG": ""], true, "lỗi"),                         // the plan says lang: vi
        (["--lang", "en"], ["WF_LANG": "vi"], true, "error"),      // --lang wins
        ([], ["WF_LANG": "en"], true, "error"),                    // WF_LANG beats the plan
        ([], ["WF_LANG": "", "LANG": "vi_VN.UTF-8"], false, "lỗi"), // no lang: in the plan → the locale
        ([], ["WF_LANG": "", "LANG": "C.UTF-8", "LC_ALL": ""], false, "error"),
    ] as [([String], [String: String], Bool, String)])
    func precedence(flags: [String], environment: [String: String], declaresLang: Bool, label: String) throws {
        let folder = try WF.temporaryDirectory("wf-lang-choice")
        let text = declaresLang ? Self.broken : Self.broken.replacingOccurrences(of: "lang: vi\n", with: "owners_note: x\n")
        try text.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        var env = environment
        if env["LANG"] == nil { env["LANG"] = "" }
        if env["LC_ALL"] == nil { env["LC_ALL"] = "" }
        env["LC_MESSAGES"] = ""
        let result = try WF.run(["validate", "plan.yaml"] + flags, in: folder, environment: env)
        #expect(result.stdout.contains("plan.yaml:8:5: \(label): "), "\(result.stdout)")
    }

    @Test("a plan whose YAML does not parse still gets its syntax error in the language its lang: line names")
    func syntaxErrorInThePlansLanguage() throws {
        let folder = try WF.temporaryDirectory("wf-lang-syntax")
        let text = "wf: 1\nname: Thử\nlang: vi   # tiếng Việt\ngoals:\n  - id: a\n    title: Lấy ý kiến: các sở\n    due: 2024-04-26\n"
        try text.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let result = try WF.run(["validate", "plan.yaml"], in: folder, environment: ["WF_LANG": ""])
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("plan.yaml:6:22: lỗi: "), "\(result.stdout)")
        #expect(result.stdout.contains("ghi chú: đặt cả giá trị trong dấu nháy kép: title: \"Lấy ý kiến: các sở\""), "\(result.stdout)")
    }

    @Test("--lang accepts only vi and en")
    func badLang() throws {
        let result = try WF.run(["validate", "workflows/q4-plan.yaml", "--lang", "fr"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--lang"))
    }
}
