import Foundation
import Testing
@testable import WFDiagnostics
import WFLocalization

@Suite("Rule explanations and docs/diagnostics.md")
struct RuleDocumentationTests {
    @Test("every rule has a summary and an explanation with a wrong and a right example", arguments: Rule.allCases)
    func explained(rule: Rule) {
        #expect(!rule.summary.isEmpty)
        #expect(rule.summary.first?.isLowercase == true || rule.summary.first == "`")
        #expect(!rule.summary.hasSuffix("."))
        #expect(!rule.summary.contains("|"), "the summary goes in a Markdown table")
        let text = rule.explanation
        #expect(text.hasPrefix("\(rule.rawValue) (\(rule.defaultSeverity.rawValue)): \(rule.summary)\n"))
        for heading in ["\nWhy it matters:\n", "\nHow to fix it:\n", "\nWrong:\n", "\nRight:\n"] {
            #expect(text.contains(heading), "\(rule.rawValue) lacks \(heading)")
        }
        #expect(!text.hasSuffix("\n"))
        #expect(!text.contains("\t"))
        let wrong = text.components(separatedBy: "\nWrong:\n")[1].components(separatedBy: "\nRight:\n")
        #expect(wrong.count == 2 && wrong[0] != wrong[1], "\(rule.rawValue): the examples must differ")
    }

    @Test("examples are plans in the wf format (except io, which is about a path)", arguments: Rule.allCases)
    func examplesUseTheFormat(rule: Rule) throws {
        let section = rule == .io ? "```sh" : "```yaml"
        let markdown = Rule.markdownReference()
        let start = try #require(markdown.range(of: "\n### \(rule.rawValue)\n"))
        let own = markdown[start.upperBound...].components(separatedBy: "\n### ").first ?? ""
        #expect(own.components(separatedBy: section).count == 3, "\(rule.rawValue): two \(section) examples")
    }

