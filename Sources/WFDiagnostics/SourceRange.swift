/// A 1-based line and column in a source file; columns count characters, not bytes.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range `[start, end)` in a source file.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    public var start: SourcePosition
    /// The position just after the last character of the range.
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = max(start, end)
    }

    public init(line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.init(
            start: SourcePosition(line: line, column: column),
            end: SourcePosition(line: endLine ?? line, column: endColumn ?? column + 1))
    }

    /// The range at the very start of a file.
    public static let fileStart = SourceRange(line: 1, column: 1)

    public var description: String { "\(start)-\(end)" }
}
