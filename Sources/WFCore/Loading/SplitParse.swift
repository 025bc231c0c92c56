import Foundation
import WFDiagnostics
public import WFYAML

/// The YAML of a large plan parsed on two threads, into the tree one parse of it gives.
///
/// A plan's size is in one long list, its goals most often. The middle of that list, from
/// its second item to about half the text, is parsed on a second thread, as `wf lsp` parses
/// the items an edit touched (`WorkflowLoader.reload`); this thread parses the text without
/// those lines, its positions moved past them. The two trees are joined when both parsed
/// without a problem and meet where the whole text has them meet: the cut ends at the dash
/// of the item that follows it in this thread's tree. Anything else (a YAML problem, an
/// anchor defined in the cut, a tab or a line at the dashes' column inside it, line breaks
/// other than LF and CRLF) and the whole text is parsed on this thread, so that problems are
/// found and placed as one parse finds them. The tests compare the two on random edits.
public enum SplitParse {
    /// Below this many bytes a second thread costs more than it saves.
    public static let threshold = 256 << 10

    /// Where the text is cut: byte offsets, lines from 0, columns from 0.
    struct Cut: Sendable {
        /// The dash line of the cut's first item, the list's second.
        var start: Int
        var firstLine: Int
        /// The dash line of the item after the cut, where this thread goes on, and where that line ends.
        var next: Int
        var nextLine: Int
        var nextLineEnd: Int
        /// The column of the list's dashes.
        var dash: Int
    }

