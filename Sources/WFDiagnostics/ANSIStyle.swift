/// ANSI terminal styles for human output, or plain text when colour is off.
struct ANSIStyle: Sendable {
    enum Role {
        case location, message, error, warning, note, caret, success

        var code: String {
            switch self {
            case .location, .message: "1"  // bold
            case .error: "1;31"  // bold red
            case .warning: "1;35"  // bold magenta, as compilers print warnings
            case .note: "1;36"  // bold cyan
            case .caret, .success: "1;32"  // bold green
            }
        }
    }

    var enabled: Bool

    /// `text` wrapped in the escape codes of `role`, or `text` itself when colour is off.
    func apply(_ role: Role, _ text: String) -> String {
        guard enabled, !text.isEmpty else { return text }
        return "\u{1B}[\(role.code)m\(text)\u{1B}[0m"
    }
}

// MARK: - Terminal safety

enum TerminalText {
    /// `text` with control characters written as escapes (`\n`, `\u{1B}`), so that a key or
    /// value quoted in a message can neither break the line nor send codes to the terminal.
    static func escapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar):
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// One source character as shown in an excerpt: still one column wide, so carets line up.
    static func displayable(_ c: Character) -> Character {
        if c == "\t" { return " " }
        if c.unicodeScalars.contains(where: isControl) { return "\u{FFFD}" }
        return c
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
