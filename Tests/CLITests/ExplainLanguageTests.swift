import Testing
import WFDiagnostics

/// `wf explain` in the planner's language: --lang, else WF_LANG, else the locale, else English.
@Suite struct ExplainLanguageTests {
    /// A locale that asks for nothing, so that only what a test sets chooses the language.
    static let neutral = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8", "WF_LANG": ""]

    static func run(_ arguments: [String], _ environment: [String: String] = [:]) throws -> WF.Result {
        try WF.run(arguments, environment: neutral.merging(environment) { $1 })
    }

    @Test func explainInVietnameseWithLang() throws {
        let result = try Self.run(["explain", "unknown-reference", "--lang", "vi"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == Rule.unknownReference.explanation(in: .vi) + "\n")
        #expect(result.stdout.hasPrefix(
            "unknown-reference (lỗi): một tên chỉ tới việc, bước, đơn vị, biến hoặc kết quả mà kế hoạch không có\n"))
        for heading in ["\nVì sao cần lưu ý:\n", "\nCách sửa:\n", "\nViết sai:\n", "\nViết đúng:\n"] {
            #expect(result.stdout.contains(heading))
        }
        #expect(result.stdout.contains("Ghi chú gợi ý tên gần giống nhất đang có."))
        #expect(!result.stdout.contains("Why it matters"))
    }

    @Test("the environment chooses Vietnamese", arguments: [
        ["WF_LANG": "vi"], ["LANG": "vi_VN.UTF-8"], ["LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"],
    ])
    func environmentChoosesVietnamese(environment: [String: String]) throws {
        let result = try Self.run(["explain", "cycle"], environment)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == Rule.cycle.explanation(in: .vi) + "\n")
    }

    @Test("--lang en wins over WF_LANG=vi, WF_LANG=en over a Vietnamese locale, and English is the default", arguments: [
        (["--lang", "en"], ["WF_LANG": "vi"]), (["--lang", "en"], ["LANG": "vi_VN.UTF-8"]),
        ([], ["WF_LANG": "en", "LANG": "vi_VN.UTF-8"]), ([], [:]),
    ] as [([String], [String: String])])
    func englishWins(flag: [String], environment: [String: String]) throws {
        let result = try Self.run(["explain", "cycle"] + flag, environment)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == Rule.cycle.explanation(in: .en) + "\n")
        #expect(result.stdout.contains("\nHow to fix it:\n"))
    }

    @Test func listAndUnknownRuleInVietnamese() throws {
        let list = try Self.run(["explain", "--lang", "vi"])
        #expect(list.exitCode == 0)
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == Rule.allCases.count)
        for (line, rule) in zip(lines, Rule.allCases) {
            #expect(line.hasPrefix(rule.rawValue + " ") && line.hasSuffix(rule.summaryMessage.vi))
        }
        #expect(lines.first == "yaml-syntax         tệp không viết đúng cú pháp YAML")
        let typo = try Self.run(["explain", "cycel"], ["WF_LANG": "vi"])
        #expect(typo.exitCode == 2)
        #expect(typo.stderr.contains("không có quy tắc 'cycel'; có phải ý bạn là 'cycle'? ('wf explain' liệt kê các quy tắc)"))
    }

    @Test func aLanguageWfDoesNotSpeakIsAUsageError() throws {
        let result = try Self.run(["explain", "cycle", "--lang", "fr"])
        #expect(result.exitCode == 64 || result.exitCode == 2)
        #expect(result.stderr.contains("--lang"))
        #expect(result.stdout.isEmpty)
    }
}
