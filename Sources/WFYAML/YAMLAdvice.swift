import WFDiagnostics

/// libyaml's errors turned into what a planner should do, from the text around the position.
enum YAMLAdvice {
    /// A plain message and notes for the mistakes planners make most, or nil to keep libyaml's.
    /// `line` and `column` are 1-based (columns in characters); `lines` are the file's lines.
    static func advise(problem: String, context: String? = nil, contextLine: Int? = nil, line: Int, column: Int,
                       lines: [Substring]) -> (String, [Diagnostic.Note])? {
        // A quote opened and never closed: the error is at the end of the file, the mistake where it opens.
        if let context, context.contains("quoted scalar"), problem.contains("end of stream") || problem.contains("document"),
           let open = contextLine, open >= 1, open <= lines.count {
            let opening = lines[open - 1]
            let quote: Character = opening.contains("\"") ? "\"" : "'"
            return ("the quote opened on line \(open) is never closed",
                    [Diagnostic.Note("end the value with \(quote) on the same line: \(String(opening.drop(while: { $0 == " " })))\(quote)",
                                     at: SourceRange(line: open, column: 1))])
        }
        guard line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1]
        // `-id: a`: a dash without a space after it is not a list item.
        if let dashLine = dashWithoutSpace(before: line, lines: lines) {
            let item = lines[dashLine - 1]
            let indent = String(item.prefix(while: { $0 == " " }))
            return ("line \(dashLine) starts with '-' but no space after it, so it is not a list item",
                    [Diagnostic.Note("write '- ' with a space: \(indent)- \(item.dropFirst(indent.count + 1))",
                                     at: SourceRange(line: dashLine, column: indent.count + 1))])
        }
        // A tab in the indentation: YAML indents with spaces only.
        if let tabLine = tabIndentedLine(around: line, lines: lines), problem.contains("tab") || problem.contains("cannot start any token") {
            return ("line \(tabLine) is indented with a tab; YAML indents with spaces only",
                    [Diagnostic.Note("replace the tab with spaces, as many as the lines around it use",
                                     at: SourceRange(line: tabLine, column: 1))])
        }
        // `title: Lấy ý kiến: các sở`: a colon and a space inside a plain value.
        if problem.contains("mapping values are not allowed") {
            if let quoted = quotedValue(text) {
                return ("the value holds ': ', which YAML reads as the start of another key",
                        [Diagnostic.Note("put the whole value in quotes: \(quoted)")])
            }
        }
        // An indentation that matches no level above.
        if problem.contains("did not find expected") || problem.contains("could not find expected ':'") {
            let indent = indentation(text)
            let levels = enclosingLevels(before: line, lines: lines)
            // The nearest level; of two as near, the deeper one (the line above is usually a sibling).
            if !text.allSatisfy({ $0 == " " }), !levels.contains(indent),
               let nearest = levels.sorted(by: >).min(by: { abs($0 - indent) < abs($1 - indent) }) {
                return ("line \(line) is indented by \(indent) space\(indent == 1 ? "" : "s"), which matches no level above it",
                        [Diagnostic.Note("indent it by \(nearest) spaces, like the line it belongs with",
                                         at: SourceRange(line: line, column: 1))])
            }
        }
        return nil
    }

    /// This line or the nearest non-blank line above it, when it starts with `-` and a letter.
    private static func dashWithoutSpace(before line: Int, lines: [Substring]) -> Int? {
        var index = line
        while index >= 1 {
            let trimmed = lines[index - 1].drop(while: { $0 == " " })
            if !trimmed.isEmpty {
                if trimmed.first == "-", let next = trimmed.dropFirst().first, next.isLetter { return index }
                if index < line { return nil }
            }
            index -= 1
        }
        return nil
    }

    /// The line (this one or the one before) whose leading whitespace holds a tab.
    private static func tabIndentedLine(around line: Int, lines: [Substring]) -> Int? {
        for candidate in [line, line - 1] where candidate >= 1 && candidate <= lines.count {
            if lines[candidate - 1].prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") { return candidate }
        }
        return nil
    }

    /// `    title: "Lấy ý kiến: các sở"` for `    title: Lấy ý kiến: các sở`.
    private static func quotedValue(_ line: Substring) -> String? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "-" })
        guard let colon = trimmed.range(of: ": ") else { return nil }
        let key = trimmed[..<colon.lowerBound]
        var value = trimmed[colon.upperBound...]
        while value.last == " " { value = value.dropLast() }
        guard !key.isEmpty, value.contains(": "), !value.hasPrefix("\""), !value.hasPrefix("'") else { return nil }
        let escaped = value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
        return "\(key): \"\(escaped)\""
    }

    private static func indentation(_ line: Substring) -> Int {
        line.prefix(while: { $0 == " " }).count
    }

    /// The indentations of the keys and list items above `line` that could contain it: the
    /// nearest non-blank line's and each smaller one going up.
    private static func enclosingLevels(before line: Int, lines: [Substring]) -> Set<Int> {
        var levels: Set<Int> = []
        var smallest = Int.max
        var index = line - 2
        while index >= 0, smallest > 0 {
            let text = lines[index]
            index -= 1
            let trimmed = text.drop(while: { $0 == " " })
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let indent = indentation(text)
            guard indent < smallest || levels.isEmpty else { continue }
            levels.insert(indent)
            // Inside a list item, its keys sit after "- ".
            if trimmed.hasPrefix("- ") { levels.insert(indent + 2) }
            smallest = min(smallest, indent)
        }
        return levels
    }
}
