internal import CLibYAML
public import WFDiagnostics
import WFLocalization

/// The result of parsing one YAML file: its single document's root, and the problems found.
public struct YAMLDocument: Sendable {
    /// The root node; nil when the file is empty or could not be parsed.
    public var root: Node?
    public var diagnostics: [Diagnostic]
    /// The anchors the text defines, by name: the last definition of each.
    public var anchors: [String: YAMLAnchor] = [:]
    /// Whether a name was given to two anchors, so that an alias's node depends on its place.
    public var anchorRedefined = false
    /// The nodes aliases added by expansion, which `YAMLLimits.maxAliasExpansion` bounds.
    public var aliasExpansions = 0

    public init(root: Node?, diagnostics: [Diagnostic], anchors: [String: YAMLAnchor] = [:],
                anchorRedefined: Bool = false, aliasExpansions: Int = 0) {
        self.root = root
        self.diagnostics = diagnostics
        self.anchors = anchors
        self.anchorRedefined = anchorRedefined
        self.aliasExpansions = aliasExpansions
    }
}

/// An anchored node (`&name`), which aliases (`*name`) repeat.
public struct YAMLAnchor: Sendable {
    public var node: Node
    /// The nodes it holds, itself included.
    public var count: Int
    /// Where the anchored node starts.
    public var start: SourcePosition { node.range.start }

    /// This anchor with its positions on line `line` or below moved by `delta` lines.
    public func moved(by delta: Int, from line: Int) -> YAMLAnchor {
        YAMLAnchor(node: node.moved(by: delta, from: line), count: count)
    }
}

/// Parses YAML text with libyaml into a `Node` tree that keeps every source range.
///
/// Resolves anchors, aliases and merge keys (`<<`), rejects duplicate keys, and enforces
/// the limits of `YAMLLimits`. Scalars stay as text: the model decides what they mean.
public enum YAMLParser {
    /// Parses `bytes` (UTF-8, UTF-16 with a BOM) into a document.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLDocument {
        if bytes.count > limits.maxBytes {
            return YAMLDocument(root: nil, diagnostics: [
                .error(.yamlLimit, YAMLText.fileTooLarge(bytes: bytes.count, limit: limits.maxBytes), at: .fileStart)
            ])
        }
        var builder = TreeBuilder(limits: limits)
        bytes.withUnsafeBufferPointer { buffer in
            builder.run(buffer)
        }
        return builder.document
    }

    /// Parses whole lines cut from a longer text, `bytes[range]`, whose first line is line
    /// `firstLine` (from 0) of that text: the nodes' positions are those of the whole text.
    /// `depth` is how deeply the cut text's top node is nested in the whole, so that the depth
    /// limit falls where it would in the whole text. Aliases may name the `anchors` defined
    /// before the cut; the document's `anchors` are those the cut defines.
    public static func parse(
        _ bytes: [UInt8], lines range: Range<Int>, firstLine: Int, depth: Int, anchors: [String: YAMLAnchor], limits: YAMLLimits = .default
    ) -> YAMLDocument {
        var cutLimits = limits
        cutLimits.maxDepth = max(1, limits.maxDepth - depth)
        var builder = TreeBuilder(limits: cutLimits)
        builder.lineOffset = firstLine
        builder.known = anchors
        bytes.withUnsafeBufferPointer { buffer in
            builder.run(UnsafeBufferPointer(rebasing: buffer[range]))
        }
        return builder.document
    }

    /// Parses `bytes`, a text from which `count` whole lines were taken out after its line
    /// `line` (from 1): the positions are those of the text with the lines in place.
    public static func parse(_ bytes: [UInt8], removed count: Int, after line: Int, limits: YAMLLimits = .default) -> YAMLDocument {
        var builder = TreeBuilder(limits: limits)
        builder.gap = (line, count)
        bytes.withUnsafeBufferPointer { buffer in
            builder.run(buffer)
        }
        return builder.document
    }

    /// Parses `text` into a document.
    public static func parse(_ text: String, limits: YAMLLimits = .default) -> YAMLDocument {
        parse(Array(text.utf8), limits: limits)
    }

    /// Runs libyaml's event parser over `bytes` and builds nothing: the benchmark's baseline.
    /// Returns the number of events, or -1 on a syntax error.
    public static func countEvents(_ bytes: [UInt8]) -> Int {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return -1 }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> Int in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var count = 0
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return -1 }
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                count += 1
                if done { return count }
            }
        }
    }
}

