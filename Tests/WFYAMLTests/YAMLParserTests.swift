import Testing
import WFDiagnostics
@testable import WFYAML

@Suite struct YAMLParserTests {
    @Test func keepsRangesOfScalarsInCharacters() throws {
        let document = YAMLParser.parse("name: Kế hoạch Quý IV\nowner: vp\n")
        #expect(document.diagnostics.isEmpty)
        let root = try #require(document.root)
        let owner = try #require(root["owner"])
        #expect(owner.range.start == SourcePosition(line: 2, column: 8))
        #expect(owner.range.end == SourcePosition(line: 2, column: 10))
        let name = try #require(root["name"])
        // Columns count characters: "Kế hoạch Quý IV" is 15 characters long.
        #expect(name.range.end.column == 7 + 15)
        #expect(name.scalar?.text == "Kế hoạch Quý IV")
    }

    @Test func resolvesAnchorsAliasesAndMergeKeys() throws {
        let yaml = """
            x-base: &base
              owner: vp
              due: 2023-10-31
            goal:
              <<: *base
              due: 2023-11-30
            copy: *base
            """
        let document = YAMLParser.parse(yaml)
        #expect(document.diagnostics.isEmpty)
        let goal = try #require(document.root?["goal"])
        #expect(goal["owner"]?.scalar?.text == "vp")
        #expect(goal["due"]?.scalar?.text == "2023-11-30")
        #expect(goal.pairs?.count == 2)
        #expect(document.root?["copy"]?["due"]?.scalar?.text == "2023-10-31")
    }

    @Test func mergesAListOfMappingsEarlierFirst() throws {
        let yaml = """
            a: &a { x: 1, y: 1 }
            b: &b { y: 2, z: 2 }
            c:
              <<: [*a, *b]
            """
        let c = try #require(YAMLParser.parse(yaml).root?["c"])
        #expect(c["x"]?.scalar?.text == "1")
        #expect(c["y"]?.scalar?.text == "1")
        #expect(c["z"]?.scalar?.text == "2")
    }

    @Test func rejectsDuplicateKeysWithANoteAtTheFirst() throws {
        let document = YAMLParser.parse("name: a\nwf: 1\nname: b\n")
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.rule == .yamlDuplicateKey)
        #expect(diagnostic.range.start == SourcePosition(line: 3, column: 1))
        #expect(diagnostic.notes.first?.range?.start == SourcePosition(line: 1, column: 1))
    }

    @Test func keepsScalarStyles() throws {
        let root = try #require(YAMLParser.parse("a: no\nb: 'no'\nc: \"x\"\nd: |\n  line\ne: !!str 12\n").root)
        #expect(root["a"]?.scalar?.style == .plain)
        #expect(root["b"]?.scalar?.style == .singleQuoted)
        #expect(root["c"]?.scalar?.style == .doubleQuoted)
        #expect(root["d"]?.scalar?.style == .literal)
        #expect(root["d"]?.scalar?.text == "line\n")
        #expect(root["e"]?.scalar?.isPlain == false)
    }

    @Test(arguments: [
        ("a: [1, 2\n", 1, Rule.yamlSyntax),  // where the list opens, not where the file ends
        ("a: b: c\n", 1, Rule.yamlSyntax),
        ("a: *nothing\n", 1, Rule.yamlSyntax),
        ("a: 1\n---\nb: 2\n", 2, Rule.yamlSyntax),
        ("  a: 1\n b: 2\n", 2, Rule.yamlSyntax),
    ])
    func reportsSyntaxErrorsAtTheirLine(yaml: String, line: Int, rule: Rule) throws {
        let document = YAMLParser.parse(yaml)
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.rule == rule)
        #expect(diagnostic.range.start.line == line)
        #expect(document.root == nil)
    }

    @Test func emptyInputHasNoRootAndNoError() {
        let document = YAMLParser.parse("")
        #expect(document.root == nil)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func invalidUTF8IsLocated() throws {
        let bytes = Array("name: ok\ntitle: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let diagnostic = try #require(YAMLParser.parse(bytes).diagnostics.first)
        #expect(diagnostic.rule == .yamlSyntax)
        #expect(diagnostic.message.en.contains("UTF-8"))
        #expect(diagnostic.range.start.line == 2)
    }

    @Test func aliasBombStopsAtTheExpansionLimit() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        let document = YAMLParser.parse(yaml)
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.rule == .yamlLimit)
        #expect(diagnostic.message.en.contains("alias"))
        #expect(document.root == nil)
    }

    @Test func deepNestingStopsAtTheDepthLimit() throws {
        let yaml = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let diagnostic = try #require(YAMLParser.parse(yaml).diagnostics.first)
        #expect(diagnostic.rule == .yamlLimit)
        #expect(diagnostic.message.en.contains("256"))
    }

    @Test func oversizedInputIsRefusedBeforeParsing() throws {
        var limits = YAMLLimits.default
        limits.maxBytes = 10
        let diagnostic = try #require(YAMLParser.parse("name: longer than ten bytes", limits: limits).diagnostics.first)
        #expect(diagnostic.rule == .yamlLimit)
    }

    @Test func countsEventsForTheBenchmarkBaseline() {
        #expect(YAMLParser.countEvents(Array("a: [1, 2]\n".utf8)) == 11)
        #expect(YAMLParser.countEvents(Array("a: [1, 2\n".utf8)) == -1)
    }
}
