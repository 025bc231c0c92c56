import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a path cannot be read as a plan, in words a planner can act on.
public enum FileProblem {
    /// What is wrong with a path whose `stat` or `open` failed with `errno`.
    public static func describe(errno code: Int32, path: String) -> String {
        switch code {
        case ENOENT: return "no such file"
        case ELOOP: return "is a symbolic link that leads back to itself (a link loop); point it at a real file"
        case EACCES, EPERM: return "cannot be read: permission denied"
        case ENOTDIR: return "no such file (a part of the path is not a folder)"
        case ENAMETOOLONG: return "the path is too long"
        default: return "cannot be read: \(String(cString: strerror(code)))"
        }
    }

    /// Why `-` (standard input) cannot be read when it is a terminal.
    public static let standardInputIsTerminal =
        "standard input is a terminal; pipe a plan in (wf validate - < plan.yaml) or name the file"

    /// Why `wf run -` is refused: a run's state is kept beside its plan file.
    public static let runNeedsFile =
        "wf run needs a plan file, not '-' (standard input): the record of what it sent is kept beside the file"

    /// Why a file of this mode is not a plan file, or nil for a regular file.
    public static func notRegular(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "is a folder, not a workflow file"
        case S_IFIFO: return "is a named pipe (FIFO), not a file; wf reads plans only from regular files"
        case S_IFCHR, S_IFBLK: return "is a device, not a file; wf reads plans only from regular files"
        case S_IFSOCK: return "is a socket, not a file; wf reads plans only from regular files"
        default: return "is not a regular file; wf reads plans only from regular files"
        }
    }
}
