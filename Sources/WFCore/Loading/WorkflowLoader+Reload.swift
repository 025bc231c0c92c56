public import WFDiagnostics
import WFYAML

extension WorkflowLoader {
    /// The workflow of `bytes`, the text `previous` was loaded from (with
    /// `LoadOptions.reloadable`) after `edit` changed some of its lines: what `wf lsp` sees
    /// while a planner types.
    ///
    /// Only the part of the text that holds the changed lines is parsed again: the items of
    /// `goals`, `events`, `checkpoints` or `steps` they span (a deleted or pasted block may
    /// span several, and leave more or fewer), or another top-level key with its value. When
    /// one item stands for one and no line was added or removed, only that part is decoded
    /// again too; otherwise the rest of the tree is moved by the lines added and the plan
    /// decoded whole. The plan's deadlines are then resolved and the plan checked whole, as
    /// `compile` does.
    ///
    /// Returns nil when the edit cannot be loaded that way, and `compile` must load the text:
    /// the lines are not inside one such part (above the first key, on a list's own key or
    /// after its items, in a list's last item, over two top-level keys); the text had YAML
    /// problems or gives two anchors one name; the part defines an anchor (before or after the
    /// edit); its lines are not plain block YAML (tabs, a line not indented past the dash or
    /// the key).
    /// When it returns a workflow, it is the one `compile` gives: the tests compare the two
    /// on random edits.
    public static func reload(_ previous: LoadedWorkflow, bytes raw: [UInt8], edit: LineEdit, options: LoadOptions) -> LoadedWorkflow? {
        guard let reusable = previous.reusable, let plan = previous.plan, let root = plan.root, let pairs = root.pairs,
              raw.count <= options.limits.maxBytes, edit.start >= 0, edit.end >= edit.start - 1, edit.oldEnd >= edit.start - 1,
              case .text(let bytes, _) = TextEncoding.utf8(raw), binaryDiagnostic(bytes) == nil,
              case let lines = LineStarts(bytes), !lines.hasOtherBreaks,
              // The top-level key whose lines hold the first changed one.
              let pairIndex = pairs.lastIndex(where: { $0.key.range.start.line <= edit.start + 1 }) else { return nil }
        let cut = Cut(bytes: bytes, lines: lines, reusable: reusable, edit: edit, limits: options.limits)
        let list = pairs[pairIndex].key.scalar.flatMap { PlanDecoder.ItemList(rawValue: $0.text) }
        guard let part = list == nil ? cut.pair(pairIndex, of: pairs) : pairs[pairIndex].value.items.flatMap(cut.items) else { return nil }
        // The rest of the tree, moved by the lines the edit added, with the part put in its place.
        let moveFrom = edit.oldEnd + 2
        let moved = root.moved(by: edit.delta, from: moveFrom)
        var edited = moved.pairs ?? pairs
        switch part.node {
        case .items(let old, let new):
            let sequence = edited[pairIndex].value
            var items = sequence.items ?? []
            items.replaceSubrange(old, with: new)
            edited[pairIndex].value = Node(.sequence(items), range: sequence.range, tag: sequence.tag)
        case .pair(let pair):
            edited[pairIndex] = pair
        }
        // The last key's value ends where the text does, as the plan does.
        let editedRoot = Node(.mapping(edited), range: SourceRange(start: moved.range.start, end: part.textEnd ?? moved.range.end), tag: moved.tag)

        // Decoded again: the part alone when no line moved and one item stands for one, else
        // the whole tree. From the goals and checkpoints as decoded, so that their deadlines
        // are resolved as `compile` does.
        var decoded = plan
        var header = reusable.headerDiagnostics, lists = reusable.listDiagnostics
        let oneForOne: (index: Int, item: Node)? = if case .items(let old, let new) = part.node, old.count == 1, new.count == 1 {
            (old.lowerBound, new[0])
        } else {
            nil
        }
        if edit.delta != 0 || list != nil && oneForOne == nil {
            let parts = PlanDecoder.decodeParts(editedRoot, twoThreads: options.twoThreads)
            guard let whole = parts.plan else { return nil }
            (decoded, header, lists) = (whole, parts.header, parts.lists)
        } else {
            decoded.goals = reusable.goals
            decoded.checkpoints = reusable.checkpoints
            decoded.root = editedRoot
            if let list, let (index, item) = oneForOne {
                guard let diagnostics = PlanDecoder.redecode(item, at: index, of: list, count: pairs[pairIndex].value.items?.count ?? 0,
                                                             in: &decoded) else { return nil }
                // The decoder's problems about the old item start on its lines; no other one does.
                lists = lists.filter { !part.oldLines.contains($0.range.start.line) } + diagnostics
            } else {
                guard let diagnostics = PlanDecoder.redecodeHeader(editedRoot, in: &decoded) else { return nil }
                header = diagnostics
            }
        }

        let report = FileReport(path: previous.report.path, text: String(decoding: bytes, as: UTF8.self), diagnostics: [])
        let (goals, checkpoints) = (decoded.goals, decoded.checkpoints)
        var loaded = check(decoded, diagnostics: header + lists, report: report, options: options)
        loaded.declaredLanguage = declaredLanguage(of: editedRoot)
        loaded.report.language = options.language.language(plan: loaded.declaredLanguage)
        // The anchors below the part move with it. The old part's expansions are not known:
        // counting them again keeps the sum a bound.
        let anchors = edit.delta == 0 ? reusable.anchors : reusable.anchors.mapValues { $0.moved(by: edit.delta, from: moveFrom) }
        loaded.reusable = LoadedWorkflow.Reusable(
            headerDiagnostics: header, listDiagnostics: lists, goals: goals, checkpoints: checkpoints,
            anchors: anchors, aliasExpansions: reusable.aliasExpansions + part.aliasExpansions)
        return loaded
    }