// MARK: - Tree building

private struct TreeBuilder {
    private enum Kind {
        case mapping, sequence
    }

    /// A mapping or sequence being built.
    private struct Frame {
        var kind: Kind
        var start: SourcePosition
        var anchor: String?
        var tag: String?
        var pairs: [Node.Pair] = []
        var items: [Node] = []
        var pendingKey: Node?
        var keyIndex: [String: Int]?
        var merges: [Node] = []
        var nodeCount = 1
    }

    let limits: YAMLLimits
    var root: Node?
    var diagnostics: [Diagnostic] = []
    /// Lines before the parsed text, for a text cut from a longer one.
    var lineOffset = 0
    /// Lines taken out of the parsed text: after line `after` (from 1), `lines` of them.
    var gap = (after: Int.max, lines: 0)
    /// Anchors defined before the parsed text, for a text cut from a longer one.
    var known: [String: YAMLAnchor] = [:]
    private var anchorRedefined = false
    private var stack: [Frame] = []
    private var anchors: [String: YAMLAnchor] = [:]
    private var expanded = 0
    private var documents = 0
    private var failed = false

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    var document: YAMLDocument {
        YAMLDocument(root: root, diagnostics: diagnostics, anchors: anchors, anchorRedefined: anchorRedefined, aliasExpansions: expanded)
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            diagnostics.append(.error(.yamlLimit, YAMLText.parserOutOfMemory.message, at: .fileStart))
            return
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)

