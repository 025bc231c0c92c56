public import WFLocalization

/// A workflow file's path and text, with the diagnostics found in it.
public struct FileReport: Sendable {
    public var path: String
    /// The language its messages are shown in (`Language.choose`: `--lang`, `WF_LANG`, the
    /// plan's `lang:`, the locale).
    public var language: Language = .en
    /// The file's text, for excerpts in human output (empty when the file was unreadable).
    public var text: String
    public var diagnostics: [Diagnostic]

    public init(path: String, text: String, diagnostics: [Diagnostic]) {
        self.path = path
        self.text = text
        self.diagnostics = diagnostics
    }

    /// The file's lines. Split on demand: most files have nothing to show.
    public var lines: [Substring] { SourceLines.split(text) }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
