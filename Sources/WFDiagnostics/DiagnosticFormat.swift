import WFLocalization
/// The output formats of diagnostics, as chosen with `--format`.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// Compiler style, with source excerpts and carets: for people at a terminal.
    case human
    /// GitHub Actions workflow commands (`::error file=…`): annotations on a pull request.
    case github
    /// One JSON object with counts and every diagnostic: for scripts.
    case json
    /// SARIF 2.1.0: for code-scanning services and editors.
    case sarif

    /// The renderer for this format; `color` only matters to `human`, `sourceRoot` to `sarif`.
    public func renderer(color: Bool = false, sourceRoot: SourceRoot? = nil) -> any DiagnosticRenderer {
        switch self {
        case .human: HumanRenderer(color: color)
        case .github: GitHubRenderer()
        case .json: JSONRenderer()
        case .sarif: SARIFRenderer(sourceRoot: sourceRoot)
        }
    }
}

/// Turns the diagnostics of a set of files into text in one output format.
public protocol DiagnosticRenderer: Sendable {
    /// The text to print for `reports`: ends with a newline unless it is empty.
    func render(_ reports: [FileReport]) -> String
}

/// Renders the diagnostics of `reports` in `format`; `color` only matters to `human`.
///
/// Within a file, diagnostics come in source order (stable for equal positions). The human
/// format leaves out the summary: print `summaryLine(_:color:)` where you want it.
public func render(_ reports: [FileReport], format: DiagnosticFormat, color: Bool, sourceRoot: SourceRoot? = nil) -> String {
    format.renderer(color: color, sourceRoot: sourceRoot).render(reports)
}

/// The closing line of human output: `2 errors and 1 warning in 3 files`, or
/// `no problems found in 5 files`. The file count is the number of files checked.
public func summaryLine(_ reports: [FileReport], color: Bool = false, language: Language = .en) -> String {
    let errors = reports.reduce(0) { $0 + $1.errorCount }
    let warnings = reports.reduce(0) { $0 + $1.warningCount }
    let files = DiagnosticText.fileCount(reports.count)
    let style = ANSIStyle(enabled: color)
    let errorText = style.apply(.error, DiagnosticText.errorCount(errors).text(language))
    let warningText = style.apply(.warning, DiagnosticText.warningCount(warnings).text(language))
    let line: Message
    switch (errors, warnings) {
    case (0, 0):
        return style.apply(.success, DiagnosticText.noProblems(files: files).text(language))
    case (_, 0):
        line = DiagnosticText.problemsIn(problems: errorText, files: files)
    case (0, _):
        line = DiagnosticText.problemsIn(problems: warningText, files: files)
    default:
        line = DiagnosticText.problemsIn(problems: DiagnosticText.errorsAndWarnings(errors: errorText, warnings: warningText),
                                         files: files)
    }
    return line.text(language)
}