    /// The language a plan's top-level `lang:` declares.
    static func declaredLanguage(of root: Node) -> Language? {
        root["lang"]?.scalar.flatMap { Language(rawValue: $0.text) }
    }
}

/// The lines of the edited text around an edit, parsed alone, with the positions, depth and
/// anchors they have in the whole text.
private struct Cut {
    let bytes: [UInt8]
    let lines: LineStarts
    let reusable: LoadedWorkflow.Reusable
    let edit: LineEdit
    let limits: YAMLLimits

    /// A part of the plan parsed again.
    struct Part {
        enum Parsed {
            /// The items that replace the old ones at these indices (as many, or more, or fewer).
            case items(ClosedRange<Int>, [Node])
            case pair(Node.Pair)
        }

        var node: Parsed
        /// The part's lines in the old text (from 1), through the next item's dash or the next key.
        var oldLines: ClosedRange<Int>
        var aliasExpansions: Int
        /// Where the text ends, when the part is the last key's.
        var textEnd: SourcePosition?
    }

    /// Parses lines `first...last` (from 0) of the new text, lines `first...oldLast` of the old
    /// one, at `depth`, if no anchor was defined on the old lines and the result has no
    /// problem, defines no anchor and keeps the expansions in the limit.
    private func parse(_ first: Int, through last: Int, old oldLast: Int, depth: Int) -> YAMLDocument? {
        let oldLines = (first + 1)...(oldLast + 1)
        guard !reusable.anchors.values.contains(where: { oldLines.contains($0.start.line) }) else { return nil }
        let document = YAMLParser.parse(bytes, lines: lines.start(first)..<lines.end(last), firstLine: first, depth: depth,
                                        anchors: reusable.anchors.filter { $0.value.start.line <= first }, limits: limits)
        guard document.diagnostics.isEmpty, document.anchors.isEmpty,
              reusable.aliasExpansions + document.aliasExpansions <= limits.maxAliasExpansion else { return nil }
        return document
    }

