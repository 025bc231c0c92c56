import Foundation

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
        for mask in masked {
            if byteSearch, let bytes = mask.asciiBytes, !Self.utf8(of: result, contains: bytes) { continue }
            guard result.contains(mask.value) else { continue }
            result = result.replacing(mask.value, with: "***")
        }
        return result
    }

    /// Whether masking could change `text`: false when every secret is ruled out by the byte
    /// search, so that a caller holding many texts (a node's outputs) need not rebuild them.
    public func mayAppear(in text: String) -> Bool {
        guard Self.byteSearchDecides(text) else { return !masked.isEmpty }
        return masked.contains { mask in mask.asciiBytes.map { Self.utf8(of: text, contains: $0) } ?? true }
    }

    /// Whether the byte search can rule an ASCII secret out of `text`: unless the text holds
    /// one of the three characters Unicode makes canonically equal to an ASCII one (KELVIN
    /// SIGN to `K`, GREEK QUESTION MARK to `;`, GREEK VARIA to `` ` ``), which a character
    /// search matches and a byte search would not.
    private static func byteSearchDecides(_ text: String) -> Bool {
        let kelvin: [UInt8] = [0xE2, 0x84, 0xAA], question: [UInt8] = [0xCD, 0xBE], varia: [UInt8] = [0xE1, 0xBF, 0xAF]
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return true }
        return !utf8(of: text, contains: kelvin) && !utf8(of: text, contains: question) && !utf8(of: text, contains: varia)
    }

    /// Whether `text`'s UTF-8 contains `needle` (not empty): `memchr` finds each place its
    /// first byte occurs, `memcmp` compares the rest.
    private static func utf8(of text: String, contains needle: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { haystack in
            needle.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let wanted = needle.baseAddress, haystack.count >= needle.count
                else { return false }
                let last = haystack.count - needle.count
                var start = 0
                while start <= last {
                    guard let found = memchr(base + start, Int32(wanted.pointee), last - start + 1) else { return false }
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + index, wanted, needle.count) == 0 { return true }
                    start = index + 1
                }
                return false
            }
        }
    }
}
