// MARK: - Conveniences for renderers

extension FileReport {
    /// The diagnostics in source order; diagnostics at the same position keep their order.
    public var sortedDiagnostics: [Diagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            .map(\.element)
    }
}

extension Array where Element == FileReport {
    /// The number of errors in all the reports.
    public var errorCount: Int { reduce(0) { $0 + $1.errorCount } }
    /// The number of warnings in all the reports.
    public var warningCount: Int { reduce(0) { $0 + $1.warningCount } }
}

/// The lines of a file as the YAML reader numbers them.
///
/// `FileReport` splits its text at `"\n"` only, and Swift reads `"\r\n"` as one Character,
/// so a file with Windows line ends arrives as one line. libyaml breaks lines at `\r\n`,
/// `\r`, `\n` and the Unicode line breaks, and skips a byte-order mark: split again the same
/// way, so that line and column numbers find the right text.
public enum SourceLines {
    /// The lines of `text`. "\r\n" is one Character, so this splits on any newline, not only "\n".
    public static func split(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    static func normalized(_ lines: [Substring]) -> [Substring] {
        var result = lines
        if let first = result.first, first.first == "\u{FEFF}" {
            result[0] = first.dropFirst()
        }
        let hasExtraBreaks = result.contains { line in
            line.utf8.contains(13) || line.unicodeScalars.contains { ["\u{85}", "\u{2028}", "\u{2029}"].contains($0) }
        }
        guard hasExtraBreaks else { return result }
        return result.flatMap { $0.split(omittingEmptySubsequences: false, whereSeparator: isExtraBreak) }
    }

    private static func isExtraBreak(_ c: Character) -> Bool {
        c == "\r\n" || c == "\r" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}"
    }
}