    /// The items holding the edited lines, parsed again: usually one, or those a deleted or
    /// pasted block spans. They span from the line of the first one's dash up to the dash of
    /// the item after them, which must exist, so that the cut text ends where they do in the
    /// whole text. What is there now may be more items or fewer.
    func items(_ items: [Node]) -> Part? {
        guard let first = items.lastIndex(where: { $0.range.start.line <= edit.start + 1 }),
              let last = items.lastIndex(where: { $0.range.start.line <= max(edit.start, edit.oldEnd) + 1 }),
              last + 1 < items.count else { return nil }
        let firstLine = items[first].range.start.line - 1, oldNext = items[last + 1].range.start.line - 1
        let next = oldNext + edit.delta
        var nextStart = items[last + 1].range.start
        nextStart.line += edit.delta
        guard edit.oldEnd < oldNext, firstLine <= next, next < lines.count,
              let dash = lines.dashColumn(next, bytes), nextStart.column == dash + 3, lines.dashColumn(firstLine, bytes) == dash,
              // Inside the items, or the dash of one of them.
              (firstLine + 1..<max(firstLine + 1, next)).allSatisfy({
                  lines.isInside(indent: dash, line: $0, bytes) || lines.dashColumn($0, bytes) == dash
              }),
              let document = parse(firstLine, through: next, old: oldNext, depth: 1),
              let parsed = document.root?.items, parsed.last?.range.start == nextStart
        else { return nil }
        return Part(node: .items(first...last, Array(parsed.dropLast())), oldLines: (firstLine + 1)...(oldNext + 1),
                    aliasExpansions: document.aliasExpansions)
    }

    /// Top-level pair `index` parsed again, with the next key's line (when there is one) so
    /// that its value ends where it does in the whole text. Nil when its key, old or new, is
    /// a list's or another key's, or its lines are not plain.
    func pair(_ index: Int, of pairs: [Node.Pair]) -> Part? {
        let isLast = index + 1 == pairs.count
        let first = pairs[index].key.range.start.line - 1
        let oldLast = isLast ? Int.max - 1 : pairs[index + 1].key.range.start.line - 1
        let last = isLast ? lines.count - 1 : oldLast + edit.delta
        var nextStart = isLast ? nil : pairs[index + 1].key.range.start
        nextStart?.line += edit.delta
        guard pairs[index].key.range.start.column == 1, edit.oldEnd < oldLast, first < last || isLast && first == last,
              last < lines.count, lines.startsKey(first, bytes), isLast || lines.startsKey(last, bytes),
              // The lines of the value: up to the next key, or to the end of the text.
              ((first + 1)..<(isLast ? last + 1 : last)).allSatisfy({ lines.isInside(indent: 0, line: $0, bytes) }),
              let document = parse(first, through: last, old: isLast ? last - edit.delta : oldLast, depth: 0),
              let parsed = document.root?.pairs, parsed.count == (isLast ? 1 : 2), isLast || parsed[1].key.range.start == nextStart,
              let key = parsed[0].key.scalar?.text, PlanDecoder.ItemList(rawValue: key) == nil, key != "<<",
              !pairs.indices.contains(where: { $0 != index && pairs[$0].key.scalar?.text == key })
        else { return nil }
        return Part(node: .pair(parsed[0]), oldLines: (first + 1)...(isLast ? Int.max : oldLast + 1), aliasExpansions: document.aliasExpansions,
                    textEnd: isLast ? document.root?.range.end : nil)
    }
}

// MARK: - The lines of a part

private extension LineStarts {
    func dashColumn(_ line: Int, _ bytes: [UInt8]) -> Int? { BlockLine.dashColumn(bytes, start(line), end(line)) }
    func startsKey(_ line: Int, _ bytes: [UInt8]) -> Bool { BlockLine.startsKey(bytes, start(line), end(line)) }
    func isInside(indent: Int, line: Int, _ bytes: [UInt8]) -> Bool { BlockLine.isInside(indent: indent, bytes, start(line), end(line)) }
}
