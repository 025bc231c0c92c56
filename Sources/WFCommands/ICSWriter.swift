/// Writes iCalendar (RFC 5545) content lines: TEXT escaping, 75-octet folding, CRLF.
struct ICSWriter {
    /// The longest line in octets, CRLF not counted (RFC 5545 §3.1).
    static let maxOctets = 75

    private(set) var lines: [String] = []

    /// `BEGIN:NAME`.
    mutating func begin(_ component: String) { lines.append("BEGIN:\(component)") }

    /// `END:NAME`.
    mutating func end(_ component: String) { lines.append("END:\(component)") }

    /// A property whose value is written as given (dates, numbers, enumerations).
    mutating func raw(_ name: String, _ value: String, parameters: [(String, String)] = []) {
        let parameterText = parameters.map { ";\($0.0)=\(Self.parameterValue($0.1))" }.joined()
        lines.append("\(name)\(parameterText):\(value)")
    }

    /// A TEXT property, escaped.
    mutating func text(_ name: String, _ value: String, parameters: [(String, String)] = []) {
        raw(name, Self.escape(value), parameters: parameters)
    }

    /// The calendar stream: every line folded, each ending in CRLF.
    var output: String {
        var text = ""
        text.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 2 })
        for line in lines { Self.fold(line, into: &text) }
        return text
    }

    // MARK: - Escaping and folding

    /// TEXT escaping (§3.3.11): `\` `;` `,` escaped, line breaks as `\n`, other controls dropped.
    static func escape(_ text: String) -> String {
        func special(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",")
        }
        // Most values have nothing to escape: then they are written as they are.
        let utf8 = text.utf8
        guard utf8.contains(where: special) else { return text }
        // Every byte escaped is ASCII, so the bytes between them are whole characters and go
        // across as they are.
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 8)
        var previousWasCR = false
        for byte in utf8 {
            defer { previousWasCR = byte == 0x0D }
            guard special(byte) else {
                result.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): result += [UInt8(ascii: "\\"), byte]
            case 0x0D: result += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0A: if !previousWasCR { result += [UInt8(ascii: "\\"), UInt8(ascii: "n")] }
            case 0x09: result.append(UInt8(ascii: " "))
            default: continue  // other controls are dropped
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A parameter value, quoted when it holds `:`, `;` or `,` (§3.2); quotes are dropped.
    static func parameterValue(_ value: String) -> String {
        let clean = value.filter { $0 != "\"" && !$0.isNewline }
        return clean.contains(where: { ":;,".contains($0) }) ? "\"\(clean)\"" : clean
    }

    /// Splits a content line into lines of at most 75 octets; continuation lines start with a space.
    /// Breaks fall between characters (never inside a UTF-8 sequence, and not inside a grapheme
    /// cluster unless one cluster alone is too long).
    static func fold(_ line: String) -> [String] {
        var text = ""
        fold(line, into: &text)
        return text.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// Appends `line` folded, each piece ending in CRLF.
    static func fold(_ line: String, into text: inout String) {
        let utf8 = line.utf8
        guard utf8.count > maxOctets else {
            text += line
            text += "\r\n"
            return
        }
        // Where each piece ends, as offsets into the UTF-8 bytes; then the pieces are copied
        // from the bytes, without building a string character by character.
        var cuts: [Int] = []
        var offset = 0
        var pieceStart = 0
        var limit = maxOctets
        func cut() {
            cuts.append(offset)
            pieceStart = offset
            limit = maxOctets - 1
        }
        if !utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            // ASCII without CR: every byte is a character.
            while utf8.count - offset > limit {
                offset += limit
                cut()
            }
        } else {
            for character in line {
                let octets = character.utf8.count
                if octets > maxOctets - 1 {
                    for scalar in character.unicodeScalars {
                        let size = UTF8.width(scalar)
                        if offset - pieceStart + size > limit { cut() }
                        offset += size
                    }
                    continue
                }
                if offset - pieceStart + octets > limit { cut() }
                offset += octets
            }
        }
        var start = utf8.startIndex
        for (number, end) in (cuts + [utf8.count]).enumerated() {
            let endIndex = utf8.index(utf8.startIndex, offsetBy: end)
            if number > 0 { text += " " }
            text += line[start..<endIndex]
            text += "\r\n"
            start = endIndex
        }
    }
}
