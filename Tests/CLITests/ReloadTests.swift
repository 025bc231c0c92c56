import Foundation
import NotifyPeers
import Testing
import WFCommands
import WFDiagnostics
@testable import WFCore

/// `wf lsp` reloads only the list item a one-line edit touched. Whatever the edit, a reload
/// must give what loading the whole text gives: the same diagnostics, plan and order.
@Suite struct ReloadTests {
    static let options = {
        var options = LoadOptions(plugins: BuiltinPlugins.registry.catalog)
        options.reloadable = true
        return options
    }()

    /// A plan with every kind of list item in block style, long enough to be decoded on two threads.
    static func generatedPlan(goals: Int) -> String {
        var text = """
            wf: 1
            name: Kế hoạch thử
            period: { start: 2024-01-01, end: 2024-12-31 }
            vars: { so: 12/KH }
            owners:
              vp: { name: Văn phòng }
              ktt: Phòng Kế toán
            goals:

            """
        for index in 0..<goals {
            text += "  - id: g\(index)\n"
            text += "    title: \"Việc \(index) ${{ vars.so }}\"\n"
            text += "    owner: \(index % 3 == 0 ? "ktt" : "vp")\n"
            text += index % 11 == 0 ? "    due: trước ngày 20\n    every: month\n" : "    due: 2024-0\(1 + index % 9)-1\(index % 10)\n"
            if index % 7 == 0 { text += "    # mốc của nhóm \(index / 7)\n" }
            if index > 0 { text += "    after: [g\(index - 1)]\n" }
            if index % 5 == 0 { text += "    description: |\n      Dòng một\n      dòng hai\n" }
        }
        text += """
            events:
              - id: hoi-nghi
                title: Hội nghị ${{ vars.so }}
                date: 2024-10-10
                remind: [10d, 3wd]
                prepare:
                  - { id: giay-moi, title: Gửi giấy mời, due: -5wd, owner: vp }
              - id: tong-ket
                title: Tổng kết
                date: 2024-12-20
            checkpoints:
              - id: giua-ky
                title: Giữa kỳ
                date: 2024-06-30
                budget: { allocated: 100000000, spent: 40000000 }
              - id: cuoi-ky
                title: Cuối kỳ
                date: 2024-12-31
                budget: { allocated: 100000000, spent: 90000000 }
            steps:
              - id: han
                uses: deadline
              - id: bao-cao
                uses: report
                needs: [han]
                with:
                  title: "Báo cáo ${{ vars.so }}"
                  output: bao-cao.md
              - id: cuoi
                run: echo xong

            """
        return text
    }

    /// Line contents an edit may put in place of a line: keys, list items, YAML of every kind.
    static let fragments = [
        "    title: Việc mới", "  - id: moi", "    after: [g1, g2]", "    owner: vpp", "    due: 2024-02-30",
        "#", "    # ghi chú", "", "    x: &a [1]", "    y: *a", "    description: |", "      văn bản", "    - a",
        "  -", "- id: top", "goals:", "\tdue: 2024-01-01", "    title: \"mở", "    title: 'a''b'", "    { a: 1 }",
        "    every: quarter", "    done: [2024-Q1]", "    warn: 3wd", "    progress: 50%", "    uses: deadlin",
        "    needs: [han]", "    run: echo ${{ steps.han.outputs.overdue }}", "    title: ${{ goals.g1.titel }}",
        "  - { id: f, title: F, due: 2024-05-05, owner: vp }", "    <<: {}", "---", "...", "    ? k", "    : v",
    ]
    /// Mostly what a title or a date is typed with, now and then a character YAML reads.
    static let alphabet = Array("aaeeiinnttăơệ0123   ,.-:#\"'{}[]&*|>!%@`\t?$")

