import WFCalendar
import WFDiagnostics
import WFYAML

/// Bytes to put in place of a range of the file.
struct Splice: Sendable, Hashable {
    var range: Range<Int>
    var replacement: [UInt8]
    /// The line of the change, for messages.
    var line: Int
}

/// Works out the one splice that makes an ``ItemEdit`` on one item mapping.
struct MappingEditor {
    let offsets: SourceOffsets
    let item: Node
    let id: String

    var bytes: [UInt8] { offsets.bytes }

    /// The splice for `edit`, or nil when the item already has that status.
    func splice(for edit: ItemEdit) throws(ItemEditError) -> Splice? {
        switch edit {
        case .done:
            if let pair = ownPair("done"), pair.value.items != nil { throw .listNeedsPeriod(id, example: exampleLabel(pair.value)) }
            if ownPair("done") == nil, inherited("done")?.scalar == Scalar("true") { return nil }
            return try set("done", to: "true", keepQuotes: false)
        case .undone:
            if let pair = ownPair("done"), pair.value.items != nil { throw .listNeedsPeriod(id, example: exampleLabel(pair.value)) }
            if ownPair("done") == nil, inherited("done")?.scalar != Scalar("true") { return nil }
            return try set("done", to: "false", keepQuotes: false)
        case .progress(let fraction):
            return try set("progress", to: ItemEdit.percentText(fraction), keepQuotes: true)
        case .addPeriod(let period):
            return try add(period)
        case .removePeriod(let period):
            return try remove(period)
        }
    }

    // MARK: - Keys

    /// The pair for `key` written in the item itself, not brought in by a merge key.
    func ownPair(_ key: String) -> Node.Pair? {
        item.pairs?.first { $0.key.scalar?.text == key && isInItem($0.key) }
    }

    /// The value a merge key (`<<`) gives `key` when the item does not write it.
    func inherited(_ key: String) -> Node? {
        item.pairs?.first { $0.key.scalar?.text == key && !isInItem($0.key) }?.value
    }

    private func isInItem(_ node: Node) -> Bool {
        node.range.start >= item.range.start && node.range.start < item.range.end
    }

    /// True when `value` is written after its key (an alias's node carries its anchor's range).
    func isWrittenAt(_ pair: Node.Pair) -> Bool {
        pair.value.range.start >= pair.key.range.end
    }

    func offset(_ position: SourcePosition) throws(ItemEditError) -> Int {
        guard let offset = offsets.offset(of: position) else { throw .unsafe(id) }
        return offset
    }

    /// True for a flow collection (`{ … }`, `[ … ]`).
    func isFlow(_ node: Node) throws(ItemEditError) -> Bool {
        let start = try offset(node.range.start)
        return start < bytes.count && (bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "["))
    }

    // MARK: - Setting a scalar

    /// Sets `key` to the plain `text`: the value replaced in place (in the quotes it had when
    /// `keepQuotes`), or the key inserted when the item does not write it.
    func set(_ key: String, to text: String, keepQuotes: Bool) throws(ItemEditError) -> Splice? {
        guard let pair = ownPair(key) else { return try insert(key, text) }
        guard isWrittenAt(pair) else { throw .aliasValue(key, id) }
        guard let scalar = pair.value.scalar else { throw .notScalar(key, id) }
        var written = text
        switch scalar.style {
        case .literal, .folded: throw .blockScalar(key, id)
        case .doubleQuoted where keepQuotes: written = "\"\(text)\""
        case .singleQuoted where keepQuotes: written = "'\(text)'"
        case .plain, .doubleQuoted, .singleQuoted: break
        }
        if scalar.text == text, scalar.style == .plain || keepQuotes { return nil }
        return try replace(pair.value, with: written)
    }

    /// Replaces a scalar's text; an empty value (`done:`) gets a space before the new text.
    func replace(_ value: Node, with text: String) throws(ItemEditError) -> Splice {
        let start = try offset(value.range.start)
        let end = try offset(value.range.end)
        let empty = start == end
        return Splice(range: start..<end, replacement: Array(((empty ? " " : "") + text).utf8), line: value.range.start.line)
    }

    /// Inserts `key: text` into the item.
    func insert(_ key: String, _ text: String) throws(ItemEditError) -> Splice {
        let entry = "\(key): \(text)"
        if try isFlow(item) {
            // `{ id: a, title: …, due: … }`: at the end, before `}`.
            guard let last = item.pairs?.last(where: { isInItem($0.key) }), isWrittenAt(last) else { throw .noPlace(key, id) }
            let end = try offset(max(last.key.range.end, last.value.range.end))
            return Splice(range: end..<end, replacement: Array(", \(entry)".utf8), line: last.value.range.end.line)
        }
        // An item without `due:` (ongoing work) takes it after its title, or its id.
        let siblings = key == "done" ? ["progress", "due", "title", "id"] : ["done", "due", "title", "id"]
        for anchorKey in siblings {
            guard let pair = ownPair(anchorKey), isWrittenAt(pair), let scalar = pair.value.scalar,
                  scalar.style != .literal, scalar.style != .folded else { continue }
            return try insertLine(entry, after: pair)
        }
        throw .noPlace(key, id)
    }

    /// A new line `entry` at the indentation of `pair`'s key, after the line its value ends on.
    private func insertLine(_ entry: String, after pair: Node.Pair) throws(ItemEditError) -> Splice {
        let keyStart = try offset(pair.key.range.start)
        let line = pair.key.range.start.line
        // Only spaces and a sequence entry's '-' may come before the key on its line.
        let prefix = bytes[offsets.lineStarts[line - 1]..<keyStart]
        guard prefix.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "\t") }) else {
            throw .noPlace(entry, id)
        }
        let indent = String(repeating: " ", count: pair.key.range.start.column - 1)
        let lastLine = max(pair.key.range.end.line, pair.value.range.end.line)
        return newLine(indent + entry, afterLine: lastLine)
    }

    /// Inserts `text` as a whole new line after `line`, with that line's line break.
    func newLine(_ text: String, afterLine line: Int) -> Splice {
        if let next = offsets.startOfLine(after: line) {
            let lineBreak = offsets.lineBreak(endingLine: line) ?? offsets.dominantLineBreak
            return Splice(range: next..<next, replacement: Array(text.utf8) + lineBreak, line: line + 1)
        }
        // The last line of a file without a final line break: keep it without one.
        return Splice(range: bytes.count..<bytes.count, replacement: offsets.dominantLineBreak + Array(text.utf8), line: line + 1)
    }

    /// A period of the list (or the current month's form) for the `--period` example.
    private func exampleLabel(_ list: Node) -> String {
        list.items?.last?.scalar?.text ?? "2025-01"
    }
}
