import Foundation

/// The encodings of Internet mail headers and bodies: RFC 2045 base64, RFC 2047
/// encoded-words, RFC 2231 parameters and RFC 5322 folding.
enum MIMEEncoding {
    /// The longest header line we write, CRLF excluded (RFC 5322 recommends 78).
    static let lineLimit = 76
    /// An encoded-word's longest length (RFC 2047 §2).
    static let encodedWordLimit = 75
    /// `=?UTF-8?B?` and `?=`.
    private static let wordOverhead = "=?UTF-8?B?".count + "?=".count

    // MARK: - base64

    /// Bytes as base64 in lines of 76 characters, each ended by CRLF.
    static func base64Lines(_ data: Data) -> String {
        let encoded = data.base64EncodedString()
        var out = ""
        out.reserveCapacity(encoded.count + encoded.count / 38 + 2)
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            out += encoded[index..<end] + "\r\n"
            index = end
        }
        return out
    }

    // MARK: - RFC 2047 encoded-words

    /// True when `text` can stand in a header as it is: printable ASCII, no `=?`.
    static func isPlainHeaderText(_ text: String) -> Bool {
        !text.contains("=?") && text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7f }
    }

    /// `text` as UTF-8 base64 encoded-words, none longer than `wordLimit` (at most 75) characters
    /// and the first no longer than `firstLimit`; a character's bytes are never split between words.
    static func encodedWords(_ text: String, firstLimit: Int = encodedWordLimit, limit wordLimit: Int = encodedWordLimit) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        func maxBytes(_ limit: Int) -> Int { (max(limit, wordOverhead + 4) - wordOverhead) / 4 * 3 }
        var limit = maxBytes(firstLimit)
        func flush() {
            guard !chunk.isEmpty else { return }
            words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=")
            chunk = []
            limit = maxBytes(wordLimit)
        }
        for character in text {
            let bytes = Array(String(character).utf8)
            if bytes.count > limit {
                // A grapheme longer than a word (rare: long emoji sequences): split by scalar.
                for scalar in character.unicodeScalars {
                    let scalarBytes = Array(String(scalar).utf8)
                    if chunk.count + scalarBytes.count > limit { flush() }
                    chunk += scalarBytes
                }
                continue
            }
            if chunk.count + bytes.count > limit { flush() }
            chunk += bytes
        }
        flush()
        return words.isEmpty ? ["=?UTF-8?B??="] : words
    }

    /// A whole header field, `Name: value` folded with CRLF SP so no line exceeds 76
    /// characters where it can be helped; non-ASCII values become encoded-words.
    static func header(_ name: String, _ value: String) -> String {
        let value = singleLine(value)
        let prefix = name + ": "
        if isPlainHeaderText(value) {
            return prefix + foldPlain(value, firstLineUsed: prefix.count)
        }
        let words = encodedWords(value, firstLimit: lineLimit - prefix.count)
        return prefix + words.joined(separator: "\r\n ")
    }

    /// Plain text folded at spaces so lines stay within the limit (a longer word stays whole).
    static func foldPlain(_ value: String, firstLineUsed: Int) -> String {
        var out = ""
        var used = firstLineUsed
        for (index, word) in value.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index == 0 {
                out += word
                used += word.count
            } else if used + 1 + word.count > lineLimit, used > 1 {
                out += "\r\n " + word
                used = 1 + word.count
            } else {
                out += " " + word
                used += 1 + word.count
            }
        }
        return out
    }

    /// A display name as an RFC 5322 phrase: quoted ASCII, or encoded-words.
    static func phrase(_ name: String) -> String {
        let name = singleLine(name)
        if isPlainHeaderText(name) {
            return "\"" + name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        }
        return encodedWords(name).joined(separator: " ")
    }

    /// Header text on one line: CR, LF and other controls become spaces (no header injection).
    static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7f ? " " : $0 }))
    }

    // MARK: - RFC 2231 parameters

    /// `name="value"` for ASCII, else `name*=UTF-8''…` percent-encoded, split into
    /// `name*0*=`, `name*1*=`… continuations when long. Each returned piece is one parameter.
    static func parameter(_ name: String, _ value: String) -> [String] {
        let value = singleLine(value)
        if isPlainHeaderText(value), value.count <= 60 {
            return ["\(name)=\"" + value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""]
        }
        let encoded = percentEncoded(value)
        let firstPrefix = "UTF-8''"
        if firstPrefix.count + encoded.joined().count <= 60 {
            return ["\(name)*=" + firstPrefix + encoded.joined()]
        }
        var pieces: [String] = []
        var current = firstPrefix
        for token in encoded {
            if current.count + token.count > 60, current != firstPrefix {
                pieces.append(current)
                current = ""
            }
            current += token
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces.enumerated().map { "\(name)*\($0.offset)*=\($0.element)" }
    }

    /// The value's UTF-8 bytes, one token per byte: the byte itself when it is an RFC 2231
    /// attribute-char, `%XX` otherwise, so a split between tokens never cuts an escape.
    private static func percentEncoded(_ value: String) -> [String] {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        return value.utf8.map { byte in
            if allowed.contains(byte) { return String(UnicodeScalar(byte)) }
            let hex = String(byte, radix: 16, uppercase: true)
            return "%" + (hex.count == 1 ? "0" + hex : hex)
        }
    }

    // MARK: - Dates

    /// An RFC 5322 date, `Sat, 07 Oct 2023 08:00:00 +0700`, in the given time zone.
    static func date(_ date: Date, timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
