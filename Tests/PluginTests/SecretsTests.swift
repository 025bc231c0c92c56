import Foundation
import NotifyPeers
import Testing
import WFPluginAPI

@Suite("Secrets: masking")
struct SecretsTests {
    /// Masking as it was written before the byte search: every value, longest first, searched
    /// and replaced character by character. The byte search must not change what it masks.
    static func reference(_ text: String, _ values: [String]) -> String {
        var masks: Set<String> = []
        for value in values where !value.isEmpty {
            masks.insert(value)
            for line in value.split(whereSeparator: \.isNewline) where line.count >= 3 { masks.insert(String(line)) }
        }
        var result = text
        for value in masks.sorted(by: { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }) where result.contains(value) {
            result = result.replacing(value, with: "***")
        }
        return result
    }

    @Test("every secret is masked, wherever it is, and texts without one come back as they were")
    func knownCases() {
        // A character search finds "K;" in the Kelvin sign and the Greek question mark; so must masking.
        #expect(Secrets(["A": "K;"]).mask("x \u{212A}\u{037E} y") == Self.reference("x \u{212A}\u{037E} y", ["K;"]))
        let secrets = Secrets(["TOKEN": "s3cr3t", "PASS": "mật khẩu", "KEY": "line-one\nline-two"])
        #expect(secrets.mask("token=s3cr3t; again s3cr3t") == "token=***; again ***")
        #expect(secrets.mask("Mật khẩu: mật khẩu.") == "Mật khẩu: ***.")
        #expect(secrets.mask("a line-one b line-two c") == "a *** b *** c")
        #expect(secrets.mask("nothing here: s3cr, 3t, Sở Nội vụ") == "nothing here: s3cr, 3t, Sở Nội vụ")
        #expect(Secrets().mask("s3cr3t") == "s3cr3t")
    }

    @Test("the byte search masks what character-by-character masking masks", arguments: [1, 2, 3] as [UInt64])
    func sameAsCharacterSearch(seed: UInt64) {
        var random = SplitMix64(state: seed)
        // Secrets next to combining marks (a different character in Swift), CR LF, Vietnamese.
        // And the characters canonically equal to ASCII ones: KELVIN SIGN, GREEK QUESTION MARK, VARIA.
        let pieces = ["ab", "c", "abc", "\u{301}", "\r", "\n", "\r\n", "é", "e\u{301}", "ế", " ", "x",
                      "K", "\u{212A}", ";", "\u{037E}", "`", "\u{1FEF}"]
        for _ in 0..<500 {
            func text(_ count: ClosedRange<Int>) -> String {
                (0..<Int.random(in: count, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            }
            let values = [text(1...3), text(1...2)]
            let secrets = Secrets(["A": values[0], "B": values[1]])
            let sample = text(0...16)
            #expect(secrets.mask(sample) == Self.reference(sample, values), "\(sample.debugDescription) with \(values)")
            // What the runner relies on to keep a node's outputs as they are.
            if !secrets.mayAppear(in: sample) { #expect(secrets.mask(sample) == sample) }
        }
    }
}
