/// A workflow file's path and text, with the diagnostics found in it.
public struct FileReport: Sendable {
    public var path: String
    /// The file's lines, for excerpts in human output (empty when the file was unreadable).
    public var lines: [Substring]
    public var diagnostics: [Diagnostic]

    public init(path: String, text: String, diagnostics: [Diagnostic]) {
        self.path = path
        // "\r\n" is one Character, so split on any newline, not only "\n".
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        self.diagnostics = diagnostics
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
