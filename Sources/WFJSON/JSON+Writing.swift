// MARK: - Writing

extension JSON {
    /// The value as JSON text: compact (no spaces) when `indent` is 0, otherwise one member
    /// or item per line indented by `indent` spaces a level, with `"key": value`. No final newline.
    public func serialized(indent: Int = 0) -> String {
        var output = ""
        write(to: &output, indent: max(0, indent), level: 0)
        return output
    }

    private func write(to output: inout String, indent: Int, level: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let value): output += Self.text(of: value)
        case .string(let value): Self.appendQuoted(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                Self.appendBreak(to: &output, indent: indent, level: level + 1)
                item.write(to: &output, indent: indent, level: level + 1)
            }
            Self.appendBreak(to: &output, indent: indent, level: level)
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                Self.appendBreak(to: &output, indent: indent, level: level + 1)
                Self.appendQuoted(key, to: &output)
                output += indent > 0 ? ": " : ":"
                value.write(to: &output, indent: indent, level: level + 1)
            }
            Self.appendBreak(to: &output, indent: indent, level: level)
            output += "}"
        }
    }

    private static func appendBreak(to output: inout String, indent: Int, level: Int) {
        guard indent > 0 else { return }
        output += "\n" + String(repeating: " ", count: indent * level)
    }

    /// How a number is written: integral values below 10¹⁶ without a fraction (`3`, `-12`),
    /// others in Swift's shortest round-trip form (`0.5`, `1e+16`), NaN and infinities as `null`.
    public static func text(of number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e16 { return String(Int64(number)) }
        return number.description
    }

    /// Appends `text` as a JSON string literal (RFC 8259): quotes, backslashes and control
    /// characters escaped, everything else (Vietnamese included) written as UTF-8.
    public static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        // Most text needs no escape: copy it whole instead of scalar by scalar.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16, uppercase: false)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        var output = ""
        appendQuoted(text, to: &output)
        return output
    }
}
