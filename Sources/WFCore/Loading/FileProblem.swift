import Foundation
public import WFLocalization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a path cannot be read as a plan, in words a planner can act on.
public enum FileProblem {
    /// What is wrong with a path whose `stat` or `open` failed with `errno`.
    public static func describe(errno code: Int32, path: String) -> Message {
        switch code {
        case ENOENT: return FileText.noSuchFile.message
        case ELOOP: return FileText.linkLoop.message
        case EACCES, EPERM: return FileText.permissionDenied.message
        case ENOTDIR: return FileText.notAFolderOnPath.message
        case ENAMETOOLONG: return FileText.pathTooLong.message
        default: return FileText.cannotBeRead(reason: String(cString: strerror(code)))
        }
    }

    /// Why `-` (standard input) cannot be read when it is a terminal.
    public static var standardInputIsTerminal: Message { FileText.standardInputIsTerminal.message }

    /// Why `wf run -` is refused: a run's state is kept beside its plan file.
    public static var runNeedsFile: Message { FileText.runNeedsFile.message }

    /// Why a file of this mode is not a plan file, or nil for a regular file.
    public static func notRegular(_ mode: mode_t) -> Message? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return FileText.isAFolder.message
        case S_IFIFO: return FileText.isAPipe.message
        case S_IFCHR, S_IFBLK: return FileText.isADevice.message
        case S_IFSOCK: return FileText.isASocket.message
        default: return FileText.notRegular.message
        }
    }
}