    @Test("every rule is documented in Vietnamese as well as in English", arguments: Rule.allCases)
    func bothLanguages(rule: Rule) {
        let doc = rule.documentation
        for (field, message) in [("summary", doc.summaryMessage), ("meaning", doc.meaningMessage),
                                 ("why", doc.whyMessage), ("fix", doc.fixMessage)] {
            #expect(!message.en.isEmpty && !message.vi.isEmpty, "\(rule.rawValue): \(field) lacks a language")
            #expect(message.vi != message.en, "\(rule.rawValue): the Vietnamese \(field) is the English one")
            #expect(!message.vi.hasSuffix("\n") && !message.vi.contains("\t"))
        }
        let summary = doc.summaryMessage.vi
        #expect(summary.first?.isLowercase == true || summary.first == "`")
        #expect(!summary.hasSuffix(".") && !summary.contains("|"))
        let text = rule.explanation(in: .vi)
        let severity = rule.defaultSeverity == .error ? "lỗi" : "cảnh báo"
        #expect(text.hasPrefix("\(rule.rawValue) (\(severity)): \(summary)\n"))
        for heading in ["\nVì sao cần lưu ý:\n", "\nCách sửa:\n", "\nViết sai:\n", "\nViết đúng:\n"] {
            #expect(text.contains(heading), "\(rule.rawValue) lacks \(heading)")
        }
        #expect(!text.contains("Why it matters") && !text.hasSuffix("\n"))
        // The examples are the plan the planner types: the same in both languages.
        let english = rule.explanation(in: .en)
        #expect(text.components(separatedBy: "\nViết sai:\n")[1].replacingOccurrences(of: "\nViết đúng:\n", with: "\nRight:\n")
                == english.components(separatedBy: "\nWrong:\n")[1])
    }

    @Test("backticked names (keys, ids, rule names, example values) are kept as written in Vietnamese", arguments: Rule.allCases)
    func codeKeptAsWritten(rule: Rule) {
        let doc = rule.documentation
        for message in [doc.summaryMessage, doc.meaningMessage, doc.whyMessage, doc.fixMessage] {
            let english = Set(codeSpans(message.en)), vietnamese = Set(codeSpans(message.vi))
            #expect(english.subtracting(vietnamese).isEmpty,
                    "\(rule.rawValue): the Vietnamese text lacks \(english.subtracting(vietnamese).sorted())")
        }
    }

    private func codeSpans(_ text: String) -> [String] {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    }

    @Test("warnings for out-of-period, schedule-conflict and non-working-day, errors for every other rule")
    func defaultSeverities() {
        let warnings = Rule.allCases.filter { $0.defaultSeverity == .warning }
        #expect(warnings == [.outOfPeriod, .scheduleConflict, .nonWorkingDay])
    }

    @Test("rules are found by name for wf explain", arguments: [
        ("unknown-reference", Rule.unknownReference), ("  IO ", .io), ("Out-Of-Period", .outOfPeriod),
    ])
    func lookUp(name: String, rule: Rule) {
        #expect(Rule(named: name) == rule)
        #expect(Rule(named: "unknown-rule") == nil)
    }

    @Test("the reference has a table row and a section, the help URL's anchor, for every rule")
    func reference() {
        let markdown = Rule.markdownReference()
        #expect(markdown.hasPrefix("# Diagnostics\n"))
        for rule in Rule.allCases {
            #expect(markdown.contains("| [`\(rule.rawValue)`](#\(rule.rawValue)) | \(rule.defaultSeverity.rawValue) | \(rule.summary) |\n"))
            #expect(markdown.contains("\n### \(rule.rawValue)\n"))
            #expect(rule.helpURL.hasSuffix("docs/diagnostics.md#\(rule.rawValue)"))
        }
        #expect(markdown.components(separatedBy: "```").count % 2 == 1, "code fences are balanced")
    }

    @Test("the Vietnamese reference has the same table and sections, in Vietnamese, and each page links the other")
    func vietnameseReference() {
        let markdown = Rule.markdownReference(in: .vi)
        #expect(markdown.hasPrefix("# Lỗi và cảnh báo\n\nIn English: [diagnostics.md](diagnostics.md)\n"))
        #expect(Rule.markdownReference().hasPrefix("# Diagnostics\n\nĐọc bằng tiếng Việt: [diagnostics.vi.md](diagnostics.vi.md)\n"))
        #expect(markdown.contains("| Quy tắc | Mức độ | Báo khi |\n"))
        for rule in Rule.allCases {
            let severity = rule.defaultSeverity == .error ? "lỗi" : "cảnh báo"
            #expect(markdown.contains("| [`\(rule.rawValue)`](#\(rule.rawValue)) | \(severity) | \(rule.summaryMessage.vi) |\n"))
            #expect(markdown.contains("\n### \(rule.rawValue)\n\n**\(severity)**: \(rule.summaryMessage.vi).\n"))
        }
        #expect(markdown.components(separatedBy: "**Vì sao cần lưu ý.**").count == Rule.allCases.count + 1)
        #expect(markdown.components(separatedBy: "```").count == Rule.markdownReference().components(separatedBy: "```").count)
    }

    /// The committed docs/diagnostics.md and docs/diagnostics.vi.md are
    /// `Rule.markdownReference(in:)`; with `RECORD_SNAPSHOTS=1` the test writes them instead.
    @Test("docs/diagnostics.md and docs/diagnostics.vi.md are up to date", arguments: [
        ("docs/diagnostics.md", Language.en), ("docs/diagnostics.vi.md", .vi),
    ])
    func docsUpToDate(path: String, language: Language) throws {
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent(path)
        let expected = Rule.markdownReference(in: language)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(expected.utf8).write(to: file)
        }
        let committed = try String(contentsOf: file, encoding: .utf8)
        #expect(committed == expected, """
            \(path) is stale: run `RECORD_SNAPSHOTS=1 swift test --filter WFDiagnosticsTests` \
            and commit the result
            """)
    }
}
