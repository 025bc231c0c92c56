import WFDiagnostics
import WFLocalization

// The renderer tests render diagnostics of any text: plain strings stand for their messages,
// the same in both languages. Production code builds its messages from the catalog.

extension Diagnostic {
    init(_ severity: Severity, _ rule: Rule, _ message: String, at range: SourceRange, notes: [Note] = []) {
        self.init(severity, rule, Message.verbatim(message), at: range, notes: notes)
    }

    static func error(_ rule: Rule, _ message: String, at range: SourceRange, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, rule, Message.verbatim(message), at: range, notes: notes)
    }

    static func warning(_ rule: Rule, _ message: String, at range: SourceRange, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, rule, Message.verbatim(message), at: range, notes: notes)
    }
}

extension Diagnostic.Note {
    init(_ message: String, at range: SourceRange? = nil) {
        self.init(Message.verbatim(message), at: range)
    }
}
