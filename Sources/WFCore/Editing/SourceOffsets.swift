public import WFDiagnostics

/// Byte offsets of the 1-based line and column positions the YAML parser reports.
///
/// libyaml counts columns in characters (Unicode scalars) and ends a line at LF, CR LF, a
/// lone CR, NEL, LS or PS; a UTF-8 byte-order mark comes before column 1 of line 1. This
/// counts the same way, so a node's range maps back to the exact bytes it was parsed from.
public struct SourceOffsets: Sendable {
    public let bytes: [UInt8]
    /// The byte offset where each line starts; `lineStarts[0]` is line 1.
    public let lineStarts: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        var i = starts[0]
        while i < bytes.count {
            let width = Self.breakWidth(bytes, at: i)
            if width > 0 {
                i += width
                starts.append(i)
            } else {
                i += 1
            }
        }
        lineStarts = starts
    }

    /// The byte offset of `position`, or nil when the file has no such place.
    public func offset(of position: SourcePosition) -> Int? {
        guard position.line >= 1, position.line <= lineStarts.count, position.column >= 1 else { return nil }
        var offset = lineStarts[position.line - 1]
        var column = 1
        while column < position.column {
            guard offset < bytes.count, Self.breakWidth(bytes, at: offset) == 0 else { return nil }
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        return offset
    }

    /// The byte offset where the line after `line` starts, or nil for the last line.
    public func startOfLine(after line: Int) -> Int? {
        line >= 1 && line < lineStarts.count ? lineStarts[line] : nil
    }

    /// The line break that ends `line` (`"\n"`, `"\r\n"`…), or nil for a last line without one.
    public func lineBreak(endingLine line: Int) -> [UInt8]? {
        guard let next = startOfLine(after: line) else { return nil }
        for width in [3, 2, 1] where next - width >= lineStarts[line - 1] {
            if Self.breakWidth(bytes, at: next - width) == width { return Array(bytes[(next - width)..<next]) }
        }
        return [0x0A]
    }

    /// The line break the file uses most often; LF when it has none.
    public var dominantLineBreak: [UInt8] {
        var counts: [[UInt8]: Int] = [:]
        for line in 1..<lineStarts.count {
            if let lineBreak = lineBreak(endingLine: line) { counts[lineBreak, default: 0] += 1 }
        }
        return counts.max { ($0.value, $1.key.count) < ($1.value, $0.key.count) }?.key ?? [0x0A]
    }

    /// The width of the line break at `i`, or 0 when there is none.
    static func breakWidth(_ bytes: [UInt8], at i: Int) -> Int {
        switch bytes[i] {
        case 0x0A: return 1
        case 0x0D: return i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }
}
