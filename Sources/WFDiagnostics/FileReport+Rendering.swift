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
    /// It reads UTF-8 bytes: a newline is always a grapheme of its own (or "\r\n"), so this
    /// equals splitting Characters on `isNewline`, without grapheme breaking.
    public static func split(_ text: String) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        // A native string's UTF-8 indices are O(1) to make.
        return bounds(text).map { start, end in
            text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
        }
    }

    /// Where each line of `text` starts and ends (before its newline), as UTF-8 offsets, for
    /// a reader that needs only a few of its lines as Substrings.
    public static func bounds(_ text: String) -> [(start: Int, end: Int)] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var bounds: [(start: Int, end: Int)] = []
            var lineStart = 0
            var index = 0
            while index < bytes.count {
                let length = newlineLength(bytes, at: index)
                if length == 0 {
                    index += 1
                    continue
                }
                bounds.append((lineStart, index))
                index += length
                lineStart = index
            }
            bounds.append((lineStart, bytes.count))
            return bounds
        } ?? []
    }

    /// The length in bytes of the newline at `index` (LF, VT, FF, CR, CR LF, NEL, LS, PS), or 0.
    private static func newlineLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        func byte(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return byte(1) == 0x0A ? 2 : 1
        case 0xC2: return byte(1) == 0x85 ? 2 : 0
        case 0xE2: return byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9) ? 3 : 0
        default: return 0
        }
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
