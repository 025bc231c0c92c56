import WFLocalization
/// `# wf-ignore: RULE, …` comments, which silence rules on one line of a workflow file.
///
/// - `# wf-ignore: RULE[, RULE…]` silences those rules for diagnostics whose range starts on
///   the line of the comment.
/// - `# wf-ignore-next-line: RULE[, RULE…]` does the same for the line below the comment.
///
/// Rule names are separated by commas or spaces; text after ` -- ` is a free reason. As in
/// YAML, `#` starts a comment at the start of a line or after a space or a tab, and not
/// inside a quoted scalar (`'…'` or `"…"` on the line). Lines are not parsed as YAML, so a
/// trailing comment inside a block scalar (`run: |`) counts too.
public enum IgnoreComments {
    /// The diagnostics that no ignore comment in `lines` silences, in their order.
    public static func filter(_ diagnostics: [Diagnostic], lines: [Substring]) -> [Diagnostic] {
        let silenced = silencedRules(in: lines)
        guard !silenced.isEmpty else { return diagnostics }
        return diagnostics.filter { diagnostic in
            !(silenced[diagnostic.range.start.line]?.contains(diagnostic.rule) ?? false)
        }
    }

    /// The diagnostics that no ignore comment in `text` silences, followed by warnings for
    /// names in those comments that are not rules. A file without "wf-ignore" is not split
    /// into lines at all.
    public static func apply(to diagnostics: [Diagnostic], text: String) -> [Diagnostic] {
        guard text.containsASCII("wf-ignore") else { return diagnostics }
        let lines = SourceLines.split(text)
        return filter(diagnostics, lines: lines) + unknownRules(in: lines)
    }

    /// For each line (1-based) that an ignore comment applies to, the rules it silences.
    public static func silencedRules(in lines: [Substring]) -> [Int: Set<Rule>] {
        var result: [Int: Set<Rule>] = [:]
        for directive in directives(in: lines) {
            result[directive.targetLine, default: []].formUnion(directive.names.compactMap { Rule(named: $0.text) })
        }
        return result
    }

    /// Warnings for the rule names in ignore comments that name no rule, with a suggestion.
    public static func unknownRules(in lines: [Substring]) -> [Diagnostic] {
        directives(in: lines).flatMap { directive in
            directive.names.filter { Rule(named: $0.text) == nil }.map { name in
                Diagnostic.warning(
                    .invalidValue, DiagnosticText.ignoreUnknownRule(name: name.text),
                    at: SourceRange(line: directive.line, column: name.column, endColumn: name.column + name.text.count),
                    notes: [Diagnostic.Note.didYouMean(closestRule(to: String(name.text))),
                            Diagnostic.Note(DiagnosticText.ignoreRulesHelp.message)]
                        .compactMap { $0 })
            }
        }
    }

    // MARK: - Finding the comments

    /// One ignore comment: where it is, the line it silences, and the names it gives.
    struct Directive: Equatable {
        struct Name: Equatable {
            var text: Substring
            /// 1-based column of the name in its line.
            var column: Int
        }

        var line: Int
        var targetLine: Int
        var names: [Name]
    }

    static func directives(in lines: [Substring]) -> [Directive] {
        var result: [Directive] = []
        for (index, line) in SourceLines.normalized(lines).enumerated() where line.contains("#") {
            guard let comment = commentStart(in: line) else { continue }
            let body = line[line.index(after: comment)...]
            let text = body.drop { $0 == " " || $0 == "\t" }
            let (directive, offset): (Substring, Int)
            if text.hasPrefix("wf-ignore-next-line:") {
                (directive, offset) = (text.dropFirst("wf-ignore-next-line:".count), 1)
            } else if text.hasPrefix("wf-ignore:") {
                (directive, offset) = (text.dropFirst("wf-ignore:".count), 0)
            } else {
                continue
            }
            let names = ruleNames(in: directive, of: line)
            result.append(Directive(line: index + 1, targetLine: index + 1 + offset, names: names))
        }
        return result
    }

    /// The names in `list` (a slice of `line`), up to ` -- ` or a second `#`.
    private static func ruleNames(in list: Substring, of line: Substring) -> [Directive.Name] {
        var names: [Directive.Name] = []
        var end = list.endIndex
        if let reason = list.firstRange(of: " --") { end = reason.lowerBound }
        if let hash = list[..<end].firstIndex(of: "#") { end = hash }
        var current = list.startIndex
        while current < end {
            let c = list[current]
            if c == "," || c.isWhitespace {
                current = list.index(after: current)
                continue
            }
            let start = current
            while current < end, list[current] != ",", !list[current].isWhitespace {
                current = list.index(after: current)
            }
            names.append(Directive.Name(text: list[start..<current], column: line.distance(from: line.startIndex, to: start) + 1))
        }
        return names
    }

    /// The index of the `#` that starts the line's comment, if it has one: at the start of the
    /// line or after white space, outside `'…'` and `"…"` scalars.
    static func commentStart(in line: Substring) -> Substring.Index? {
        var quote: Character?
        var previous: Character?
        var lastToken: Character?  // the last character outside quotes that is not white space
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if let open = quote {
                if c == open {
                    let next = line.index(after: index)
                    if open == "'", next < line.endIndex, line[next] == "'" {
                        index = line.index(after: next)  // '' is a quote inside '…'
                        previous = "'"
                        continue
                    }
                    quote = nil
                } else if c == "\\", open == "\"" {
                    index = line.index(after: index)  // skip the escaped character
                    if index < line.endIndex { previous = line[index]; index = line.index(after: index) }
                    continue
                }
            } else if c == "#", previous.map(\.isWhitespace) ?? true {
                return index
            } else if c == "'" || c == "\"",
                      previous.map({ $0.isWhitespace || "[{,".contains($0) }) ?? true,
                      lastToken.map({ ":-[{,?".contains($0) }) ?? true {
                quote = c  // a quoted scalar starts where a value can start
            }
            if quote == nil, !c.isWhitespace { lastToken = c }
            previous = c
            index = line.index(after: index)
        }
        return nil
    }

    private static func closestRule(to name: String) -> String? {
        let name = name.lowercased()
        let scored = Rule.allCases.map { ($0.rawValue, editDistance(name, $0.rawValue)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previousDiagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previousDiagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                previousDiagonal = above
            }
        }
        return row[b.count]
    }
}

extension FileReport {
    /// The report without the diagnostics that its `# wf-ignore:` comments silence.
    public func applyingIgnoreComments() -> FileReport {
        var report = self
        if text.containsASCII("wf-ignore") {
            report.diagnostics = IgnoreComments.filter(diagnostics, lines: lines)
        }
        return report
    }
}
