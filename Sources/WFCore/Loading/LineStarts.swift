import Foundation

/// Where each line of a text starts: after an LF, a CR or a CRLF, as editors count lines
/// (LSP) and YAML does. YAML also breaks lines at NEL, LS and PS, which editors do not:
/// `hasOtherBreaks` says whether the text has one, so that the two counts could differ.
public struct LineStarts: Sendable {
    /// The byte offset where each line starts; `starts[0]` is line 0.
    public private(set) var starts: [Int] = [0]
    public private(set) var hasOtherBreaks = false
    private let total: Int

    public init(_ bytes: [UInt8]) {
        total = bytes.count
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                starts.append(index + 1)
            case UInt8(ascii: "\r"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index + 1)
            default:
                break
            }
            index += 1
        }
        hasOtherBreaks = bytes.withUnsafeBufferPointer(Self.hasOtherBreaks)
    }

    /// Whether `text` has a line break that YAML counts and editors do not: NEL, LS or PS.
    static func hasOtherBreaks(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        func byte(_ index: Int) -> UInt8? { index < text.count ? text[index] : nil }
        return !text.everyOccurrence(of: 0xC2, satisfies: { byte($0 + 1) != 0x85 })
            || !text.everyOccurrence(of: 0xE2, satisfies: { byte($0 + 1) != 0x80 || byte($0 + 2) != 0xA8 && byte($0 + 2) != 0xA9 })
    }

    var count: Int { starts.count }

    func start(_ line: Int) -> Int { starts[line] }

    /// Where the line ends, its line break included.
    func end(_ line: Int) -> Int { line + 1 < starts.count ? starts[line + 1] : total }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether `test` holds at every offset where `byte` occurs, the occurrences found with `memchr`.
    public func everyOccurrence(of byte: UInt8, satisfies test: (Int) -> Bool) -> Bool {
        guard let base = baseAddress else { return true }
        var index = 0
        while index < count, let found = memchr(base + index, Int32(byte), count - index) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard test(at) else { return false }
            index = at + 1
        }
        return true
    }
}

/// What cutting a part out of a plan's text needs to know of one of its lines (bytes
/// `start..<end`, its line break included): `WorkflowLoader.reload` and `SplitParse` cut
/// only where these say that YAML would read the part alone as it reads it in the whole text.
enum BlockLine {
    /// The column of a list item's dash when the line is spaces, `-` and a space, else nil.
    static func dashColumn<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Int? where Bytes.Index == Int {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index + 1 < end, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: " ") else { return nil }
        return index - start
    }

    /// Whether the line starts with a plain top-level key: no indentation, no YAML indicator.
    static func startsKey<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bool where Bytes.Index == Int {
        guard start < end else { return false }
        let byte = bytes[start]
        return byte == UInt8(ascii: "_") || byte >= 0x80 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    /// Whether the line belongs to the part above it whatever the lines around it: blank, a
    /// comment, or indented with spaces past `indent`. A tab, or anything at that column or
    /// before it, could end the part in the whole text and not in the cut.
    static func isInside<Bytes: RandomAccessCollection<UInt8>>(indent: Int, _ bytes: Bytes, _ start: Int, _ end: Int) -> Bool where Bytes.Index == Int {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < end else { return true }
        switch bytes[index] {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"): return true
        case UInt8(ascii: "\t"): return false
        default: return index - start > indent
        }
    }
}
