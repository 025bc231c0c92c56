import Foundation
import NotifyPeers
import Testing
import WFYAML
@testable import WFCore

/// A large plan's YAML is parsed on two threads. Whatever the text, the tree, the problems
/// and the anchors must be those of one parse of the whole text.
@Suite struct SplitParseTests {
    /// Everything a reader of a document sees, as text to compare.
    static func described(_ document: YAMLDocument) -> String {
        let diagnostics = document.diagnostics.map { diagnostic in
            "\(diagnostic.range.start)-\(diagnostic.range.end) \(diagnostic.rule.rawValue) \(diagnostic.message.en) "
                + diagnostic.notes.map { "\($0.message.en) @\($0.range.map { "\($0.start)-\($0.end)" } ?? "-")" }.joined(separator: " | ")
        }
        let anchors = document.anchors.keys.sorted().map { "\($0) \(String(reflecting: document.anchors[$0]))" }
        return diagnostics.joined(separator: "\n") + "\nanchors: \(anchors) redefined: \(document.anchorRedefined) "
            + "expansions: \(document.aliasExpansions)\n\(String(reflecting: document.root))"
    }

    /// Parses `text` both ways, compares, and returns whether it was split.
    static func check(_ text: String, _ label: @autoclosure () -> String) -> Bool {
        let bytes = Array(text.utf8)
        let (split, wasSplit) = SplitParse.parse(bytes, minimum: 0)
        let whole = YAMLParser.parse(bytes)
        let (found, expected) = (described(split), described(whole))
        #expect(found == expected, "\(label())")
        return wasSplit
    }

    /// Random edits of `text` (as `ReloadTests` makes them), each parsed both ways; returns
    /// how many were split.
    static func edits(_ text: String, count: Int, seed: UInt64, label: String) -> Int {
        var random = SplitMix64(state: seed)
        var current = text
        var split = 0
        for round in 0..<count {
            let lines = current.split(separator: "\n", omittingEmptySubsequences: false).count
            let (edited, _) = ReloadTests.edit(current, line: Int(random.next() % UInt64(lines)), random: &random)
            if check(edited, "\(label) edit \(round)") { split += 1 }
            // Mostly keep the edit; now and then go back to the text as it was.
            current = random.next() % 5 == 0 ? text : edited
        }
        return split
    }

    @Test("the generated plan is split, into the tree of one parse")
    func generated() {
        #expect(Self.check(ReloadTests.generatedPlan(goals: 300), "generated"))
        let split = Self.edits(ReloadTests.generatedPlan(goals: 60), count: 300, seed: 0x5B1, label: "generated")
        // An edit that breaks the YAML anywhere has the text parsed whole: 55 of the 300 were
        // split when this test was written.
        #expect(split >= 30, "\(split) of 300 edits split")
    }

    @Test("an example, edited at random, parses split as it parses whole", arguments: try EditorAndCITests.examples)
    func examples(example: String) throws {
        let text = try String(contentsOfFile: WF.repoRoot.appendingPathComponent(example).path, encoding: .utf8)
        let split = Self.edits(text, count: 200, seed: 0xC07 ^ UInt64(example.utf8.count), label: example)
        // An edit that breaks the YAML anywhere has the text parsed whole: 38 to 57 of the 200
        // were split when this test was written.
        #expect(split >= 20, "\(example): \(split) of 200 edits split")
    }

    /// A list of `count` goals after a few top-level keys, with `item(index)` as each goal's lines.
    static func plan(_ count: Int, dash: String = "  ", item: (Int) -> String = { "id: g\($0)\n\(String(repeating: " ", count: 2))title: Việc \($0)" }) -> String {
        var text = "wf: 1\nname: Thử\ngoals:\n"
        for index in 0..<count {
            let lines = item(index).split(separator: "\n", omittingEmptySubsequences: false)
            text += dash + "- " + lines[0] + "\n" + lines.dropFirst().map { dash + $0 + "\n" }.joined()
        }
        return text + "events:\n  - id: e\n    date: 2024-10-10\n"
    }

