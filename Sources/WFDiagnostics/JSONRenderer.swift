import WFLocalization
import WFJSON

/// One JSON object for scripts, keys always in this order:
///
/// ```json
/// {"files": 1, "errors": 1, "warnings": 0, "diagnostics": [
///   {"file": "q4.yaml", "line": 41, "column": 13, "end_line": 41, "end_column": 24,
///    "severity": "error", "rule": "unknown-reference", "message": "…",
///    "notes": [{"message": "did you mean 'bao-cao-quy'?", "line": null, "column": null}]}]}
/// ```
///
/// `files` is the number of files checked. Positions are 1-based and count characters;
/// `end_column` is exclusive. A note without a position has `null` line and column.
public struct JSONRenderer: DiagnosticRenderer {
    /// A renderer.
    public init() {}

    /// The JSON object, pretty-printed, ending with a newline.
    public func render(_ reports: [FileReport]) -> String {
        document(reports).serialized(indent: 2) + "\n"
    }

    func document(_ reports: [FileReport]) -> JSON {
        let diagnostics = reports.flatMap { report in
            report.sortedDiagnostics.map { Self.object($0, path: report.path, language: report.language) }
        }
        return .object([
            "files": .int(reports.count),
            "errors": .int(reports.errorCount),
            "warnings": .int(reports.warningCount),
            "diagnostics": .array(diagnostics),
        ])
    }

    static func object(_ diagnostic: Diagnostic, path: String, language: Language = .en) -> JSON {
        let range = diagnostic.range
        return .object([
            "file": .string(path),
            "line": .int(range.start.line),
            "column": .int(range.start.column),
            "end_line": .int(range.end.line),
            "end_column": .int(range.end.column),
            "severity": .string(diagnostic.severity.rawValue),
            "rule": .string(diagnostic.rule.rawValue),
            "message": .string(diagnostic.message.text(language)),
            "notes": .array(diagnostic.notes.map { note in
                .object([
                    "message": .string(note.message.text(language)),
                    "line": .int(note.range?.start.line),
                    "column": .int(note.range?.start.column),
                ])
            }),
        ])
    }
}
