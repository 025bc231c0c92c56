import WFCore
import WFDiagnostics

/// How an LSP position counts characters within a line, as agreed at initialization.
enum PositionEncoding: String {
    case utf8 = "utf-8", utf16 = "utf-16", utf32 = "utf-32"
}

/// A 0-based line and character offset, as LSP counts them.
struct LSPPosition: Equatable, Comparable {
    var line: Int
    var character: Int

    static func < (a: Self, b: Self) -> Bool { (a.line, a.character) < (b.line, b.character) }
}

/// An open document: its bytes, and where each of its lines starts.
///
/// Lines end at LF, CR LF or a lone CR, as LSP counts them; columns of wf's diagnostics count
/// Unicode scalars, and are turned into the client's position encoding here, once.
struct TextDocument {
    let uri: String
    /// The file path the document stands for (a plan's calendar and budget files are read
    /// relative to it).
    let path: String
    var version: Int
    private(set) var bytes: [UInt8]
    /// The byte offset where each line starts; `lineStarts[0]` is line 0.
    private(set) var lineStarts: [Int]
    /// What the changes since the last `settle()` touched.
    private(set) var edits = Edits.anywhere

    /// The part of the text changes touched.
    enum Edits: Equatable {
        case nothing
        /// Lines (from 0) of the new text that may differ: the lines above are the old text's,
        /// those below are the old text's moved by `delta` lines.
        case lines(LineEdit)
        case anywhere
    }

    init(uri: String, path: String, version: Int, text: String) {
        self.uri = uri
        self.path = path
        self.version = version
        self.bytes = Array(text.utf8)
        self.lineStarts = LineStarts(bytes).starts
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    var lineCount: Int { lineStarts.count }

    /// Replaces the whole text.
    mutating func replaceAll(with text: String) {
        bytes = Array(text.utf8)
        lineStarts = LineStarts(bytes).starts
        edits = .anywhere
    }

    /// Marks the text as seen: later changes are counted from here.
    mutating func settle() { edits = .nothing }

    /// Replaces the text between two positions (clamped to the document).
    mutating func replace(from start: LSPPosition, to end: LSPPosition, with text: String, encoding: PositionEncoding) {
        let lower = offset(of: start, encoding: encoding)
        let upper = max(lower, offset(of: end, encoding: encoding))
        let inserted = Array(text.utf8)
        let (first, last) = (lineIndex(ofOffset: lower), lineIndex(ofOffset: upper))
        let lines = lineStarts.count
        bytes.replaceSubrange(lower..<upper, with: inserted)
        lineStarts = LineStarts(bytes).starts
        // Lines first...last became first...last + delta: the text outside the change is the
        // same, and the count of lines says how many the change added (a CR that became a
        // CRLF, or stopped being one, included).
        let delta = lineStarts.count - lines
        let change = LineEdit(start: first, end: last + delta, delta: delta)
        switch edits {
        case .nothing: edits = .lines(change)
        case .lines(let earlier): edits = .lines(earlier.followed(by: change))
        case .anywhere: break
        }
    }

    /// The line (from 0) holding byte `offset`.
    private func lineIndex(ofOffset offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    // MARK: - Lines

    /// The bytes of line `index` (0-based) without its line break; empty past the end.
    func lineBytes(_ index: Int) -> ArraySlice<UInt8> {
        guard index >= 0, index < lineStarts.count else { return [] }
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[start..<end]
    }

    /// Line `index` (0-based) as text.
    func line(_ index: Int) -> String { String(decoding: lineBytes(index), as: UTF8.self) }

    // MARK: - Positions

    /// The byte offset of an LSP position; a character past the line's end means its end.
    func offset(of position: LSPPosition, encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        return walk(lineBytes(position.line), encoding) { units, _ in units < position.character }.offset
    }

    /// The LSP position of a 1-based line and column in Unicode scalars (clamped to the line).
    func lspPosition(_ source: SourcePosition, encoding: PositionEncoding) -> LSPPosition {
        let lineIndex = min(max(0, source.line - 1), lineStarts.count - 1)
        // A line past the end means the end of the last line.
        let column = source.line - 1 < lineStarts.count ? source.column : Int.max
        let units = walk(lineBytes(lineIndex), encoding) { _, scalar in scalar < column }.units
        return LSPPosition(line: lineIndex, character: units)
    }

    /// The 1-based line and column (in Unicode scalars) of an LSP position.
    func sourcePosition(_ position: LSPPosition, encoding: PositionEncoding) -> SourcePosition {
        let lineIndex = min(max(0, position.line), lineStarts.count - 1)
        let column = walk(lineBytes(lineIndex), encoding) { units, _ in units < position.character }.column
        return SourcePosition(line: lineIndex + 1, column: column)
    }

    /// Steps through `line` one scalar at a time while `more(units so far, 1-based column)`
    /// holds; returns the byte offset, code units and column where it stopped.
    private func walk(_ line: ArraySlice<UInt8>, _ encoding: PositionEncoding,
                      while more: (_ units: Int, _ column: Int) -> Bool) -> (offset: Int, units: Int, column: Int) {
        var offset = line.startIndex
        var units = 0
        var column = 1
        while offset < line.endIndex, more(units, column) {
            let width = Self.scalarWidth(line[offset])
            units += encoding.units(utf8Width: width)
            offset = min(line.endIndex, offset + width)
            column += 1
        }
        return (offset, units, column)
    }

    /// The UTF-8 length of the scalar a lead byte starts (1 for a stray continuation byte).
    static func scalarWidth(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}

extension PositionEncoding {
    /// Code units of this encoding for a scalar of `utf8Width` bytes.
    func units(utf8Width: Int) -> Int {
        switch self {
        case .utf8: utf8Width
        case .utf16: utf8Width == 4 ? 2 : 1
        case .utf32: 1
        }
    }
}
