extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// Without spaces, tabs and line breaks at either end (in Swift: Foundation's trimming is
    /// slow on Linux, and an annex has many cells).
    var trimmingSpaces: String { trimming { $0.isWhitespace } }

    /// Without the characters `drop` accepts at either end.
    func trimming(_ drop: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else { return "" }
        return String(self[first...last])
    }
}