    /// The document of `bytes`, and whether it was parsed in two parts.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default, twoThreads: Bool = true,
                      minimum: Int = threshold) -> (document: YAMLDocument, split: Bool) {
        guard twoThreads, Background.available, bytes.count >= minimum, bytes.count <= limits.maxBytes,
              let cut = cut(bytes) else { return (YAMLParser.parse(bytes, limits: limits), false) }
        // The anchors above the cut, which aliases in it may name: the text above it parsed
        // alone, when it has an `&` at all.
        let head = bytes[..<cut.start]
        let anchors = head.contains(UInt8(ascii: "&")) ? YAMLParser.parse(Array(head), limits: limits).anchors : [:]
        let middle = Background.start {
            YAMLParser.parse(bytes, lines: cut.start..<cut.nextLineEnd, firstLine: cut.firstLine, depth: 1, anchors: anchors, limits: limits)
        }
        var rest: [UInt8] = []
        rest.reserveCapacity(bytes.count - (cut.next - cut.start))
        rest.append(contentsOf: bytes[..<cut.start])
        rest.append(contentsOf: bytes[cut.next...])
        let main = YAMLParser.parse(rest, removed: cut.nextLine - cut.firstLine, after: cut.firstLine, limits: limits)
        if let joined = join(main, middle.result(), at: cut, limits: limits) { return (joined, true) }
        return (YAMLParser.parse(bytes, limits: limits), false)
    }

    // MARK: - Joining

    /// `middle`'s items put into `main`'s list, or nil when the two do not meet as the whole text's parse would.
    private static func join(_ main: YAMLDocument, _ middle: YAMLDocument, at cut: Cut, limits: YAMLLimits) -> YAMLDocument? {
        // Where the item after the cut starts.
        let next = SourcePosition(line: cut.nextLine + 1, column: cut.dash + 3)
        let expansions = main.aliasExpansions + middle.aliasExpansions
        guard main.diagnostics.isEmpty, middle.diagnostics.isEmpty, middle.anchors.isEmpty, expansions <= limits.maxAliasExpansion,
              var items = middle.root?.items, items.popLast()?.range.start == next, !items.isEmpty,
              let root = main.root, var pairs = root.pairs,
              let key = pairs.lastIndex(where: { $0.key.range.start.line <= cut.firstLine }),
              var list = pairs[key].value.items,
              let after = list.firstIndex(where: { $0.range.start == next }), after > 0,
              list[after - 1].range.start.line <= cut.firstLine
        else { return nil }
        // In this thread's text the item above the cut ends on the line of the dash after the
        // cut: in the whole text, it ends on the cut's first line, at the same column.
        let (nextLine, firstLine) = (cut.nextLine + 1, cut.firstLine + 1)
        list[after - 1] = list[after - 1].repositioned(from: nextLine) {
            $0.line == nextLine ? SourcePosition(line: firstLine, column: $0.column) : $0
        }
        list.insert(contentsOf: items, at: after)
        let value = pairs[key].value
        pairs[key].value = Node(.sequence(list), range: value.range, tag: value.tag)
        return YAMLDocument(root: Node(.mapping(pairs), range: root.range, tag: root.tag), diagnostics: [],
                            anchors: main.anchors, anchorRedefined: main.anchorRedefined, aliasExpansions: expansions)
    }

    // MARK: - Finding the cut

    /// The cut of `bytes`: in the longest top-level list whose lines allow one, from its
    /// second item to the first item past half the text, or to its last item.
    static func cut(_ bytes: [UInt8]) -> Cut? {
        bytes.withUnsafeBufferPointer { text -> Cut? in
            guard onlyLineFeeds(text) else { return nil }
            // The top-level keys' blocks: from the line after the key to the next line at column 0.
            var blocks: [(start: Int, line: Int, end: Int)] = []
            var open: (start: Int, line: Int)?
            var (start, line) = (0, 0)
            while start < text.count {
                let end = lineEnd(text, from: start)
                let first = text[start]
                let atColumnZero = first != UInt8(ascii: " ") && first != UInt8(ascii: "#") && first != UInt8(ascii: "\n")
                    && first != UInt8(ascii: "\r") && BlockLine.dashColumn(text, start, end) == nil
                if atColumnZero {
                    if let block = open { blocks.append((block.start, block.line, start)) }
                    open = BlockLine.startsKey(text, start, end) ? (end, line + 1) : nil
                }
                (start, line) = (end, line + 1)
            }
            if let block = open { blocks.append((block.start, block.line, text.count)) }
            for block in blocks.sorted(by: { $0.end - $0.start > $1.end - $1.start }) {
                if let cut = cut(text, block: block.start..<block.end, line: block.line) { return cut }
            }
            return nil
        }
    }

    /// The cut in the list that is the block `range` starting on `line`, if it is one.
    private static func cut(_ text: UnsafeBufferPointer<UInt8>, block range: Range<Int>, line firstLine: Int) -> Cut? {
        var (start, line) = (range.lowerBound, firstLine)
        var dash: Int?
        var items = 0
        var cut: Cut?
        // The last item's dash line seen, where the cut may end.
        var last: (start: Int, line: Int, end: Int)?
        let half = text.count / 2
        while start < range.upperBound {
            let end = lineEnd(text, from: start)
            defer { (start, line) = (end, line + 1) }
            if let column = BlockLine.dashColumn(text, start, end), dash == nil || column == dash {
                dash = column
                items += 1
                if items == 2 {
                    cut = Cut(start: start, firstLine: line, next: 0, nextLine: 0, nextLineEnd: 0, dash: column)
                } else if items > 2 {
                    last = (start, line, end)
                    if let cut, start - cut.start >= half { break }
                }
            } else if dash == nil {
                // Blank lines and comments may come before the first item; nothing else.
                guard BlockLine.isInside(indent: Int.max, text, start, end) else { return nil }
            } else if let dash, !BlockLine.isInside(indent: dash, text, start, end) {
                break
            }
        }
        guard var cut, let last else { return nil }
        (cut.next, cut.nextLine, cut.nextLineEnd) = last
        return cut
    }

    /// Where the line starting at `start` ends, its line feed included.
    private static func lineEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = text.baseAddress, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), text.count - start) else {
            return text.count
        }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
    }

    /// Whether every line break is LF or CRLF, the breaks the cut counts. YAML also breaks
    /// lines at a CR alone, NEL, LS and PS.
    private static func onlyLineFeeds(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.everyOccurrence(of: UInt8(ascii: "\r"), satisfies: { $0 + 1 < text.count && text[$0 + 1] == UInt8(ascii: "\n") })
            && !LineStarts.hasOtherBreaks(text)
    }
}
