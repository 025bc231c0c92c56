#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WFLocalization

/// Reads JSON-RPC messages framed with `Content-Length` headers (the LSP base protocol) from a
/// file descriptor, with blocking reads.
///
/// A header block that cannot be understood is skipped up to the next blank line, so a client
/// that sends garbage gets the next well-framed message read; nothing here throws or traps.
struct MessageReader {
    /// One result of reading: a message body, a header block that was skipped, or the end.
    enum Frame: Equatable {
        case body([UInt8])
        case badHeader(Message)
        case end
    }

    /// The largest body accepted: a plan is limited to 64 MiB, and JSON escaping may double it.
    static let maxBody = 160 << 20
    /// The longest header line kept; longer lines are garbage.
    static let maxHeaderLine = 8192

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Whether input already read waits in the buffer.
    var hasBufferedInput: Bool { position < buffer.count }

    /// The next frame; `.end` once the input is closed.
    mutating func next() -> Frame {
        var length: Int?
        var problem: Message?
        var sawHeader = false
        while true {
            guard let line = readLine() else { return .end }
            if line.isEmpty {
                // Blank lines before any header are noise between messages.
                if !sawHeader { continue }
                break
            }
            sawHeader = true
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                problem = problem ?? EditorText.headerWithoutColon.message
                continue
            }
            let name = String(decoding: line[..<colon], as: UTF8.self).trimmingSpaces().lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingSpaces()
            if name == "content-length" {
                if let number = Int(value), number >= 0, number <= Self.maxBody {
                    length = number
                } else {
                    problem = problem ?? EditorText.badContentLength(value: value.prefix(40), limit: Self.maxBody)
                }
            }
        }
        if let problem {
            // With its length known, the body is skipped too: it is not read as headers.
            if let length, readBytes(length) == nil { return .end }
            return .badHeader(problem)
        }
        guard let length else { return .badHeader(EditorText.noContentLength.message) }
        guard let body = readBytes(length) else { return .end }
        return .body(body)
    }

    // MARK: - Buffered input

    /// A line without its CR LF or LF; nil at the end of input. Over-long lines are cut short.
    private mutating func readLine() -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if position >= buffer.count, !fill() {
                return line.isEmpty ? nil : line
            }
            let byte = buffer[position]
            position += 1
            if byte == UInt8(ascii: "\n") {
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return line
            }
            if line.count < Self.maxHeaderLine { line.append(byte) }
        }
    }

    private mutating func readBytes(_ count: Int) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(min(count, 1 << 20))
        while result.count < count {
            if position >= buffer.count, !fill() { return nil }
            let take = min(count - result.count, buffer.count - position)
            result.append(contentsOf: buffer[position..<(position + take)])
            position += take
        }
        return result
    }

    /// Reads more input into the buffer; false at the end of input or on a read error.
    private mutating func fill() -> Bool {
        guard !atEnd else { return false }
        buffer.removeAll(keepingCapacity: true)
        position = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                atEnd = true
                return false
            }
            buffer.append(contentsOf: chunk[..<count])
            return true
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return String(text)
    }
}
