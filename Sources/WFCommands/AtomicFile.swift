import ArgumentParser
import Foundation
import WFLocalization

/// Replaces a file's contents atomically: a reader sees the old file or the new one, never half.
enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `path` and renames it over `path`, keeping
    /// the file's permissions (and its owner and group when allowed). A symbolic link is
    /// followed: the file it points to is replaced, the link stays.
    static func replace(_ path: String, with bytes: [UInt8], language: Language) throws {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var info = stat()
        guard stat(target, &info) == 0 else { throw failure(path, String(cString: strerror(errno)), language) }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array("\(folder.isEmpty ? "." : folder)/.\(name).wf-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else {
            throw failure(path, CommandText.temporaryFile(folder: folder, reason: String(cString: strerror(errno))).text(language), language)
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        var written = 0
        var problem: String?
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                problem = String(cString: strerror(errno))
                break
            }
            written += count
        }
        if problem == nil {
            _ = fchown(descriptor, info.st_uid, info.st_gid)  // allowed only to root or the same owner
            if fchmod(descriptor, info.st_mode & 0o7777) != 0 || fsync(descriptor) != 0 {
                problem = String(cString: strerror(errno))
            }
        }
        if close(descriptor) != 0, problem == nil { problem = String(cString: strerror(errno)) }
        if let problem { throw failure(path, problem, language) }
        guard rename(temporary, target) == 0 else { throw failure(path, String(cString: strerror(errno)), language) }
        renamed = true
    }

    private static func failure(_ path: String, _ reason: String, _ language: Language) -> ValidationError {
        ValidationError(CommandText.fileNotChanged(path: path, reason: reason), language: language)
    }
}