    /// `text` changed at random at line `line`: the line edited (most often), a line added
    /// after it or the line split in two, the line removed or joined to the next. Returns the
    /// new text and the lines the change touched.
    static func edit(_ text: String, line: Int, random: inout SplitMix64) -> (String, LineEdit) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var characters = Array(lines[line])
        func pick<T>(_ choices: [T]) -> T { choices[Int(random.next() % UInt64(choices.count))] }
        switch random.next() % 28 {
        case 0..<11:
            let at = Int(random.next() % UInt64(characters.count + 1))
            let typed = (0..<(1 + Int(random.next() % 3))).map { _ in pick(alphabet) }
            characters.insert(contentsOf: typed, at: at)
        case 11..<16:
            guard !characters.isEmpty else { break }
            let at = Int(random.next() % UInt64(characters.count))
            characters.removeSubrange(at..<min(characters.count, at + 1 + Int(random.next() % 3)))
        case 16..<20:
            characters = Array(pick(fragments))
        case 20:
            // Enter at the end of the line, and a line typed.
            lines.insert(pick(fragments + ["", "    ", "    owner: vp"]), at: line + 1)
            return (lines.joined(separator: "\n"), LineEdit(start: line, end: line + 1, delta: 1))
        case 21:
            // Enter in the middle of the line, the new line indented as the old one.
            let at = Int(random.next() % UInt64(characters.count + 1))
            let indent = characters.prefix { $0 == " " }
            lines[line] = String(characters[..<at])
            lines.insert(String(indent) + String(characters[at...]), at: line + 1)
            return (lines.joined(separator: "\n"), LineEdit(start: line, end: line + 1, delta: 1))
        case 22 where lines.count > 1 && line + 1 < lines.count:
            // The line deleted, from its start to the next line's.
            lines.remove(at: line)
            return (lines.joined(separator: "\n"), LineEdit(start: line, end: line, delta: -1))
        case 23 where line + 1 < lines.count:
            // Backspace at the start of the next line: the two lines joined.
            lines[line] += lines.remove(at: line + 1)
            return (lines.joined(separator: "\n"), LineEdit(start: line, end: line, delta: -1))
        case 24, 25:
            // A block of lines deleted, from the start of the line to the start of a later one:
            // often a whole item, or the end of one and the start of the next.
            let count = min(2 + Int(random.next() % 8), lines.count - 1 - line)
            guard count > 0 else { break }
            lines.removeSubrange(line..<(line + count))
            return (lines.joined(separator: "\n"), LineEdit(start: line, end: line, delta: -count))
        case 26, 27:
            // A block of lines copied and pasted at the start of a line: often a whole item.
            let count = min(2 + Int(random.next() % 8), lines.count - line)
            let source = Int(random.next() % UInt64(lines.count - count + 1))
            lines.insert(contentsOf: lines[source..<(source + count)], at: line)
            return (lines.joined(separator: "\n"), LineEdit(start: line, end: line + count, delta: count))
        default:
            break
        }
        lines[line] = String(characters)
        return (lines.joined(separator: "\n"), LineEdit(line: line))
    }

    /// Everything a reader of a load sees, as text to compare.
    static func described(_ loaded: LoadedWorkflow) -> String {
        let diagnostics = loaded.report.diagnostics.map { diagnostic in
            let notes = diagnostic.notes.map { "\($0.message.en) @\($0.range.map { "\($0.start)-\($0.end)" } ?? "-")" }
            return "\(diagnostic.range.start)-\(diagnostic.range.end) \(diagnostic.severity) \(diagnostic.rule.rawValue) "
                + "\(diagnostic.message.en) | \(notes.joined(separator: " | "))"
        }
        let order = loaded.compiled.map { compiled in compiled.order.map { compiled.graph.nodes[$0].id } }
        return diagnostics.joined(separator: "\n") + "\nlanguage: \(loaded.report.language) declared: \(String(describing: loaded.declaredLanguage))"
            + "\norder: \(String(describing: order))\nplan: \(String(reflecting: loaded.plan))"
    }

    /// Random edits of `text`, each loaded both ways; returns how many the reload took.
    static func check(_ text: String, path: String, edits: Int, seed: UInt64, onlyAbove marker: String? = nil) -> Int {
        var random = SplitMix64(state: seed)
        var current = text
        var previous = WorkflowLoader.compile(bytes: Array(current.utf8), path: path, options: options)
        var reloaded = 0
        for round in 0..<edits {
            let currentLines = current.split(separator: "\n", omittingEmptySubsequences: false)
            // All lines, or those above the first that starts with `marker`.
            let lineCount = marker.flatMap { marker in currentLines.firstIndex { $0.hasPrefix(marker) } } ?? currentLines.count
            let line = Int(random.next() % UInt64(max(1, lineCount)))
            var (edited, lineEdit) = edit(current, line: line, random: &random)
            if random.next() % 4 == 0 {
                // A second change before the server looks: one edit of the lines both touched.
                let count = edited.split(separator: "\n", omittingEmptySubsequences: false).count
                let (twice, second) = edit(edited, line: min(count - 1, line + Int(random.next() % 5)) , random: &random)
                (edited, lineEdit) = (twice, lineEdit.followed(by: second))
            }
            let whole = WorkflowLoader.compile(bytes: Array(edited.utf8), path: path, options: options)
            if let reload = WorkflowLoader.reload(previous, bytes: Array(edited.utf8), edit: lineEdit, options: options) {
                reloaded += 1
                let (expected, found) = (described(whole), described(reload))
                #expect(found == expected, "\(path) edit \(round) of lines \(lineEdit): `\(edited.split(separator: "\n", omittingEmptySubsequences: false)[line])`")
                if found != expected { return reloaded }
                previous = reload
            } else {
                previous = whole
            }
            // Mostly keep the edit, as typing does; now and then, and soon after the YAML broke, go
            // back to the good text.
            current = random.next() % (previous.plan == nil ? 2 : 5) == 0 ? text : edited
            if current == text { previous = WorkflowLoader.compile(bytes: Array(current.utf8), path: path, options: options) }
        }
        return reloaded
    }

    @Test("a reload after a one-line edit of an example equals loading the whole text", arguments: try EditorAndCITests.examples)
    func examples(example: String) throws {
        let path = WF.repoRoot.appendingPathComponent(example).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let reloaded = Self.check(text, path: path, edits: 300, seed: 0x5EED ^ UInt64(example.utf8.count))
        // Many edits break the YAML or fall outside an item, but the reload is not a rare path:
        // 33 to 71 of the 300 when this test was written.
        #expect(reloaded >= 20, "\(example): \(reloaded) of 300 edits reloaded")
    }

    @Test("a reload after a one-line edit of the top of an example equals loading the whole text",
          arguments: try EditorAndCITests.examples)
    func topOfExamples(example: String) throws {
        let path = WF.repoRoot.appendingPathComponent(example).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let reloaded = Self.check(text, path: path, edits: 100, seed: 0x70B ^ UInt64(example.utf8.count), onlyAbove: "goals:")
        // 16 to 34 of the 100 when this test was written.
        #expect(reloaded >= 5, "\(example): \(reloaded) of 100 edits reloaded")
    }

    @Test("a reload after a one-line edit of a plan of 600 goals equals loading the whole text")
    func largePlan() {
        let text = Self.generatedPlan(goals: 600)
        let path = WF.repoRoot.appendingPathComponent("workflows/generated.yaml").path
        let reloaded = Self.check(text, path: path, edits: 150, seed: 42)
        #expect(reloaded >= 15, "\(reloaded) of 150 edits reloaded")
    }

    @Test("typing in a title reloads one goal each time, and equals loading the whole text")
    func typing() throws {
        let text = Self.generatedPlan(goals: 600)
        let path = WF.repoRoot.appendingPathComponent("workflows/generated.yaml").path
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let title = try #require(lines.firstIndex(of: "    title: \"Việc 300 ${{ vars.so }}\""))
        var previous = WorkflowLoader.compile(bytes: Array(text.utf8), path: path, options: Self.options)
        for typed in "Rà soát, báo cáo" {
            lines[title].insert(typed, at: lines[title].index(before: lines[title].endIndex))
            let bytes = Array(lines.joined(separator: "\n").utf8)
            let reload = try #require(WorkflowLoader.reload(previous, bytes: bytes, edit: LineEdit(line: title), options: Self.options))
            #expect(Self.described(reload) == Self.described(WorkflowLoader.compile(bytes: bytes, path: path, options: Self.options)))
            previous = reload
        }
        #expect(previous.plan?.goals[300].title == "Việc 300 ${{ vars.so }}Rà soát, báo cáo")
    }

    @Test("whole goals deleted, pasted and duplicated are reloaded, and equal loading the whole text")
    func wholeItems() throws {
        let text = Self.generatedPlan(goals: 600)
        let path = WF.repoRoot.appendingPathComponent("workflows/generated.yaml").path
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let g300 = try #require(lines.firstIndex(of: "  - id: g300")), g301 = try #require(lines.firstIndex(of: "  - id: g301"))
        let g302 = try #require(lines.firstIndex(of: "  - id: g302"))
        let previous = WorkflowLoader.compile(bytes: Array(text.utf8), path: path, options: Self.options)
        func check(_ edited: [String], _ edit: LineEdit, goals: Int) throws {
            let bytes = Array(edited.joined(separator: "\n").utf8)
            guard let reload = WorkflowLoader.reload(previous, bytes: bytes, edit: edit, options: Self.options) else {
                Issue.record("\(edit) was loaded whole")
                return
            }
            #expect(Self.described(reload) == Self.described(WorkflowLoader.compile(bytes: bytes, path: path, options: Self.options)))
            #expect(reload.plan?.goals.count == goals)
        }
        // g300 deleted: its lines, from its dash to g301's.
        var deleted = lines
        deleted.removeSubrange(g300..<g301)
        try check(deleted, LineEdit(start: g300, end: g300, delta: g300 - g301), goals: 599)
        // g300 and g301 copied and pasted before g302 (ids now repeat: the checks say so).
        var pasted = lines
        pasted.insert(contentsOf: lines[g300..<g302], at: g302)
        try check(pasted, LineEdit(start: g302, end: g302 + (g302 - g300), delta: g302 - g300), goals: 602)
        // A new goal typed in as a block.
        var typed = lines
        typed.insert(contentsOf: ["  - id: moi", "    title: Việc mới", "    owner: vp", "    due: 2024-05-06"], at: g301)
        try check(typed, LineEdit(start: g301, end: g301 + 4, delta: 4), goals: 601)
    }

    @Test("edits the reload cannot take are loaded whole")
    func refusals() throws {
        let text = Self.generatedPlan(goals: 3)
        let loaded = WorkflowLoader.compile(bytes: Array(text.utf8), path: "plan.yaml", options: Self.options)
        #expect(!loaded.hasErrors, "\(loaded.report.diagnostics.map { "\($0.range.start) \($0.message.en)" })")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func reload(_ line: Int, _ content: String) -> LoadedWorkflow? {
            var edited = lines
            edited[line] = content
            return WorkflowLoader.reload(loaded, bytes: Array(edited.joined(separator: "\n").utf8), edit: LineEdit(line: line), options: Self.options)
        }
        let title = try #require(lines.firstIndex(of: "    title: \"Việc 1 ${{ vars.so }}\""))
        #expect(reload(title, "    title: \"Việc một ${{ vars.so }}\"") != nil)
        // A top-level key and its value are read again alone too.
        #expect(reload(1, "name: Kế hoạch khác")?.plan?.name == "Kế hoạch khác")
        #expect(reload(1, "lang: vi")?.declaredLanguage == .vi)
        // A list's own key, a key a list or another key has, the last item of a list, a line at
        // the dash's column, an anchor, a tab, a quote left open.
        let goals = try #require(lines.firstIndex(of: "goals:"))
        #expect(reload(goals, "goal:") == nil)
        #expect(reload(1, "goals:") == nil)
        #expect(reload(1, "period: 2024") == nil)
        let last = try #require(lines.firstIndex(of: "    run: echo xong"))
        #expect(reload(last, "    run: echo hết") == nil)
        #expect(reload(title, "  title: lệch") == nil)
        #expect(reload(title, "    title: &a x") == nil)
        #expect(reload(title, "\ttitle: x") == nil)
        #expect(reload(title, "    title: \"mở") == nil)
    }
}
