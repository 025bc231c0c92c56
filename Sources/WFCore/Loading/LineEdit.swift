/// Which lines of a text an edit (or several) changed: lines `start...end` (from 0) of the new
/// text replace lines `start...end - delta` of the old one; the lines above are the same, and
/// those below moved by `delta`. An edit that only removed lines has `end == start - 1`.
public struct LineEdit: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var delta: Int

    public init(start: Int, end: Int, delta: Int) {
        self.start = start
        self.end = end
        self.delta = delta
    }

    /// An edit inside one line.
    public init(line: Int) {
        self.init(start: line, end: line, delta: 0)
    }

    /// The last of the old text's lines that changed.
    public var oldEnd: Int { end - delta }

    /// This edit, then `next` made on its result: one edit of the lines both touched and those
    /// between.
    public func followed(by next: LineEdit) -> LineEdit {
        // Lines below the ones `next` replaced move by its delta.
        let end = self.end > next.oldEnd ? self.end + next.delta : next.end
        return LineEdit(start: min(start, next.start), end: end, delta: delta + next.delta)
    }
}
