import Foundation
import WFCore

/// Declared secrets' values, and masking of them in every text that leaves the run.
public struct Secrets: Sendable {
    public let values: [String: String]
    /// Values to mask, longest first, each also line by line for multi-line secrets.
    private let masked: [Mask]

    /// A value to mask, and its UTF-8 when a byte search can rule it out (see ``mask(_:)``).
    private struct Mask: Sendable {
        let value: String
        let asciiBytes: [UInt8]?
    }

    public init(_ values: [String: String] = [:]) {
        self.values = values
        var masks: Set<String> = []
        for value in values.values where !value.isEmpty {
            masks.insert(value)
            for line in value.split(whereSeparator: \.isNewline) where line.count >= 3 {
                masks.insert(String(line))
            }
        }
        // Longest first, and equally long ones in one order, so that overlapping values are
        // masked the same way in every run.
        self.masked = masks.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }.map { value in
            Mask(value: value, asciiBytes: value.utf8.allSatisfy { $0 < 0x80 } ? Array(value.utf8) : nil)
        }
    }

    public subscript(name: String) -> String? { values[name] }

    /// Whether there is nothing to mask: then masking may skip a text without reading it.
    public var isEmpty: Bool { masked.isEmpty }

    /// `text` with every secret value replaced by `***`.
    ///
    /// A run masks every note, output and report it writes, and almost none holds a secret.
    /// An ASCII secret's characters are single bytes, so a text whose bytes do not contain the
    /// secret's bytes does not contain the secret either: a byte search rules it out, and only
    /// a text that may hold it is searched character by character as before.
    public func mask(_ text: String) -> String {
        guard !masked.isEmpty else { return text }
        var result = text
        let byteSearch = Self.byteSearchDecides(text)
        for mask in masked where !(byteSearch && Self.ruledOut(mask, in: result)) {
            guard result.contains(mask.value) else { continue }
            result = result.replacing(mask.value, with: "***")
        }
        return result
    }

    /// Whether masking could change `text`: false when every secret is ruled out by the byte
    /// search, so that a caller holding many texts (a node's outputs) need not rebuild them.
    public func mayAppear(in text: String) -> Bool {
        guard Self.byteSearchDecides(text) else { return !masked.isEmpty }
        return masked.contains { !Self.ruledOut($0, in: text) }
    }

    /// Whether the byte search rules `mask` out of `text`: an ASCII value whose bytes `text` lacks.
    private static func ruledOut(_ mask: Mask, in text: String) -> Bool {
        guard let bytes = mask.asciiBytes else { return false }
        return !utf8(of: text, contains: bytes)
    }

    /// The UTF-8 of the three characters Unicode makes canonically equal to an ASCII one:
    /// KELVIN SIGN (`K`), GREEK QUESTION MARK (`;`), GREEK VARIA (`` ` ``).
    private static let asciiEquivalents: [[UInt8]] = [[0xE2, 0x84, 0xAA], [0xCD, 0xBE], [0xE1, 0xBF, 0xAF]]

    /// Whether the byte search can rule an ASCII secret out of `text`: unless the text holds
    /// one of ``asciiEquivalents``, which a character search matches and a byte search would not.
    private static func byteSearchDecides(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return true }
        return !asciiEquivalents.contains { utf8(of: text, contains: $0) }
    }

    /// Whether `text`'s UTF-8 contains `needle` (not empty): each place its first byte occurs
    /// (`everyOccurrence`, a `memchr` walk) is compared with the rest.
    private static func utf8(of text: String, contains needle: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { haystack in
            needle.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let wanted = needle.baseAddress, haystack.count >= needle.count
                else { return false }
                let last = haystack.count - needle.count
                return !haystack.everyOccurrence(of: wanted.pointee) { at in
                    at > last || memcmp(base + at, wanted, needle.count) != 0
                }
            }
        }
    }
}
