import WFDiagnostics
import WFLocalization

/// libyaml's errors turned into what a planner should do, from the text around the position.
enum YAMLAdvice {
    /// What libyaml reported, and where.
    struct Problem {
        /// libyaml's problem (`mapping values are not allowed in this context`).
        var problem: String
        /// libyaml's context (`while scanning a quoted scalar`), if any.
        var context: String?
        /// The 1-based line the context starts on.
        var contextLine: Int?
        /// 1-based line and column (in characters) of the problem.
        var line: Int
        var column: Int
        /// 1-based column of the context's start.
        var contextColumn: Int?
    }

    /// What to say instead of libyaml's words.
    struct Advice {
        var message: Message
        var notes: [Diagnostic.Note]
        /// Where the mistake is, when it is not where libyaml noticed it (a quote opened and
        /// never closed is reported where it opens, not at the end of the file).
        var range: SourceRange?

        init(_ message: Message, _ notes: [Diagnostic.Note], at range: SourceRange? = nil) {
            self.message = message
            self.notes = notes
            self.range = range
        }
    }

    /// A plain message and notes for the mistakes planners make most, or nil to keep to the
    /// general words of `plain(_:)`. `lines` are the file's lines without their line breaks.
    static func advise(_ found: Problem, lines: [Substring]) -> Advice? {
        let problem = found.problem
        let line = found.line
        let contextStart = found.contextLine.map { SourceRange(line: $0, column: found.contextColumn ?? 1) }
        // A quote opened and never closed: the error is at the end of the file, the mistake where it opens.
        if let context = found.context, context.contains("quoted scalar"), problem.contains("end of stream") || problem.contains("document"),
           let open = found.contextLine, open >= 1, open <= lines.count {
            let opening = lines[open - 1]
            // The context starts at the opening quote.
            let quote: Character = found.contextColumn.flatMap { character(in: opening, atColumn: $0) } == "'" ? "'" : "\""
            let fixed = String(opening.drop(while: { $0 == " " })) + String(quote)
            return Advice(YAMLText.quoteNeverClosed(line: open), [Diagnostic.Note(YAMLText.closeQuote(quote: quote, fixed: fixed))],
                          at: contextStart)
        }
        // `[a, b` or `{id: a` never closed: the error comes on a later line, the fix is on the opening one.
        if let context = found.context, context.contains("flow sequence") || context.contains("flow mapping"),
           problem.contains("did not find expected ','"), let open = found.contextLine, open >= 1, open <= lines.count {
            let fixed = String(trimmingTrailingSpaces(lines[open - 1]).drop(while: { $0 == " " }))
            return context.contains("sequence")
                ? Advice(YAMLText.listNotClosed(line: open), [Diagnostic.Note(YAMLText.closeList(fixed: fixed + "]"))], at: contextStart)
                : Advice(YAMLText.groupNotClosed(line: open), [Diagnostic.Note(YAMLText.closeGroup(fixed: fixed + "}"))], at: contextStart)
        }
        guard line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1]
        // `-id: a`: a dash without a space after it is not a list item.
        if let dashLine = dashWithoutSpace(before: line, lines: lines) {
            let item = lines[dashLine - 1]
            let indent = String(item.prefix(while: { $0 == " " }))
            return Advice(YAMLText.dashWithoutSpace(line: dashLine),
                    [Diagnostic.Note(YAMLText.writeDashSpace(fixed: "\(indent)- \(item.dropFirst(indent.count + 1))"),
                                     at: SourceRange(line: dashLine, column: indent.count + 1))])
        }
        // A tab in the indentation: YAML indents with spaces only.
        if let tabLine = tabIndentedLine(around: line, lines: lines), problem.contains("tab") || problem.contains("cannot start any token") {
            return Advice(YAMLText.tabIndent(line: tabLine),
                    [Diagnostic.Note(YAMLText.useSpaces.message, at: SourceRange(line: tabLine, column: 1))])
        }
        if problem.contains("cannot start any token"), let character = character(in: text, atColumn: found.column) {
            // `-<tab>id: a`: a tab where a space belongs.
            if character == "\t" {
                return Advice(YAMLText.tabInLine(line: line),
                        [Diagnostic.Note(YAMLText.replaceTab(fixed: String(text.replacing("\t", with: " "))),
                                         at: SourceRange(line: line, column: found.column))])
            }
            // `title: @lanh-dao`, `title: `x``: a value starting with a sign YAML keeps for itself.
            if let quoted = quotedValue(text, always: true) {
                return Advice(YAMLText.cannotStartValue(character: "'\(character)'"),
                        [Diagnostic.Note(YAMLText.quoteWholeValue(fixed: quoted))])
            }
        }
        // `title: * quan trọng`: a star starts a reference to a part marked with '&'.
        if problem.contains("did not find expected alphabetic or numeric character"), found.context?.contains("alias") == true,
           let quoted = quotedValue(text, always: true) {
            return Advice(YAMLText.cannotStartValue(character: "'*'"), [Diagnostic.Note(YAMLText.quoteWholeValue(fixed: quoted))])
        }
        // `title: Lấy ý kiến: các sở`: a colon and a space inside a plain value.
        if problem.contains("mapping values are not allowed") {
            if let quoted = quotedValue(text) {
                return Advice(YAMLText.colonInValue.message, [Diagnostic.Note(YAMLText.quoteWholeValue(fixed: quoted))])
            }
            // `     due: 2024-01-10` one space right of `title:`: a key indented too far joins the value above.
            if let advice = misindented(line, lines: lines) { return advice }
            // The value began on a line above and goes on to this one.
            if let (keyLine, key, quoted) = longValue(endingAt: line, lines: lines) {
                return Advice(YAMLText.colonInLongValue(key: key, line: line),
                        [Diagnostic.Note(YAMLText.quoteWholeValue(fixed: quoted), at: SourceRange(line: keyLine, column: 1))])
            }
        }
        // `due:2024-01-10`: no space after the colon, so the line is one plain value, not a key.
        if problem.contains("could not find expected ':'"), let keyLine = found.contextLine, keyLine >= 1, keyLine <= lines.count,
           let (key, fixed) = missingSpaceAfterColon(lines[keyLine - 1]) {
            return Advice(YAMLText.spaceAfterColon(key: key), [Diagnostic.Note(YAMLText.writeSpaceAfterColon(fixed: fixed))],
                          at: contextStart)
        }
        // `title Báo cáo quý`: a plan key, a space, and no colon.
        if problem.contains("could not find expected ':'"), let keyLine = found.contextLine, keyLine >= 1, keyLine <= lines.count,
           let (key, fixed) = missingColon(lines[keyLine - 1]) {
            return Advice(YAMLText.missingColon(line: keyLine, key: key), [Diagnostic.Note(YAMLText.writeColon(fixed: fixed))],
                          at: contextStart)
        }
        // `title: "Kế hoạch "quý" II"`: the second double quote closed the value.
        if problem.contains("did not find expected key") || problem.contains("did not find expected <document start>"),
           let advice = quoteInsideQuotes(text, column: found.column) {
            return advice
        }
        // `after: [a, b]]`: a closing bracket with nothing open.
        if problem.contains("did not find expected key") || problem.contains("did not find expected <document start>"),
           let bracket = character(in: text, atColumn: found.column), bracket == "]" || bracket == "}" {
            let open = bracket == "]" ? "[" : "{"
            return Advice(YAMLText.strayBracket(bracket: bracket, open: open),
                    [Diagnostic.Note(YAMLText.removeBracket(bracket: bracket, fixed: strayBracketFix(text, bracket: bracket)))])
        }
        // An indentation that matches no level above.
        if problem.contains("did not find expected") || problem.contains("could not find expected ':'") {
            return indentationAdvice(line, lines: lines)
        }
        return nil
    }

    /// For a line whose indentation matches no level above it: the level it should have.
    private static func indentationAdvice(_ line: Int, lines: [Substring]) -> Advice? {
        let text = lines[line - 1]
        let indent = indentation(text)
        // A list item lines up with the list items above it.
        let levels = text.drop(while: { $0 == " " }).hasPrefix("- ")
            ? listItemLevels(before: line, lines: lines) ?? enclosingLevels(before: line, lines: lines)
            : enclosingLevels(before: line, lines: lines)
        // The nearest level; of two as near, the deeper one (the line above is usually a sibling).
        guard !text.allSatisfy({ $0 == " " }), !levels.contains(indent),
              let nearest = levels.sorted(by: >).min(by: { abs($0 - indent) < abs($1 - indent) }) else { return nil }
        let at = SourceRange(line: line, column: 1)
        let how = nearest == 0 ? YAMLText.noIndent.message : YAMLText.indentBy(spaces: YAMLText.spaceCount(nearest))
        return Advice(YAMLText.indentMatchesNoLevel(line: line, spaces: YAMLText.spaceCount(indent)),
                      [Diagnostic.Note(how, at: at), Diagnostic.Note(YAMLText.startAtColumn(column: nearest + 1), at: at)])
    }

    /// A line `key: value` with a plan-style key (`due`, `owner`, `due_soon`) indented a little
    /// further than the key line above it: YAML reads it as the value going on, the planner
    /// meant a key of its own.
    private static func misindented(_ line: Int, lines: [Substring]) -> Advice? {
        let text = lines[line - 1]
        let trimmed = text.drop(while: { $0 == " " })
        guard let colon = trimmed.range(of: ": ") ?? (trimmed.hasSuffix(":") ? trimmed.index(before: trimmed.endIndex)..<trimmed.endIndex : nil)
        else { return nil }
        let key = trimmed[..<colon.lowerBound]
        guard isPlanKey(key),
              let above = lines[..<(line - 1)].last(where: { !$0.allSatisfy { $0 == " " } }),
              indentation(text) > indentation(above), indentation(text) - indentation(above) <= 3 else { return nil }
        return indentationAdvice(line, lines: lines)
    }

    /// The plain words for a libyaml problem no advice covers, with a note on what to check.
    static func plain(_ found: Problem) -> Advice {
        let problem = found.problem
        if problem.contains("did not find expected key") || problem.contains("could not find expected ':'") {
            return Advice(YAMLText.keyExpected(line: found.line), [Diagnostic.Note(YAMLText.checkIndentation.message)])
        }
        if problem.contains("did not find expected '-' indicator") {
            return Advice(YAMLText.dashExpected(line: found.line), [])
        }
        if problem.contains("block sequence entries are not allowed") {
            return Advice(YAMLText.listItemNotHere.message, [])
        }
        if problem.contains("did not find expected node content") {
            return Advice(YAMLText.valueMissing.message, [])
        }
        if problem.contains("end of stream") {
            return Advice(YAMLText.endsInsideValue.message, [])
        }
        return Advice(YAMLText.cannotRead.message, [])
    }

    /// The words for libyaml's context (`while scanning a quoted scalar` → `quoted value`).
    static func contextWord(_ context: String) -> Message {
        let words: [(String, YAMLText)] = [
            ("quoted scalar", .contextQuoted), ("flow sequence", .contextFlowList), ("flow mapping", .contextFlowGroup),
            ("block mapping", .contextBlockGroup), ("block collection", .contextBlockList),
            ("block sequence", .contextBlockList), ("simple key", .contextKey), ("plain scalar", .contextValue),
            ("block scalar", .contextTextBlock), ("anchor", .contextAnchor), ("alias", .contextAnchor),
            ("tag", .contextTag), ("directive", .contextDirective), ("node", .contextValue),
        ]
        if let word = words.first(where: { context.contains($0.0) }) { return word.1.message }
        var what = Substring(context.replacing("while parsing ", with: "").replacing("while scanning ", with: ""))
        for article in ["a ", "an "] where what.hasPrefix(article) { what = what.dropFirst(article.count) }
        return .verbatim(String(what))
    }

    // MARK: - Reading the lines

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

    /// The character at a 1-based column, if the line is that long.
    private static func character(in line: Substring, atColumn column: Int) -> Character? {
        guard column >= 1, column <= line.count else { return nil }
        return line[line.index(line.startIndex, offsetBy: column - 1)]
    }

    /// `    title: "Lấy ý kiến: các sở"` for `    title: Lấy ý kiến: các sở` (only when the value
    /// holds `: `, unless `always`).
    private static func quotedValue(_ line: Substring, always: Bool = false) -> String? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "-" })
        guard let colon = trimmed.range(of: ": ") else { return nil }
        let key = trimmed[..<colon.lowerBound]
        let value = trimmingTrailingSpaces(trimmed[colon.upperBound...]).drop(while: { $0 == " " })
        guard !key.isEmpty, !value.isEmpty, always || value.contains(": "), !value.hasPrefix("\""), !value.hasPrefix("'") else { return nil }
        return "\(key): \(quoted(value))"
    }

    /// `"…"` with backslashes and double quotes escaped.
    private static func quoted(_ value: some StringProtocol) -> String {
        "\"" + String(value).replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }

    /// For a plain value that starts on a `key: value` line above `line` and goes on over the
    /// lines below it: that line, the key, and the whole value quoted on one line.
    private static func longValue(endingAt line: Int, lines: [Substring]) -> (Int, String, String)? {
        let indent = indentation(lines[line - 1])
        var index = line - 1
        var pieces = [trimmingTrailingSpaces(lines[line - 1]).drop(while: { $0 == " " })]
        while index >= 1 {
            let text = lines[index - 1]
            index -= 1
            let trimmed = trimmingTrailingSpaces(text).drop(while: { $0 == " " })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            if indentation(text) >= indent {
                pieces.insert(trimmed, at: 0)
                continue
            }
            let keyed = trimmed.drop(while: { $0 == "-" || $0 == " " })
            guard let colon = keyed.range(of: ": ") else {
                pieces.insert(trimmed, at: 0)
                continue
            }
            let key = keyed[..<colon.lowerBound]
            let first = keyed[colon.upperBound...].drop(while: { $0 == " " })
            guard !key.isEmpty, !first.isEmpty, !first.hasPrefix("\""), !first.hasPrefix("'"), !first.hasPrefix("|"),
                  !first.hasPrefix(">") else { return nil }
            let value = ([first] + pieces).map(String.init).joined(separator: " ")
            return (index + 1, String(key), "\(key): \(quoted(value))")
        }
        return nil
    }

    /// `title` and `title: Báo cáo quý` for `    title Báo cáo quý`, when the first word is a
    /// plan-style key (`title`, `due_soon`).
    private static func missingColon(_ line: Substring) -> (String, String)? {
        let trimmed = trimmingTrailingSpaces(line).drop(while: { $0 == " " || $0 == "-" })
        guard !trimmed.contains(":"), let space = trimmed.firstIndex(of: " ") else { return nil }
        let key = trimmed[..<space]
        guard isPlanKey(key) else { return nil }
        let dash = line.drop(while: { $0 == " " }).hasPrefix("-") ? "- " : ""
        return (String(key), "\(dash)\(key): \(trimmed[space...].drop(while: { $0 == " " }))")
    }

    /// `due`, `due_soon`, `x-chung`: lower-case ASCII letters, digits, `_` and `-`.
    private static func isPlanKey(_ key: Substring) -> Bool {
        guard let first = key.first, ("a"..."z").contains(first) else { return false }
        return key.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    /// `due` and `due: 2024-01-10` for `    due:2024-01-10`.
    private static func missingSpaceAfterColon(_ line: Substring) -> (String, String)? {
        let trimmed = trimmingTrailingSpaces(line).drop(while: { $0 == " " || $0 == "-" })
        guard let colon = trimmed.firstIndex(of: ":"), !trimmed[..<colon].contains(" ") else { return nil }
        let key = trimmed[..<colon]
        let value = trimmed[trimmed.index(after: colon)...]
        guard !key.isEmpty, let first = value.first, first != " ", !key.hasPrefix("\""), !key.hasPrefix("'") else { return nil }
        let dash = line.drop(while: { $0 == " " }).hasPrefix("-") ? "- " : ""
        return (String(key), "\(dash)\(key): \(value)")
    }

    /// `title: 'Kế hoạch "quý" II'` for `title: "Kế hoạch "quý" II"`, when the error is after a
    /// double-quoted value that closed before the line's last double quote.
    private static func quoteInsideQuotes(_ line: Substring, column: Int) -> Advice? {
        let trimmed = trimmingTrailingSpaces(line).drop(while: { $0 == " " || $0 == "-" })
        guard let colon = trimmed.range(of: ": ") else { return nil }
        let key = trimmed[..<colon.lowerBound]
        let value = trimmed[colon.upperBound...].drop(while: { $0 == " " })
        // The value is the end of the line: where it starts, and where the error is in it.
        let errorOffset = column - (trimmingTrailingSpaces(line).count - value.count + 1)
        guard !key.isEmpty, value.hasPrefix("\""), value.count >= 2, errorOffset > 1, errorOffset < value.count else { return nil }
        // `"Kế hoạch "quý" II"`: quotes inside quotes; `"A"B`: text after the closing quote.
        let inside = value.hasSuffix("\"") && value.filter({ $0 == "\"" }).count >= 4
        let message = inside ? YAMLText.quoteInsideQuotes.message : YAMLText.textAfterQuote.message
        let text = inside ? value.dropFirst().dropLast() : value
        if !text.contains("'") {
            return Advice(message, [Diagnostic.Note(YAMLText.useSingleQuotes(fixed: "\(key): '\(text)'"))])
        }
        return Advice(message, [Diagnostic.Note(YAMLText.escapeQuotes(fixed: "\(key): \(quoted(text))"))])
    }

    /// The line without its stray bracket; a list written without `[` gets both brackets.
    private static func strayBracketFix(_ line: Substring, bracket: Character) -> String {
        let text = String(trimmingTrailingSpaces(line).drop(while: { $0 == " " }))
        guard let colon = text.range(of: ": ") else { return text }
        var value = String(text[colon.upperBound...])
        if value.last == bracket { value.removeLast() }
        if bracket == "]", !value.hasPrefix("[") { value = "[" + value + "]" }
        return String(text[..<colon.upperBound]) + value
    }

    private static func trimmingTrailingSpaces(_ text: Substring) -> Substring {
        var text = text
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }

    private static func indentation(_ line: Substring) -> Int {
        line.prefix(while: { $0 == " " }).count
    }

    /// The indentations of the list items (`- `) above `line`, up to the key that holds the
    /// list; nil when there are none.
    private static func listItemLevels(before line: Int, lines: [Substring]) -> Set<Int>? {
        var levels: Set<Int> = []
        for text in lines[..<(line - 1)].reversed() {
            let trimmed = text.drop(while: { $0 == " " })
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            if trimmed.hasPrefix("- ") {
                levels.insert(indentation(text))
            } else if let lowest = levels.min(), indentation(text) <= lowest, !levels.isEmpty {
                break
            }
        }
        return levels.isEmpty ? nil : levels
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
