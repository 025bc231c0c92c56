public import WFDiagnostics
import WFYAML

extension WorkflowLoader {
    /// The workflow of `bytes`, the text `previous` was loaded from after an edit that changed
    /// line `editedLine` (from 0) only, adding and removing no line: what `wf lsp` sees while
    /// a planner types. Only the item of `goals`, `events`, `checkpoints` or `steps` that holds
    /// the line is parsed and decoded again; the plan is then resolved and checked whole, as
    /// `compile` does.
    ///
    /// Returns nil when the edit cannot be loaded that way, and `compile` must load the text:
    /// the line is outside such an item, or is the list's last item, the text had YAML
    /// problems or gives two anchors one name, the item defines an anchor (before or after the
    /// edit), or its lines are not plain block YAML (tabs, a line indented to the list's dash). When it returns a workflow, it is the one `compile` gives:
    /// the tests compare the two on random edits.
    public static func reload(_ previous: LoadedWorkflow, bytes raw: [UInt8], editedLine: Int, options: LoadOptions) -> LoadedWorkflow? {
        guard let reusable = previous.reusable, var plan = previous.plan, let root = plan.root, var pairs = root.pairs,
              raw.count <= options.limits.maxBytes,
              case .text(let bytes, _) = TextEncoding.utf8(raw), binaryDiagnostic(bytes) == nil,
              let lines = LineStarts(bytes) else { return nil }
        // The list and the item that hold the edited line: item `index` spans from the line of
        // its dash up to the next item's, which must exist, so that the cut text ends where the
        // item does in the whole text (at the next dash).
        let line = editedLine + 1
        guard let (pairIndex, list) = pairs.indices.lazy.compactMap({ index -> (Int, PlanDecoder.ItemList)? in
            guard let key = pairs[index].key.scalar?.text, let list = PlanDecoder.ItemList(rawValue: key),
                  let items = pairs[index].value.items, let first = items.first, let last = items.last,
                  first.range.start.line <= line, line < last.range.start.line else { return nil }
            return (index, list)
        }).first, var items = pairs[pairIndex].value.items else { return nil }
        let index = lastIndex(in: items, startingOnOrBefore: line)
        guard index + 1 < items.count else { return nil }
        let first = items[index].range.start.line - 1, next = items[index + 1].range.start.line - 1
        guard first < next, next < lines.count,
              let dash = lines.dashColumn(next, bytes), items[index + 1].range.start.column == dash + 3,
              lines.dashColumn(first, bytes) == dash,
              (first + 1..<next).allSatisfy({ lines.isInside(dash: dash, line: $0, bytes) }) else { return nil }

        // The item's lines and the next item's dash line, parsed alone. Its aliases may name
        // the anchors above it; an anchor in it, old or new, could change nodes elsewhere.
        let itemLines = (first + 1)...next
        guard !reusable.anchors.values.contains(where: { itemLines.contains($0.start.line) }) else { return nil }
        let cut = YAMLParser.parse(bytes, lines: lines.start(first)..<lines.end(next), firstLine: first, depth: 1,
                                   anchors: reusable.anchors.filter { $0.value.start.line <= first }, limits: options.limits)
        let aliasExpansions = reusable.aliasExpansions + cut.aliasExpansions
        guard cut.diagnostics.isEmpty, cut.anchors.isEmpty, aliasExpansions <= options.limits.maxAliasExpansion,
              let parsed = cut.root?.items, parsed.count == 2, parsed[1].range.start == items[index + 1].range.start else { return nil }

        let sequence = pairs[pairIndex].value
        let count = items.count
        items[index] = parsed[0]
        pairs[pairIndex].value = Node(.sequence(items), range: sequence.range, tag: sequence.tag)
        guard let itemDiagnostics = PlanDecoder.redecode(parsed[0], at: index, of: list, count: count, in: &plan) else { return nil }
        plan.root = Node(.mapping(pairs), range: root.range, tag: root.tag)

        // The decoder's problems about the old item start on its lines; no other one does.
        let decodeDiagnostics = reusable.decodeDiagnostics.filter { !itemLines.contains($0.range.start.line) } + itemDiagnostics
        let report = FileReport(path: previous.report.path, text: String(decoding: bytes, as: UTF8.self), diagnostics: [])
        var loaded = check(plan, diagnostics: decodeDiagnostics, report: report, options: options)
        loaded.declaredLanguage = previous.declaredLanguage
        loaded.report.language = options.language.language(plan: previous.declaredLanguage)
        // The old item's expansions are not known: counting them again keeps the sum a bound.
        loaded.reusable = LoadedWorkflow.Reusable(decodeDiagnostics: decodeDiagnostics, anchors: reusable.anchors, aliasExpansions: aliasExpansions)
        return loaded
    }

    /// The last item whose node starts on or before `line` (items are in source order).
    private static func lastIndex(in items: [Node], startingOnOrBefore line: Int) -> Int {
        var low = 0, high = items.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if items[middle].range.start.line <= line { low = middle } else { high = middle - 1 }
        }
        return low
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

    /// Whether `line` belongs to the item whatever the lines around it: blank, a comment, or
    /// indented with spaces past the dash. A tab or anything at the dash's column or before it
    /// could end the list in the whole text, and not in the cut.
    func isInside(dash: Int, line: Int, _ bytes: [UInt8]) -> Bool {
        var index = start(line)
        let end = end(line)
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < end else { return true }
        switch bytes[index] {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"): return true
        case UInt8(ascii: "\t"): return false
        default: return index - start(line) > dash
        }
    }
}
