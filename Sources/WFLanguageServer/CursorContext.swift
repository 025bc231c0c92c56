/// Where the cursor is in a plan, read from the lines above it rather than from the YAML tree,
/// so that it works in a half-typed document the parser rejects: the keys that lead to the
/// line (by indentation), and whether a key or a value is being typed.
struct CursorContext: Equatable {
    /// What is being typed.
    enum Slot: Equatable {
        /// A key of the mapping at `path`; `prefix` is what is typed of it.
        case key
        /// The value of `key` (an item of it, for a list); `prefix` is the value typed so far.
        case value(key: String)
    }

    /// Mapping keys from the top to the mapping the cursor is in, `-` for a list item.
    var path: [String]
    var slot: Slot
    /// The text typed on the line before the cursor, after the key's colon for a value.
    var prefix: String
    /// The 0-based line of the innermost list item the cursor is in (a step, a goal).
    var itemLine: Int?

    /// The word being typed at the end of the prefix: after a space, `[`, `,`, `{` or a quote.
    var word: String {
        String(prefix.reversed().prefix { !" [,{'\"\t".contains($0) }.reversed())
    }

    /// The expression typed so far inside an unclosed `${{`, or nil outside one; an `if:`
    /// value is an expression without the braces too.
    var expression: String? {
        guard case .value(let key) = slot else { return nil }
        if let open = prefix.range(of: "${{", options: .backwards) {
            let inside = prefix[open.upperBound...]
            return inside.contains("}}") ? nil : String(inside)
        }
        return key == "if" && !path.isEmpty ? prefix : nil
    }

    /// The context at a cursor on 0-based `line`, after the first `column` characters of it.
    init?(lines: (Int) -> String, line: Int, column: Int) {
        let text = Array(lines(line))
        let before = String(text.prefix(column))
        if Self.commentStarts(in: before) { return nil }
        var indent = before.prefix { $0 == " " }.count
        var rest = Substring(before.dropFirst(indent))
        var inItem = false
        while rest.hasPrefix("- ") || rest == "-" {
            inItem = true
            let spaces = rest.dropFirst().prefix { $0 == " " }.count
            indent += 1 + spaces
            rest = rest.dropFirst(1 + spaces)
        }
        var path: [String] = []
        var threshold = indent
        var itemLine: Int? = inItem ? line : nil
        if inItem { path.append("-") }
        // The keys above, each less indented than the last.
        var index = line - 1
        while index >= 0, threshold > 0 {
            defer { index -= 1 }
            let above = Array(lines(index))
            let lineIndent = above.prefix { $0 == " " }.count
            var content = Substring(String(above.dropFirst(lineIndent)))
            if content.isEmpty || content.hasPrefix("#") { continue }
            var keyIndent = lineIndent
            var dashes: [Int] = []
            while content.hasPrefix("- ") || content == "-" {
                dashes.append(keyIndent)
                let spaces = content.dropFirst().prefix { $0 == " " }.count
                keyIndent += 1 + spaces
                content = content.dropFirst(1 + spaces)
            }
            if let key = Self.key(of: content), keyIndent < threshold {
                path.append(key)
                threshold = keyIndent
            }
            for dash in dashes.reversed() where dash < threshold {
                path.append("-")
                threshold = dash
                if itemLine == nil { itemLine = index }
            }
        }
        self.path = path.reversed()
        self.itemLine = itemLine
        if let key = Self.key(of: rest), let colon = rest.firstIndex(of: ":") {
            slot = .value(key: key)
            prefix = String(rest[rest.index(after: colon)...].drop { $0 == " " })
        } else if inItem, FieldContext.target(of: self.path) == nil, let parent = self.path.dropLast().last {
            // `- ` in a list of values: an item of the parent key's list.
            self.path.removeLast()
            self.path.removeLast()
            slot = .value(key: parent)
            prefix = String(rest)
        } else if rest.contains(where: { $0 == "[" || $0 == "," }), let parent = self.path.last {
            // A flow list continued from the line above.
            self.path.removeLast()
            slot = .value(key: parent)
            prefix = String(rest)
        } else {
            slot = .key
            prefix = String(rest)
        }
    }

    /// The key of a `key:` or `key: value` line, or nil.
    static func key(of content: Substring) -> String? {
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let after = content[content.index(after: colon)...]
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        var key = content[..<colon]
        if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first {
            key = key.dropFirst().dropLast()
        }
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        return String(key)
    }

    /// Whether a comment has started before the cursor (a `#` at the start or after a space,
    /// outside quotes).
    static func commentStarts(in text: String) -> Bool {
        var quote: Character?
        var previous: Character = " "
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                if previous == " " || previous == "[" || previous == "," || previous == ":" { quote = character }
            } else if character == "#", previous == " " || previous == "\t" {
                return true
            }
            previous = character
        }
        return false
    }
}
