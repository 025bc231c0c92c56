import WFDiagnostics
import WFJSON
import WFLocalization

// MARK: - Quick fixes

extension LanguageServer {
    /// For each diagnostic in the range: its "did you mean" fixes, and a `# wf-ignore: RULE`
    /// comment that silences it on its line.
    mutating func codeActions(_ params: JSON) throws(RequestError) -> JSON {
        let uri = try params.documentURI()
        let range = try params.member("range")
        let start = try range.member("start").position()
        let end = try range.member("end").position()
        let (document, analysis) = try analysis(uri, symbols: false)
        let lower = document.sourcePosition(start, encoding: encoding)
        let upper = document.sourcePosition(end, encoding: encoding)
        var actions: [JSON] = []
        for diagnostic in analysis.diagnostics where diagnostic.range.start <= upper && lower <= diagnostic.range.end {
            let lspDiagnostic = lspDiagnostic(diagnostic, in: document, language: analysis.language)
            for note in diagnostic.notes {
                guard let replacement = note.replacement else { continue }
                let target = unquoted(diagnostic.range, in: document, replacement: replacement)
                actions.append(action(EditorText.replaceWith(text: replacement).text(analysis.language), diagnostic: lspDiagnostic, preferred: actions.isEmpty,
                                      edit: edit(uri, target, replacement, document)))
            }
            if diagnostic.rule != .io, let comment = ignoreEdit(diagnostic, in: document) {
                actions.append(action(EditorText.ignoreRule(rule: diagnostic.rule.rawValue).text(analysis.language), diagnostic: lspDiagnostic, preferred: false,
                                      edit: edit(uri, comment.range, comment.text, document)))
            }
        }
        return .array(actions)
    }

    private func action(_ title: String, diagnostic: JSON, preferred: Bool, edit: JSON) -> JSON {
        ["title": .string(title), "kind": "quickfix", "diagnostics": [diagnostic], "isPreferred": .bool(preferred), "edit": edit]
    }

    private func edit(_ uri: String, _ range: SourceRange, _ text: String, _ document: TextDocument) -> JSON {
        let textEdit: JSON = ["range": document.lspRange(range, encoding: encoding), "newText": .string(text)]
        let changes: JSON = .object([(uri, .array([textEdit]))])
        return ["changes": changes]
    }

    /// The range without its quotes when it is a quoted scalar: the fix keeps the quotes.
    private func unquoted(_ range: SourceRange, in document: TextDocument, replacement: String) -> SourceRange {
        guard range.start.line == range.end.line else { return range }
        let line = Array(document.line(range.start.line - 1).unicodeScalars)
        let lower = range.start.column - 1, upper = range.end.column - 1
        guard lower >= 0, upper <= line.count, upper - lower >= 2 else { return range }
        let first = line[lower], last = line[upper - 1]
        guard first == last, first == "\"" || first == "'", replacement.unicodeScalars.first != first else { return range }
        return SourceRange(line: range.start.line, column: range.start.column + 1, endColumn: range.end.column - 1)
    }

    /// The text to add for `# wf-ignore: RULE`: appended to a comment already there, at the end
    /// of the line otherwise.
    private func ignoreEdit(_ diagnostic: Diagnostic, in document: TextDocument) -> (range: SourceRange, text: String)? {
        let lineNumber = diagnostic.range.start.line
        let line = document.line(lineNumber - 1)
        let length = line.unicodeScalars.count
        let end = SourceRange(line: lineNumber, column: length + 1, endColumn: length + 1)
        if line.contains("# wf-ignore:") {
            return (end, ", " + diagnostic.rule.rawValue)
        }
        if CursorContext.commentStarts(in: line) {
            // Another comment ends the line: say it on a line of its own above.
            let indent = String(line.prefix { $0 == " " })
            return (SourceRange(line: lineNumber, column: 1, endColumn: 1),
                    indent + "# wf-ignore-next-line: " + diagnostic.rule.rawValue + "\n")
        }
        return (end, (line.hasSuffix(" ") ? "" : " ") + "# wf-ignore: " + diagnostic.rule.rawValue)
    }
}
