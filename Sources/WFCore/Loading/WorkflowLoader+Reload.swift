public import WFDiagnostics
import WFYAML

extension WorkflowLoader {
    /// The workflow of `bytes`, the text `previous` was loaded from (with
    /// `LoadOptions.reloadable`) after an edit that changed line `editedLine` (from 0) only,
    /// adding and removing no line: what `wf lsp` sees while a planner types.
    ///
    /// Only the part of the text that holds the line is parsed and decoded again: an item of
    /// `goals`, `events`, `checkpoints` or `steps`, or another top-level key with its value.
    /// The plan's deadlines are then resolved and the plan checked whole, as `compile` does.
    ///
    /// Returns nil when the edit cannot be loaded that way, and `compile` must load the text:
    /// the line is above the first key, on a list's own key or after its items, in a list's
    /// last item; the text had YAML problems or gives two anchors one name; the part defines
    /// an anchor (before or after the edit); its lines are not plain block YAML (tabs, a line
    /// not indented past the dash or the key). When it returns a workflow, it is the one
    /// `compile` gives: the tests compare the two on random edits.
    public static func reload(_ previous: LoadedWorkflow, bytes raw: [UInt8], editedLine: Int, options: LoadOptions) -> LoadedWorkflow? {
        guard let reusable = previous.reusable, let plan = previous.plan, let root = plan.root, let pairs = root.pairs,
              raw.count <= options.limits.maxBytes,
              case .text(let bytes, _) = TextEncoding.utf8(raw), binaryDiagnostic(bytes) == nil,
              let lines = LineStarts(bytes) else { return nil }
        let cut = Cut(bytes: bytes, lines: lines, reusable: reusable, limits: options.limits)
        // The top-level key whose lines hold the edited one.
        let line = editedLine + 1
        guard let pairIndex = pairs.lastIndex(where: { $0.key.range.start.line <= line }) else { return nil }
        // From the plan as decoded: its deadlines are resolved again, as `compile` resolves them.
        var decoded = plan
        decoded.goals = reusable.goals
        decoded.checkpoints = reusable.checkpoints
        var edited = pairs
        var header = reusable.headerDiagnostics, lists = reusable.listDiagnostics
        let aliasExpansions: Int
        let list = pairs[pairIndex].key.scalar.flatMap { PlanDecoder.ItemList(rawValue: $0.text) }
        if let list {
            let sequence = pairs[pairIndex].value
            guard let items = sequence.items, let item = cut.item(of: list, items: items, line: line, in: &decoded) else { return nil }
            edited[pairIndex].value = Node(.sequence(item.items), range: sequence.range, tag: sequence.tag)
            // The decoder's problems about the old item start on its lines; no other one does.
            lists = lists.filter { !item.lines.contains($0.range.start.line) } + item.diagnostics
            aliasExpansions = item.aliasExpansions
        } else {
            guard let top = cut.pair(pairIndex, of: pairs) else { return nil }
            edited[pairIndex] = top.pair
            aliasExpansions = top.aliasExpansions
        }
        let editedRoot = Node(.mapping(edited), range: root.range, tag: root.tag)
        decoded.root = editedRoot
        if list == nil {
            guard let diagnostics = PlanDecoder.redecodeHeader(editedRoot, in: &decoded) else { return nil }
            header = diagnostics
        }

        let report = FileReport(path: previous.report.path, text: String(decoding: bytes, as: UTF8.self), diagnostics: [])
        let (goals, checkpoints) = (decoded.goals, decoded.checkpoints)
        var loaded = check(decoded, diagnostics: header + lists, report: report, options: options)
        loaded.declaredLanguage = declaredLanguage(of: editedRoot)
        loaded.report.language = options.language.language(plan: loaded.declaredLanguage)
        // The old part's expansions are not known: counting them again keeps the sum a bound.
        loaded.reusable = LoadedWorkflow.Reusable(
            headerDiagnostics: header, listDiagnostics: lists, goals: goals, checkpoints: checkpoints,
            anchors: reusable.anchors, aliasExpansions: reusable.aliasExpansions + aliasExpansions)
        return loaded
    }

    /// The language a plan's top-level `lang:` declares.
    static func declaredLanguage(of root: Node) -> Language? {
        root["lang"]?.scalar.flatMap { Language(rawValue: $0.text) }
    }
}

/// Lines of the edited text parsed alone, with the positions, depth and anchors they have in
/// the whole text.
private struct Cut {
    let bytes: [UInt8]
    let lines: LineStarts
    let reusable: LoadedWorkflow.Reusable
    let limits: YAMLLimits

    /// Parses lines `first...last` (from 0) at `depth`, if no anchor was defined on them and
    /// the result has no problem, defines no anchor and keeps the expansions in the limit.
    private func parse(_ first: Int, through last: Int, depth: Int) -> YAMLDocument? {
        let oldLines = (first + 1)...(last + 1)
        guard !reusable.anchors.values.contains(where: { oldLines.contains($0.start.line) }) else { return nil }
        let document = YAMLParser.parse(bytes, lines: lines.start(first)..<lines.end(last), firstLine: first, depth: depth,
                                        anchors: reusable.anchors.filter { $0.value.start.line <= first }, limits: limits)
        guard document.diagnostics.isEmpty, document.anchors.isEmpty,
              reusable.aliasExpansions + document.aliasExpansions <= limits.maxAliasExpansion else { return nil }
        return document
    }

