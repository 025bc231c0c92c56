/// A strict JSON reader (RFC 8259) over UTF-8 bytes, behind `JSON(parsing:)`.
struct JSONReader {
    /// How deep arrays and objects may nest.
    static let maxDepth = 256

    let bytes: [UInt8]
    var position = 0
    var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The one value the bytes hold, with nothing but whitespace around it.
    mutating func document() -> JSON? {
        guard let value = value() else { return nil }
        skipWhitespace()
        return position == bytes.count ? value : nil
    }

    private mutating func value() -> JSON? {
        skipWhitespace()
        guard let byte = peek() else { return nil }
        switch byte {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string().map(JSON.string)
        case UInt8(ascii: "t"): return word("true", .bool(true))
        case UInt8(ascii: "f"): return word("false", .bool(false))
        case UInt8(ascii: "n"): return word("null", .null)
        default: return number()
        }
    }

    private mutating func object() -> JSON? {
        guard enter() else { return nil }
        defer { depth -= 1 }
        position += 1
        var members: [(String, JSON)] = []
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return .object(members) }
        repeat {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\""), let key = string() else { return nil }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")), let value = value() else { return nil }
            members.append((key, value))
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}")) ? .object(members) : nil
    }

    private mutating func array() -> JSON? {
        guard enter() else { return nil }
        defer { depth -= 1 }
        position += 1
        var items: [JSON] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return .array(items) }
        repeat {
            guard let item = value() else { return nil }
            items.append(item)
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]")) ? .array(items) : nil
    }

    /// A string literal, the opening quote at `position`; nil on a control character, a bad
    /// escape, a lone surrogate or invalid UTF-8.
    private mutating func string() -> String? {
        position += 1
        var result = ""
        var start = position
        func flush(_ end: Int) -> Bool {
            guard start < end else { return true }
            guard let run = String(validating: bytes[start..<end], as: UTF8.self) else { return false }
            result += run
            return true
        }
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\""):
                guard flush(position) else { return nil }
                position += 1
                return result
            case UInt8(ascii: "\\"):
                guard flush(position) else { return nil }
                position += 1
                guard let scalar = escape() else { return nil }
                result.unicodeScalars.append(scalar)
                start = position
            case 0..<0x20:
                return nil
            default:
                position += 1
            }
        }
        return nil
    }

    private mutating func escape() -> Unicode.Scalar? {
        guard let byte = peek() else { return nil }
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard let high = hex4() else { return nil }
            guard (0xD800..<0xDC00).contains(high) else { return Unicode.Scalar(high) }
            guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")), let low = hex4(),
                  (0xDC00..<0xE000).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        default: return nil
        }
    }

    /// Four hexadecimal digits.
    private mutating func hex4() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        position += 4
        return value
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, finite as a `Double`.
    private mutating func number() -> JSON? {
        let start = position
        _ = consume(UInt8(ascii: "-"))
        if !consume(UInt8(ascii: "0")) {
            guard let first = peek(), (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(first) else { return nil }
            skipDigits()
        }
        if consume(UInt8(ascii: ".")) {
            guard skipDigits() else { return nil }
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard skipDigits() else { return nil }
        }
        guard let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)), value.isFinite else {
            return nil
        }
        return .number(value)
    }

    /// Skips decimal digits; false when there is none.
    @discardableResult
    private mutating func skipDigits() -> Bool {
        let start = position
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
        return position > start
    }

    private mutating func word(_ text: StaticString, _ value: JSON) -> JSON? {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return nil }
        let matches = text.withUTF8Buffer { buffer in buffer.elementsEqual(bytes[position..<position + count]) }
        guard matches else { return nil }
        position += count
        return value
    }

    // MARK: - Helpers

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private mutating func enter() -> Bool {
        depth += 1
        return depth <= Self.maxDepth
    }
}
