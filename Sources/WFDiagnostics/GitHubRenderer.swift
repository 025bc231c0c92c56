import WFLocalization
/// GitHub Actions workflow commands: one `::error` or `::warning` line per diagnostic, which
/// GitHub shows as an annotation on the file and line.
///
/// ```
/// ::error file=workflows/q4-plan.yaml,line=41,col=13,endLine=41,endColumn=24,title=unknown-reference::step 'gui-lanh-dao' needs unknown id 'bao-cao-qui'%0Anote: did you mean 'bao-cao-quy'?
/// ```
///
/// Columns are sent only for a range on one line, as GitHub's annotations allow; `endColumn`
/// is exclusive, like `SourceRange`. Notes follow the message, one per line.
public struct GitHubRenderer: DiagnosticRenderer {
    /// A renderer.
    public init() {}

    /// One workflow command per diagnostic, file by file, in source order.
    public func render(_ reports: [FileReport]) -> String {
        var output = ""
        for report in reports {
            for diagnostic in report.sortedDiagnostics {
                output += command(diagnostic, path: report.path, language: report.language) + "\n"
            }
        }
        return output
    }

    /// The workflow command for one diagnostic, without the newline.
    func command(_ diagnostic: Diagnostic, path: String, language: Language = .en) -> String {
        let range = diagnostic.range
        var properties = [("file", path), ("line", String(range.start.line))]
        if range.start.line == range.end.line {
            properties.append(("col", String(range.start.column)))
        }
        properties.append(("endLine", String(range.end.line)))
        if range.start.line == range.end.line {
            properties.append(("endColumn", String(range.end.column)))
        }
        properties.append(("title", diagnostic.rule.rawValue))

        var message = diagnostic.message.text(language)
        let label = DiagnosticText.noteLabel.message.text(language)
        for note in diagnostic.notes {
            message += "\n"
            if let noteRange = note.range { message += "\(path):\(noteRange.start): " }
            message += "\(label): \(note.message.text(language))"
        }
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(diagnostic.severity.rawValue) \(list)::\(Self.escapeData(message))"
    }

    // MARK: - Escaping (as in @actions/core's command.ts)

    /// A command's message: `%`, `\r` and `\n` become `%25`, `%0D` and `%0A`.
    public static func escapeData(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A property value: as `escapeData`, and `:` and `,` become `%3A` and `%2C`.
    public static func escapeProperty(_ text: String) -> String {
        var result = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
