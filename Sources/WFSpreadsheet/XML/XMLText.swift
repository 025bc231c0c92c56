/// Escaping for text and attribute values in XML parts.
public enum XMLText {
    /// `text` with `& < > " '` escaped and characters XML 1.0 forbids removed.
    public static func escape(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        escape(text, into: &result)
        return result
    }

    /// `text` escaped: the String overload, specialised here rather than generic at the call.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        escape(text, into: &result)
        return result
    }

    /// Appends `text`, escaped, to `xml`: the String overload, which looks for something to
    /// escape in the string's own bytes.
    public static func escape(_ text: String, into xml: inout String) {
        let clean = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: needsCare) }
        if clean == true {
            xml += text
        } else {
            escapeText(text, into: &xml)
        }
    }

    /// Appends `text`, escaped, to `xml`; text with nothing to escape is appended as it is.
    public static func escape(_ text: some StringProtocol, into xml: inout String) {
        escapeText(text, into: &xml)
    }

    private static func escapeText(_ text: some StringProtocol, into xml: inout String) {
        if !text.utf8.contains(where: needsCare) {
            xml += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": xml += "&amp;"
            case "<": xml += "&lt;"
            case ">": xml += "&gt;"
            case "\"": xml += "&quot;"
            case "'": xml += "&apos;"
            default:
                if isAllowed(scalar) { xml.unicodeScalars.append(scalar) }
            }
        }
    }

    /// A byte that may start something to escape or drop: markup characters, controls, and the
    /// lead byte of U+E000…U+FFFF (where U+FFFE and U+FFFF live).
    private static func needsCare(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0x9, 0xA, 0xD: false
        case ..<0x20, 0xEF: true
        default: false
        }
    }

    /// XML 1.0 `Char`: tab, newline, carriage return and everything from U+0020 but surrogates and U+FFFE/U+FFFF.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
