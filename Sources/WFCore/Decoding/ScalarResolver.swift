public import WFYAML

/// How `wf` reads scalars (not YAML 1.1's rules): only `true`/`false` are booleans,
/// integers may use `_`, percentages end in `%`. Quoted scalars are always strings.
public enum ScalarResolver {
    /// `true` or `false`, plain.
    public static func bool(_ node: Node) -> Bool? {
        guard let scalar = node.scalar, scalar.isPlain else { return nil }
        switch scalar.text {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// A plain whole number, `_` allowed between digits.
    public static func integer(_ node: Node) -> Int? {
        guard let scalar = node.scalar, scalar.isPlain else { return nil }
        return integer(scalar.text)
    }

    static func integer(_ text: String) -> Int? {
        guard !text.isEmpty, !text.hasPrefix("_"), !text.hasSuffix("_") else { return nil }
        guard text.utf8.contains(UInt8(ascii: "_")) else { return Int(text) }
        return Int(text.replacing("_", with: ""))
    }

    /// A plain number: integer or decimal, `_` allowed.
    public static func number(_ node: Node) -> Double? {
        guard let scalar = node.scalar, scalar.isPlain else { return nil }
        return number(scalar.text)
    }

    static func number(_ text: String) -> Double? {
        if let int = integer(text) { return Double(int) }
        guard !text.isEmpty, !text.hasPrefix("_"), !text.hasSuffix("_"),
              text.allSatisfy({ $0.isASCII && ($0.isNumber || "._-+eE".contains($0)) }),
              text.contains(where: \.isNumber)
        else { return nil }
        return Double(text.utf8.contains(UInt8(ascii: "_")) ? text.replacing("_", with: "") : text)
    }

    /// `80%` or `12.5%` as a fraction (0.8, 0.125).
    public static func percentage(_ node: Node) -> Double? {
        guard let text = node.scalar?.text, text.hasSuffix("%") else { return nil }
        return number(String(text.dropLast()).trimmingSpaces).map { $0 / 100 }
    }

    /// A scalar as the value it stands for: Bool, Int, Double or String; nil for null.
    public static func value(_ node: Node) -> ScalarValue? {
        guard let scalar = node.scalar else { return nil }
        if scalar.isNull { return nil }
        if let bool = bool(node) { return .bool(bool) }
        if scalar.isPlain, let int = integer(scalar.text) { return .integer(int) }
        if scalar.isPlain, let number = number(scalar.text) { return .number(number) }
        return .string(scalar.text)
    }
}

/// A resolved scalar.
public enum ScalarValue: Sendable, Hashable {
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)` (spaces and tabs), but the text itself at once
    /// when both ends are printable ASCII: Foundation's trimming bridges the text first, and a
    /// plan's KPIs are read in thousands.
    var trimmingBlanks: String {
        let printable: (UInt8?) -> Bool = { $0.map { $0 > 0x20 && $0 < 0x80 } ?? false }
        if printable(utf8.first), printable(utf8.last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }

    var trimmingSpaces: String {
        guard first?.isWhitespace == true || last?.isWhitespace == true else { return self }
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
