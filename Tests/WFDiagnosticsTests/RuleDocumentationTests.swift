import Foundation
import Testing
import WFDiagnostics

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

    /// The committed docs/diagnostics.md is `Rule.markdownReference()`; with
    /// `RECORD_SNAPSHOTS=1` the test writes it instead.
    @Test("docs/diagnostics.md is up to date")
    func docsUpToDate() throws {
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("docs/diagnostics.md")
        let expected = Rule.markdownReference()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(expected.utf8).write(to: file)
        }
        let committed = try String(contentsOf: file, encoding: .utf8)
        #expect(committed == expected, """
            docs/diagnostics.md is stale: run `RECORD_SNAPSHOTS=1 swift test --filter WFDiagnosticsTests` \
            and commit the result
            """)
    }
}
