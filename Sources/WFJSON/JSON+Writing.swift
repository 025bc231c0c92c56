// MARK: - Writing

extension JSON {
    /// The value as JSON text: compact (no spaces) when `indent` is 0, otherwise one member
    /// or item per line indented by `indent` spaces a level, with `"key": value`. No final newline.
    public func serialized(indent: Int = 0) -> String {
        String(decoding: utf8(indent: indent), as: UTF8.self)
    }

    /// `serialized(indent:)` as UTF-8 bytes, for a caller that sends or stores bytes.
    ///
    /// The text is written into a byte buffer, not a `String`: a string checks and updates its
    /// count and flags on every append, and a run's state stores megabytes of node outputs.
    public func utf8(indent: Int = 0) -> [UInt8] {
        var output: [UInt8] = []
        write(to: &output, indent: max(0, indent), level: 0)
        return output
    }

    private func write(to output: inout [UInt8], indent: Int, level: Int) {
        switch self {
        case .null: output.append(literal: "null")
        case .bool(let value): output.append(literal: value ? "true" : "false")
        case .number(let value): output.append(contentsOf: Self.text(of: value).utf8)
        case .string(let value): Self.appendQuoted(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output.append(literal: "[]"); return }
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.appendBreak(to: &output, indent: indent, level: level + 1)
                item.write(to: &output, indent: indent, level: level + 1)
            }
            Self.appendBreak(to: &output, indent: indent, level: level)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { output.append(literal: "{}"); return }
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.appendBreak(to: &output, indent: indent, level: level + 1)
                Self.appendQuoted(key, to: &output)
                output.append(literal: indent > 0 ? ": " : ":")
                value.write(to: &output, indent: indent, level: level + 1)
            }
            Self.appendBreak(to: &output, indent: indent, level: level)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func appendBreak(to output: inout [UInt8], indent: Int, level: Int) {
        guard indent > 0 else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
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
        output += String(decoding: quotedUTF8(text), as: UTF8.self)
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        String(decoding: quotedUTF8(text), as: UTF8.self)
    }

    private static func quotedUTF8(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &output)
        return output
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The one escaper: runs with nothing to escape are copied whole, byte by byte only the
    /// quote, the backslash and the control characters (below U+0020) are written escaped.
    private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                output.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
                case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
                case 0x08: output.append(UInt8(ascii: "b"))
                case 0x0C: output.append(UInt8(ascii: "f"))
                default:
                    output.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                               hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        output.append(UInt8(ascii: "\""))
    }
}

extension [UInt8] {
    /// Appends the UTF-8 of a literal, copied from the binary's constant data.
    mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }
}
