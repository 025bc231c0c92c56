import WFLocalization

/// Compiler-style output for people: a located header, the source line, a caret under the
/// range, then the notes.
///
/// ```
/// workflows/q4-plan.yaml:41:13: error: step 'gui-lanh-dao' needs unknown id 'bao-cao-qui' [unknown-reference]
///    41 |     needs: [bao-cao-qui]
///       |             ^~~~~~~~~~~
/// note: did you mean 'bao-cao-quy'?
/// ```
public struct HumanRenderer: DiagnosticRenderer {
    /// Whether to use ANSI colours and bold.
    public var color: Bool
    /// Source lines longer than this many characters are shown as a window around the range.
    public var maxLineWidth: Int

    /// A renderer, without colour unless asked.
    public init(color: Bool = false, maxLineWidth: Int = 200) {
        self.color = color
        self.maxLineWidth = max(maxLineWidth, 40)
    }

    /// Whether human output should be coloured when nothing is asked on the command line: on
    /// a terminal, unless `NO_COLOR` is set to anything non-empty (https://no-color.org);
    /// into anything when `FORCE_COLOR` is set (but not to `0` or `false`); never when `TERM`
    /// is `dumb`.
    public static func wantsColor(isTerminal: Bool, environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if let force = environment["FORCE_COLOR"] { return force != "0" && force.lowercased() != "false" }
        if environment["TERM"] == "dumb" { return false }
        return isTerminal
    }

    /// Every diagnostic with its excerpt and notes, file by file, in source order; no summary.
    public func render(_ reports: [FileReport]) -> String {
        var output = ""
        for report in reports where !report.diagnostics.isEmpty {
            let lines = SourceLines.normalized(report.lines)
            for diagnostic in report.sortedDiagnostics {
                output += render(diagnostic, path: report.path, lines: lines, language: report.language)
            }
        }
        return output
    }

    /// One diagnostic with its excerpt and notes, each line ending with a newline.
    func render(_ diagnostic: Diagnostic, path: String, lines: [Substring], language: Language) -> String {
        let style = ANSIStyle(enabled: color)
        let shownLines = [diagnostic.range.start.line] + diagnostic.notes.compactMap { $0.range?.start.line }
        let gutter = max(5, String(shownLines.max() ?? 1).count + 1)
        let severity: ANSIStyle.Role = diagnostic.severity == .error ? .error : .warning

        var text = style.apply(.location, "\(TerminalText.escapingControls(path)):\(diagnostic.range.start):")
            + " " + style.apply(severity, diagnostic.severity.label.text(language) + ":")
            + " " + style.apply(.message, TerminalText.escapingControls(diagnostic.message.text(language)))
            + " [\(diagnostic.rule.rawValue)]\n"
        text += excerpt(diagnostic.range, lines: lines, gutter: gutter, style: style)
        for note in diagnostic.notes {
            let message = TerminalText.escapingControls(note.message.text(language))
            let label = DiagnosticText.noteLabel.message.text(language) + ":"
            if let range = note.range {
                text += style.apply(.location, "\(TerminalText.escapingControls(path)):\(range.start):")
                    + " " + style.apply(.note, label) + " " + message + "\n"
                text += excerpt(range, lines: lines, gutter: gutter, style: style)
            } else {
                text += style.apply(.note, label) + " " + message + "\n"
            }
        }
        return text
    }
}
