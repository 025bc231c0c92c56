import Testing
import WFDiagnostics

/// `SourceLines.split` reads bytes for speed; it must cut exactly where splitting Characters on
/// `isNewline` does, for every kind of newline and next to multi-byte text.
@Suite("source lines")
struct SourceLinesTests {
    static let pieces = ["a", "Nhiệm vụ", "", " ", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
                         "e\u{301}", "🇻🇳", "\u{2027}", "\u{C2}", "tab\t", "\u{FEFF}"]

    @Test("splits where Character.isNewline splits", arguments: 0..<200)
    func sameAsCharacters(seed: Int) {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        var text = ""
        for _ in 0..<(seed % 13) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text += Self.pieces[Int(state >> 33) % Self.pieces.count]
        }
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        #expect(SourceLines.split(text) == expected, "text: \(text.debugDescription)")
    }

    @Test("a file without a newline is one line; a final newline ends with an empty line")
    func edges() {
        #expect(SourceLines.split("") == [""])
        #expect(SourceLines.split("wf: 1") == ["wf: 1"])
        #expect(SourceLines.split("a\r\nb\n") == ["a", "b", ""])
    }
}
