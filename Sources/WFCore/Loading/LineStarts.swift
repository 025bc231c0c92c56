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
            case 0xC2:
                if index + 1 < bytes.count, bytes[index + 1] == 0x85 { hasOtherBreaks = true }
            case 0xE2:
                if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    hasOtherBreaks = true
                }
            default:
                break
            }
            index += 1
        }
    }

    var count: Int { starts.count }

    func start(_ line: Int) -> Int { starts[line] }

    /// Where the line ends, its line break included.
    func end(_ line: Int) -> Int { line + 1 < starts.count ? starts[line + 1] : total }
}