    @Test("what may not be split is parsed whole, and what may is split as it parses whole")
    func cases() {
        // The list's dashes at column 0, CRLF line breaks, comments at column 0 inside the list.
        #expect(Self.check(Self.plan(40, dash: ""), "dashes at column 0"))
        #expect(Self.check(Self.plan(40).replacingOccurrences(of: "\n", with: "\r\n"), "CRLF"))
        #expect(Self.check(Self.plan(40) { "id: g\($0)\n# ghi chú \($0)\n  title: Việc" }, "comments"))
        // An anchor above the cut and its alias below it: the cut has neither.
        #expect(Self.check(Self.plan(40) { $0 == 0 ? "id: g0\n  owner: &dv vp" : $0 == 39 ? "id: g39\n  owner: *dv" : "id: g\($0)" }, "anchor around"))
        // Aliases in the cut naming anchors above it, and below it naming one redefined there.
        #expect(Self.check(Self.plan(40) {
            $0 == 0 ? "id: g0\n  owner: &dv vp" : $0 % 5 == 0 ? "id: g\($0)\n  owner: *dv" : $0 == 38 ? "id: g38\n  owner: &dv ktt" : "id: g\($0)"
        }, "aliases in the cut"))
        // An anchor defined in the cut, or aliases over the limit only when both parts' are added: parsed whole.
        #expect(!Self.check(Self.plan(40) { $0 == 5 ? "id: g5\n  owner: &dv vp" : "id: g\($0)" }, "anchor in the cut"))
        let aliases = Self.plan(40) { $0 == 0 ? "id: g0\n  x: &big [1, 2, 3, 4, 5, 6, 7, 8, 9]" : "id: g\($0)\n  x: *big" }
        let expansions = YAMLParser.parse(Array(aliases.utf8)).aliasExpansions
        let tight = YAMLLimits(maxAliasExpansion: expansions - 1)
        #expect(!SplitParse.parse(Array(aliases.utf8), limits: tight, minimum: 0).split)
        #expect(Self.described(SplitParse.parse(Array(aliases.utf8), limits: tight, minimum: 0).document)
                == Self.described(YAMLParser.parse(Array(aliases.utf8), limits: tight)))
        #expect(Self.check(aliases, "aliases within the limit"))
        // Line breaks YAML counts and the cut does not: a CR alone, NEL, LS.
        #expect(!Self.check(Self.plan(40).replacingOccurrences(of: "Việc 3", with: "Việc\r3"), "CR"))
        #expect(!Self.check(Self.plan(40).replacingOccurrences(of: "Việc 3", with: "Việc\u{85}3"), "NEL"))
        #expect(!Self.check(Self.plan(40).replacingOccurrences(of: "Việc 3", with: "Việc\u{2028}3"), "LS"))
        // A tab, or a line at the dashes' column, inside the list: no cut there.
        #expect(!Self.check(Self.plan(40) { $0 == 1 ? "id: g1\n\ttitle: x" : "id: g\($0)" }, "tab"))
        // Two items, or no list at all: nothing to cut.
        #expect(!Self.check(Self.plan(2), "two items"))
        #expect(!Self.check("wf: 1\nvars:\n" + (0..<100).map { "  v\($0): \($0)\n" }.joined(), "no list"))
        // A quoted title running over the next item's dash: whatever the cut, one parse's tree or problems.
        _ = Self.check(Self.plan(40) { $0 == 0 ? "id: g0\n  title: \"một" : $0 == 1 ? "id: g1\n  title: hai\"" : "id: g\($0)" }, "quote at the cut")
        _ = Self.check(Self.plan(40) { $0 == 19 ? "id: g19\n  title: \"một" : $0 == 22 ? "id: g22\"" : "id: g\($0)" }, "quote over the cut's end")
        _ = Self.check(Self.plan(40) { $0 == 0 ? "id: g0\n  title: [một," : $0 == 1 ? "id: g1]" : "id: g\($0)" }, "flow list at the cut")
        // A block scalar, and a key with no value, ending at the cut.
        #expect(Self.check(Self.plan(40) { "id: g\($0)\n  description: |\n    dòng một\n\n  owner:" }, "block scalar, empty value"))
        // Too large, or too deep, in parts as in the whole.
        let large = Self.plan(40)
        var limits = YAMLLimits.default
        limits.maxBytes = large.utf8.count - 1
        #expect(!SplitParse.parse(Array(large.utf8), limits: limits, minimum: 0).split)
        limits = YAMLLimits(maxDepth: 3)
        let deep = Self.plan(40) { $0 == 7 ? "id: g7\n  x: { a: { b: 1 } }" : "id: g\($0)" }
        #expect(Self.described(SplitParse.parse(Array(deep.utf8), limits: limits, minimum: 0).document)
                == Self.described(YAMLParser.parse(Array(deep.utf8), limits: limits)))
    }
}