        var event = yaml_event_t()
        while !failed {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                reportParserError(parser, buffer)
                return
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { return }
            handle(event)
        }
    }

    // MARK: Events

    private mutating func handle(_ event: yaml_event_t) {
        let start = position(event.start_mark)
        let end = position(event.end_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                let range = SourceRange(start: start, end: end)
                fail(.yamlSyntax, YAMLText.moreThanOneDocument.message, at: range,
                     notes: [Diagnostic.Note(YAMLText.removeSecondDocument.message, at: range)])
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = string(data.value, Int(data.length))
            var style = scalarStyle(data.style)
            let tag = data.tag.map { String(cString: $0) }
            if style == .plain, tag == "tag:yaml.org,2002:str" || tag == "!" {
                style = .singleQuoted  // an explicit string tag keeps a plain scalar a string
            }
            let node = Node(.scalar(Scalar(text, style: style)), range: SourceRange(start: start, end: end), tag: tag)
            remember(anchor: data.anchor, node: node, count: 1)
            add(node, count: 1)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            push(Frame(kind: .sequence, start: start, anchor: data.anchor.map { String(cString: $0) },
                       tag: data.tag.map { String(cString: $0) }), at: SourceRange(start: start, end: end))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            var frame = Frame(kind: .mapping, start: start, anchor: data.anchor.map { String(cString: $0) },
                              tag: data.tag.map { String(cString: $0) })
            // A plan item has five to eight keys: room for eight up front saves three regrowths
            // and ends at the capacity growing would reach anyway.
            frame.pairs.reserveCapacity(8)
            push(frame, at: SourceRange(start: start, end: end))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            pop(end: end)
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            let range = SourceRange(start: start, end: end)
            guard let target = anchors[name] ?? known[name] else {
                fail(.yamlSyntax, YAMLText.unknownAlias(name: name), at: range,
                     notes: [Diagnostic.Note(YAMLText.defineAnchor(name: name))])
                return
            }
            expanded += target.count
            if expanded > limits.maxAliasExpansion {
                fail(.yamlLimit, YAMLText.aliasBomb(limit: limits.maxAliasExpansion), at: range)
                return
            }
            add(target.node, count: target.count)
        default:
            break
        }
    }

    private mutating func push(_ frame: Frame, at range: SourceRange) {
        if stack.count >= limits.maxDepth {
            fail(.yamlLimit, YAMLText.tooDeep(limit: limits.maxDepth), at: range)
            return
        }
        stack.append(frame)
    }

    private mutating func pop(end: SourcePosition) {
        guard var frame = stack.popLast() else { return }
        let range = SourceRange(start: frame.start, end: end)
        let node: Node
        switch frame.kind {
        case .sequence:
            node = Node(.sequence(frame.items), range: range, tag: frame.tag)
        case .mapping:
            applyMerges(&frame)
            node = Node(.mapping(frame.pairs), range: range, tag: frame.tag)
        }
        remember(anchor: frame.anchor, node: node, count: frame.nodeCount)
        add(node, count: frame.nodeCount)
    }

    private mutating func add(_ node: consuming Node, count: Int) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].nodeCount += count
        switch stack[top].kind {
        case .sequence:
            stack[top].items.append(node)
        case .mapping:
            // Moved, not copied: a tree of a large plan holds hundreds of thousands of nodes.
            if let key = stack[top].pendingKey.take() {
                addPair(key: key, value: node, to: top)
            } else {
                stack[top].pendingKey = node
            }
        }
    }

    private mutating func addPair(key: consuming Node, value: consuming Node, to top: Int) {
        guard let keyText = key.scalar?.text else {
            stack[top].pairs.append(Node.Pair(key: key, value: value))
            return
        }
        if keyText == "<<", key.scalar?.isPlain == true {
            stack[top].merges.append(value)
            return
        }
        if let first = indexOfKey(keyText, in: top) {
            let firstRange = stack[top].pairs[first].key.range
            if keyText == "id", top > 0, stack[top - 1].kind == .sequence {
                let id = value.scalar?.text ?? ""
                diagnostics.append(.error(
                    .yamlDuplicateKey, YAMLText.missingDash.message, at: key.range,
                    notes: [Diagnostic.Note(YAMLText.addDash(id: id)),
                            Diagnostic.Note(YAMLText.itemAboveStartsHere.message, at: firstRange)]))
                startLostItem(key: key, value: value)
                return
            }
            diagnostics.append(.error(
                .yamlDuplicateKey, YAMLText.duplicateKey(key: keyText), at: key.range,
                notes: [Diagnostic.Note(YAMLText.firstDefinedHere(key: keyText), at: firstRange),
                        Diagnostic.Note(YAMLText.keepOneKey(key: keyText))]))
            return
        }
        stack[top].pairs.append(Node.Pair(key: key, value: value))
        let newIndex = stack[top].pairs.count - 1
        stack[top].keyIndex?[keyText] = newIndex
    }

    /// A second `id:` in a list item is the next item without its `- `: the item so far ends
    /// here and the lost one starts, so that its keys are its own and no cycle, duplicate or
    /// unknown id follows from the one mistake.
    private mutating func startLostItem(key: consuming Node, value: consuming Node) {
        guard var item = stack.popLast() else { return }
        applyMerges(&item)
        let start = key.range.start
        let node = Node(.mapping(item.pairs), range: SourceRange(start: item.start, end: start), tag: item.tag)
        remember(anchor: item.anchor, node: node, count: item.nodeCount)
        add(node, count: item.nodeCount)
        var lost = Frame(kind: .mapping, start: start)
        lost.pairs.reserveCapacity(8)
        lost.pairs.append(Node.Pair(key: key, value: value))
        lost.nodeCount = 3
        stack.append(lost)
    }

    /// Linear search for small mappings; an index once a mapping grows large.
    private mutating func indexOfKey(_ key: String, in top: Int) -> Int? {
        if let index = stack[top].keyIndex { return index[key] }
        let pairs = stack[top].pairs
        if pairs.count < 16 {
            // Compare lengths first: `==` on two different strings takes a slow path.
            let length = key.utf8.count
            return pairs.firstIndex { pair in
                guard case .scalar(let scalar) = pair.key.content else { return false }
                return scalar.text.utf8.count == length && scalar.text == key
            }
        }
        var index: [String: Int] = [:]
        for (i, pair) in pairs.enumerated() {
            if let text = pair.key.scalar?.text, index[text] == nil { index[text] = i }
        }
        stack[top].keyIndex = index
        return index[key]
    }

    /// `<<: *base` or `<<: [*a, *b]`: keys not written out come from the merged mappings,
    /// earlier ones first.
    private mutating func applyMerges(_ frame: inout Frame) {
        guard !frame.merges.isEmpty else { return }
        var present = Set(frame.pairs.compactMap { $0.key.scalar?.text })
        var sources: [Node] = []
        for merge in frame.merges {
            switch merge.content {
            case .mapping: sources.append(merge)
            case .sequence(let items):
                for item in items {
                    if item.pairs != nil {
                        sources.append(item)
                    } else {
                        diagnostics.append(.error(.yamlSyntax, YAMLText.mergeTakesMappings(kind: item.kindMessage), at: item.range))
                    }
                }
            case .scalar:
                diagnostics.append(.error(.yamlSyntax, YAMLText.mergeTakesMappingOrList(kind: merge.kindMessage), at: merge.range))
            }
        }
        for source in sources {
            for pair in source.pairs ?? [] {
                guard let text = pair.key.scalar?.text else { continue }
                if present.insert(text).inserted {
                    frame.pairs.append(pair)
                }
            }
        }
        frame.keyIndex = nil
    }

    private mutating func remember(anchor: UnsafeMutablePointer<UInt8>?, node: Node, count: Int) {
        guard let anchor else { return }
        remember(anchor: String(cString: anchor), node: node, count: count)
    }

    private mutating func remember(anchor: String?, node: Node, count: Int) {
        guard let anchor else { return }
        if anchors[anchor] != nil || known[anchor] != nil { anchorRedefined = true }
        anchors[anchor] = YAMLAnchor(node: node, count: count)
    }

    private mutating func fail(_ rule: Rule, _ message: Message, at range: SourceRange, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(rule, message, at: range, notes: notes))
        failed = true
        root = nil
    }

    // MARK: Errors and positions

    private mutating func reportParserError(_ parser: yaml_parser_t, _ buffer: UnsafeBufferPointer<UInt8>) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let context = parser.context.map { String(cString: $0) }
        // libyaml's own words, kept as the last note for those who know YAML.
        let says = Diagnostic.Note(YAMLText.yamlSays(text: Message.verbatim(context.map { "\(problem) \($0)" } ?? problem)))
        let message: Message
        var notes: [Diagnostic.Note] = []
        var range: SourceRange
        switch parser.error {
        case YAML_READER_ERROR:
            range = Self.position(ofByte: parser.problem_offset, in: buffer)
            if problem.contains("control characters") {
                message = YAMLText.controlCharacters.message
                notes = [Diagnostic.Note(YAMLText.checkTheFile.message), says]
            } else {
                message = YAMLText.notUTF8.message
                notes = [Diagnostic.Note(YAMLText.saveAsUTF8.message), says]
            }
        case YAML_MEMORY_ERROR:
            range = .fileStart
            message = YAMLText.outOfMemory.message
        default:
            let mark = position(parser.problem_mark)
            range = SourceRange(start: mark, end: SourcePosition(line: mark.line, column: mark.column + 1))
            let contextMark = context.map { _ in position(parser.context_mark) }
            let found = YAMLAdvice.Problem(problem: problem, context: context, contextLine: contextMark?.line,
                                           line: mark.line, column: mark.column, contextColumn: contextMark?.column)
            if let advice = YAMLAdvice.advise(found, lines: Self.lines(buffer)) {
                message = advice.message
                notes = advice.notes + [says]
                range = advice.range ?? range
            } else {
                let advice = YAMLAdvice.plain(found)
                message = advice.message
                if let context, let start = contextMark, start != mark {
                    notes.append(Diagnostic.Note(YAMLText.startsHere(what: YAMLAdvice.contextWord(context)),
                                                 at: SourceRange(line: start.line, column: start.column)))
                }
                if problem.contains("unexpected ':'") {
                    notes.append(Diagnostic.Note(YAMLText.colonInBrackets.message))
                }
                notes += advice.notes + [says]
            }
        }
        diagnostics.append(.error(.yamlSyntax, message, at: range, notes: notes))
        root = nil
    }

    /// The file's lines without their line breaks (`\r\n` or `\n`) or a byte-order mark.
    private static func lines(_ buffer: UnsafeBufferPointer<UInt8>) -> [Substring] {
        var text = String(decoding: buffer, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // `\r\n` is one Character: split on both.
        return text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    private func position(_ mark: yaml_mark_t) -> SourcePosition {
        let line = Int(mark.line) + 1 + lineOffset
        return SourcePosition(line: line > gap.after ? line + gap.lines : line, column: Int(mark.column) + 1)
    }

    /// Line and column (in characters) of a byte offset, for reader errors that carry no mark.
    private static func position(ofByte offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> SourceRange {
        var line = 1
        var column = 1
        for byte in buffer.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceRange(line: line, column: column)
    }

    private func string(_ pointer: UnsafeMutablePointer<UInt8>?, _ length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private func scalarStyle(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
