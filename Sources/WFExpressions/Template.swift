import WFDiagnostics

/// A string with `${{ … }}` expressions in it, split into text and expressions.
public struct Template: Sendable, Hashable {
    /// A run of plain text or one `${{ … }}` placeholder.
    public enum Segment: Sendable, Hashable {
        /// Text copied as is.
        case text(String)
        /// A placeholder: its parsed expression, its source between the braces (trimmed),
        /// and the Characters the whole `${{ … }}` covers in the template string.
        case expression(Expression, source: String, offset: Int, length: Int)
    }

    /// The segments in order; adjacent text is merged and empty text left out.
    public var segments: [Segment]

    /// A template made of the given segments.
    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// True when the template has no expression (a placeholder that failed to parse is
    /// kept as text, and reported by ``parse(_:)``).
    public var isPlainText: Bool {
        expressions.isEmpty
    }

    /// True when the whole string is one `${{ … }}`, with only whitespace around it.
    public var isSingleExpression: Bool {
        var count = 0
        for segment in segments {
            switch segment {
            case .text(let text) where text.allSatisfy(\.isWhitespace): continue
            case .text: return false
            case .expression: count += 1
            }
        }
        return count == 1
    }

    /// The parsed expressions, in order.
    public var expressions: [Expression] {
        segments.compactMap { if case .expression(let expression, _, _, _) = $0 { expression } else { nil } }
    }
}

// MARK: - Evaluation

extension Template {
    /// The string with every expression replaced by its value's text.
    public func render(in context: some EvaluationContext) throws(EvaluationError) -> String {
        var output = ""
        for segment in segments {
            switch segment {
            case .text(let text): output += text
            case .expression(let expression, _, _, _): output += try evaluate(expression, in: context).description
            }
        }
        return output
    }

    /// The typed value of a single-expression template (`${{ steps.a.outputs.count }}` is a
    /// number); otherwise the rendered string.
    public func value(in context: some EvaluationContext) throws(EvaluationError) -> ExpressionValue {
        if isSingleExpression, let expression = expressions.first {
            return try evaluate(expression, in: context)
        }
        return .string(try render(in: context))
    }
}

extension String {
    /// Whether the text holds `${{`, the start of an expression.
    public var containsExpressionMarker: Bool { containsASCII("${{") }
}
