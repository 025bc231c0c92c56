// MARK: - Source excerpts

extension HumanRenderer {
    /// The source line of `range` and a caret line under it, or nothing when the line is not
    /// in the file (an unreadable file, or a position past its end).
    ///
    /// Columns count Characters. `^` marks the start column and `~` runs to the end of the
    /// range; a range over several lines is underlined to the end of its first line.
    func excerpt(_ range: SourceRange, lines: [Substring], gutter: Int, style: ANSIStyle) -> String {
        let number = range.start.line
        guard number >= 1, number <= lines.count else { return "" }
        if lines.count == 1, lines[0].isEmpty { return "" }  // an empty or unreadable file
        let source = lines[number - 1].map(TerminalText.displayable)

        let start = max(range.start.column - 1, 0)
        let end = range.end.line == range.start.line ? range.end.column - 1 : source.count
        var caretStart = start
        var caretLength = max(1, min(end, source.count) - start)
        var shown = source[...]
        var prefix = "", suffix = ""

        // A long line: a window around the start of the range, with … marking what is cut.
        if source.count > maxLineWidth {
            let width = maxLineWidth - 2
            let lower = max(0, min(start - width / 3, source.count - width))
            let upper = min(source.count, lower + width)
            shown = source[lower..<upper]
            prefix = lower > 0 ? "…" : ""
            suffix = upper < source.count ? "…" : ""
            caretStart = start - lower + prefix.count
            caretLength = max(1, min(caretLength, upper - start + suffix.count))
        }

        let numberText = String(number)
        let lineNumber = String(repeating: " ", count: max(0, gutter - numberText.count)) + numberText
        let blank = String(repeating: " ", count: gutter)
        let code = prefix + String(shown) + suffix
        let carets = "^" + String(repeating: "~", count: caretLength - 1)
        return lineNumber + " |" + (code.isEmpty ? "" : " " + code) + "\n"
            + blank + " | " + String(repeating: " ", count: caretStart) + style.apply(.caret, carets) + "\n"
    }
}
