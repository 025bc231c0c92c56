public import WFLocalization

/// How bad a diagnostic is.
public enum Severity: String, Sendable, Hashable, Comparable {
    case error, warning

    public static func < (a: Self, b: Self) -> Bool { a == .warning && b == .error }

    /// `error` / `lỗi`, `warning` / `cảnh báo`: the word people read (machine formats keep
    /// `rawValue`).
    public var label: Message {
        self == .error ? DiagnosticText.errorLabel.message : DiagnosticText.warningLabel.message
    }
}

/// A problem found in a workflow file: plain data, rendered by one of the renderers.
public struct Diagnostic: Sendable, Hashable {
    /// Extra information attached to a diagnostic, optionally at a location of its own.
    public struct Note: Sendable, Hashable {
        public var message: Message
        public var range: SourceRange?
        /// For a "did you mean" note: the text that would replace the diagnostic's whole range,
        /// so that an editor can offer the fix (`wf lsp`'s quick fixes).
        public var replacement: String?

        public init(_ message: Message, at range: SourceRange? = nil, replacement: String? = nil) {
            self.message = message
            self.range = range
            self.replacement = replacement
        }
    }

    public var severity: Severity
    public var rule: Rule
    /// What is wrong, in both languages; the renderer picks the report's language.
    public var message: Message
    public var range: SourceRange
    public var notes: [Note]

    public init(
        _ severity: Severity, _ rule: Rule, _ message: Message, at range: SourceRange,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.range = range
        self.notes = notes
    }

    /// An error diagnostic.
    public static func error(
        _ rule: Rule, _ message: Message, at range: SourceRange, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.error, rule, message, at: range, notes: notes)
    }

    /// A warning diagnostic.
    public static func warning(
        _ rule: Rule, _ message: Message, at range: SourceRange, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.warning, rule, message, at: range, notes: notes)
    }
}

extension Diagnostic.Note {
    /// A "did you mean" note, or nil when there is no suggestion. `replacement` is the text
    /// that replaces the diagnostic's whole range when that is more than the suggestion itself
    /// (the suggestion by default).
    public static func didYouMean(_ suggestion: String?, replacing replacement: ((String) -> String)? = nil) -> Diagnostic.Note? {
        suggestion.map { Diagnostic.Note(DiagnosticText.didYouMean(suggestion: $0), replacement: replacement?($0) ?? $0) }
    }
}

/// A diagnostic can stand for a failure, e.g. a file that cannot be read.
extension Diagnostic: Error {}
