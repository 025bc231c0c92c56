import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a reporter writes: a file descriptor, or a buffer in tests.
public final class TextOutput: @unchecked Sendable {
    private let descriptor: Int32?
    private let lock = NSLock()
    private var buffer: String = ""

    /// Standard output.
    public static let standardOutput = TextOutput(descriptor: 1)

    /// Writes to `descriptor`.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Collects text in memory (read it with `text`).
    public init() {
        self.descriptor = nil
    }

    /// What was written, for an in-memory output.
    public var text: String { lock.withLock { buffer } }

    /// True when the descriptor is a terminal.
    public var isTerminal: Bool { descriptor.map { isatty($0) == 1 } ?? false }

    /// The terminal's width in columns, 80 when unknown.
    public var columns: Int {
        #if canImport(Glibc) || canImport(Darwin)
        var size = winsize()
        if let descriptor, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        #endif
        return 80
    }

    /// Writes `text` as is, all of it.
    public func write(_ text: String) {
        lock.withLock {
            guard let descriptor else {
                buffer += text
                return
            }
            var bytes = Array(text.utf8)[...]
            while !bytes.isEmpty {
                let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                bytes = bytes.dropFirst(written)
            }
        }
    }
}

private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, pointer, count)
    #else
    return Darwin.write(descriptor, pointer, count)
    #endif
}
