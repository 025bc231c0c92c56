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
        for line in lines {
            for part in Self.fold(line) {
                text += part
                text += "\r\n"
            }
        }
        return text
    }

    // MARK: - Escaping and folding

    /// TEXT escaping (§3.3.11): `\` `;` `,` escaped, line breaks as `\n`, other controls dropped.
    static func escape(_ text: String) -> String {
        // Most values have nothing to escape: then they are written as they are.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") }) {
            return text
        }
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case "\t": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
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
        guard line.utf8.count > maxOctets else { return [line] }
        var result: [String] = []
        var current = ""
        var currentOctets = 0
        var limit = maxOctets
        func push() {
            result.append(result.isEmpty ? current : " " + current)
            current = ""
            currentOctets = 0
            limit = maxOctets - 1
        }
        for character in line {
            let octets = character.utf8.count
            if octets > maxOctets - 1 {
                for scalar in character.unicodeScalars {
                    let size = String(scalar).utf8.count
                    if currentOctets + size > limit { push() }
                    current.unicodeScalars.append(scalar)
                    currentOctets += size
                }
                continue
            }
            if currentOctets + octets > limit { push() }
            current.append(character)
            currentOctets += octets
        }
        if !current.isEmpty || result.isEmpty { push() }
        return result
    }
}