    struct Item {
        var items: [Node]
        /// The item's lines (from 1), through the next item's dash line.
        var lines: ClosedRange<Int>
        var diagnostics: [Diagnostic]
        var aliasExpansions: Int
    }

    /// The list with the item holding `line` (from 1) parsed again, and the item decoded again
    /// into `plan`. The item spans from the line of its dash up to the next item's, which must
    /// exist, so that the cut text ends where the item does in the whole text (at the next dash).
    func item(of list: PlanDecoder.ItemList, items: [Node], line: Int, in plan: inout Plan) -> Item? {
        guard let index = items.lastIndex(where: { $0.range.start.line <= line }), index + 1 < items.count else { return nil }
        let first = items[index].range.start.line - 1, next = items[index + 1].range.start.line - 1
        guard first < next, next < lines.count,
              let dash = lines.dashColumn(next, bytes), items[index + 1].range.start.column == dash + 3,
              lines.dashColumn(first, bytes) == dash,
              (first + 1..<next).allSatisfy({ lines.isInside(indent: dash, line: $0, bytes) }),
              let document = parse(first, through: next, depth: 1),
              let parsed = document.root?.items, parsed.count == 2, parsed[1].range.start == items[index + 1].range.start
        else { return nil }
        guard let diagnostics = PlanDecoder.redecode(parsed[0], at: index, of: list, count: items.count, in: &plan) else { return nil }
        var spliced = items
        spliced[index] = parsed[0]
        return Item(items: spliced, lines: (first + 1)...(next + 1), diagnostics: diagnostics, aliasExpansions: document.aliasExpansions)
    }

    /// Top-level pair `index` parsed again, with the next key's line (when there is one) so
    /// that its value ends where it does in the whole text. Nil when its key, old or new, is
    /// a list's or another key's, or its lines are not plain.
    func pair(_ index: Int, of pairs: [Node.Pair]) -> (pair: Node.Pair, aliasExpansions: Int)? {
        let isLast = index + 1 == pairs.count
        let first = pairs[index].key.range.start.line - 1
        let last = isLast ? lines.count - 1 : pairs[index + 1].key.range.start.line - 1
        // The lines of the value: up to the next key, or to the end of the text.
        let value = (first + 1)..<(isLast ? last + 1 : last)
        guard pairs[index].key.range.start.column == 1, first <= last, last < lines.count,
              lines.startsKey(first, bytes), isLast || lines.startsKey(last, bytes),
              value.allSatisfy({ lines.isInside(indent: 0, line: $0, bytes) }),
              let document = parse(first, through: last, depth: 0), let parsed = document.root?.pairs,
              parsed.count == (isLast ? 1 : 2), isLast || parsed[1].key.range.start == pairs[index + 1].key.range.start,
              let key = parsed[0].key.scalar?.text, PlanDecoder.ItemList(rawValue: key) == nil, key != "<<",
              !pairs.indices.contains(where: { $0 != index && pairs[$0].key.scalar?.text == key })
        else { return nil }
        return (parsed[0], document.aliasExpansions)
    }
}

/// Where each line of a text starts, with YAML's line breaks; nil for a text with a break
/// an editor may not count as one (NEL, LS, PS), where the editor's line numbers and YAML's
/// could differ.
private struct LineStarts {
    private var starts: [Int] = [0]
    private let total: Int

    init?(_ bytes: [UInt8]) {
        total = bytes.count
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                starts.append(index + 1)
            case UInt8(ascii: "\r"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index + 1)
            case 0xC2:
                if index + 1 < bytes.count, bytes[index + 1] == 0x85 { return nil }
            case 0xE2:
                if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return nil }
            default:
                break
            }
            index += 1
        }
    }

    var count: Int { starts.count }

    func start(_ line: Int) -> Int { starts[line] }

    /// Where the line ends, its line break included.
    func end(_ line: Int) -> Int { line + 1 < starts.count ? starts[line + 1] : total }

    /// The column of a list item's dash when `line` is spaces, `-` and a space, else nil.
    func dashColumn(_ line: Int, _ bytes: [UInt8]) -> Int? {
        var index = start(line)
        let end = end(line)
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index + 1 < end, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: " ") else { return nil }
        return index - start(line)
    }

    /// Whether `line` starts with a plain top-level key: no indentation, no YAML indicator.
    func startsKey(_ line: Int, _ bytes: [UInt8]) -> Bool {
        guard start(line) < end(line) else { return false }
        let byte = bytes[start(line)]
        return byte == UInt8(ascii: "_") || byte >= 0x80 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    /// Whether `line` belongs to the part above it whatever the lines around it: blank, a
    /// comment, or indented with spaces past `indent`. A tab, or anything at that column or
    /// before it, could end the part in the whole text and not in the cut.
    func isInside(indent: Int, line: Int, _ bytes: [UInt8]) -> Bool {
        var index = start(line)
        let end = end(line)
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < end else { return true }
        switch bytes[index] {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"): return true
        case UInt8(ascii: "\t"): return false
        default: return index - start(line) > indent
        }
    }
}
