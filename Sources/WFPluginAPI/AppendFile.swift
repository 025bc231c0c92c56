import Foundation
import WFJSON
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-record appends to a file shared by parallel nodes and processes.
enum AppendFile {
    /// Appends `record` (ending in a newline) to `path` under an exclusive lock; see
    /// `Workspace.append`. Returns false when `marker` was found and nothing was written.
    static func appendRecord(_ record: [UInt8], path: String, unlessContains marker: [UInt8]?,
                             tornPrefix: [UInt8]? = nil) throws -> Bool {
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot open", path) }
        defer { close(descriptor) }
        guard isRegularFile(descriptor) else { throw PluginError("'\(path)' is not a regular file; a file: channel needs one") }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw failure("cannot lock", path) }
        }
        defer { flock(descriptor, LOCK_UN) }

        var length = try size(descriptor, path)
        // Everything below sees the file as it is under the lock.
        if let marker, length > 0, try contents(path).firstRange(of: marker) != nil { return false }
        var bytes = record
        if length > 0, try lastByte(descriptor, at: length - 1, path) != UInt8(ascii: "\n") {
            let content = try contents(path)
            let lineStart = content.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let tail = Array(content[lineStart...])
            if let tornPrefix, tail.starts(with: tornPrefix), JSON(parsing: tail) == nil {
                // A record of ours cut short: the kernel stops a write part way when the writer
                // is killed. Its effect was never marked done, so it is written again whole below.
                guard ftruncate(descriptor, off_t(lineStart)) == 0 else { throw failure("cannot cut the torn last record of", path) }
                length = off_t(lineStart)
            } else {
                // An unfinished line that is not a torn record of ours: keep it, start a new line.
                bytes.insert(UInt8(ascii: "\n"), at: 0)
            }
        }
        do {
            try writeAll(descriptor, bytes, path: path)
            guard fsync(descriptor) == 0 else { throw failure("cannot flush", path) }
        } catch {
            // Leave the file as it was: no half record for the next attempt to append after.
            _ = ftruncate(descriptor, length)
            throw error
        }
        return true
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write to", path)
            }
            if count == 0 { throw PluginError("cannot write to '\(path)': the disk accepted no more bytes") }
            offset += count
        }
    }

    private static func isRegularFile(_ descriptor: Int32) -> Bool {
        var info = stat()
        return fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    private static func size(_ descriptor: Int32, _ path: String) throws -> off_t {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("cannot read the size of", path) }
        return info.st_size
    }

    private static func contents(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw failure("cannot read", path) }
        return [UInt8](data)
    }

    private static func lastByte(_ descriptor: Int32, at offset: off_t, _ path: String) throws -> UInt8 {
        var byte: UInt8 = 0
        guard pread(descriptor, &byte, 1, offset) == 1 else { throw failure("cannot read", path) }
        return byte
    }

    private static func failure(_ what: String, _ path: String) -> PluginError {
        PluginError("\(what) '\(path)': \(String(cString: strerror(errno)))")
    }
}
