import WFDiagnostics
import WFYAML

/// Maps a character offset inside a scalar's value to a source range.
///
/// Exact for single-line plain and quoted scalars and for literal block scalars (`|`);
/// elsewhere the scalar's start is the best answer there is.
enum ScalarPositions {
    static func range(in range: SourceRange, text: String, offset: Int, length: Int, style: Scalar.Style?,
                      source: SourceLineIndex) -> SourceRange {
        let start = range.start
        switch style {
        case .plain?, .singleQuoted?, .doubleQuoted?:
            let shift = style == .plain ? 0 : 1
            if range.start.line == range.end.line, !text.utf8.contains(0x0A) {
                let column = start.column + shift + offset
                return SourceRange(line: start.line, column: column, endColumn: column + length)
            }
        case .literal?:
            // The text starts on the line after the `|`; every line keeps the block's indentation.
            let prefix = text.prefix(offset)
            let lineOffset = prefix.count { $0 == "\n" }
            let lineStart = prefix.lastIndex(of: "\n").map { prefix.index(after: $0) } ?? prefix.startIndex
            let column = prefix.distance(from: lineStart, to: prefix.endIndex)
            let line = start.line + 1 + lineOffset
            let indent = source.line(line)?.prefix { $0 == " " }.count ?? 0
            return SourceRange(line: line, column: indent + column + 1, endColumn: indent + column + 1 + length)
        default:
            break
        }
        return SourceRange(line: start.line, column: start.column, endColumn: start.column + 1)
    }
}

/// A file's lines, split the first time one is asked for.
final class SourceLineIndex {
    let text: String
    /// Each line's UTF-8 offsets: its Substring is made when asked for.
    private lazy var bounds: [(start: Int, end: Int)] = SourceLines.bounds(text)

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    /// The 1-based line `number`, if the file has it.
    func line(_ number: Int) -> Substring? {
        guard number >= 1 && number <= bounds.count else { return nil }
        let (start, end) = bounds[number - 1]
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }
}

/// The style of the scalar written exactly at `range`, searched in the tree.
func scalarStyle(at range: SourceRange, in root: Node?) -> Scalar.Style? {
    guard let root else { return nil }
    var stack = [root]
    while let node = stack.popLast() {
        guard node.range.start <= range.start else { continue }
        switch node.content {
        case .scalar(let scalar):
            if node.range == range { return scalar.style }
        case .mapping(let pairs):
            for pair in pairs { stack.append(pair.value) }
        case .sequence(let items):
            stack.append(contentsOf: items)
        }
    }
    return nil
}
