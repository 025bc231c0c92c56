/// The folder reports are addressed from (a repository's root, else the current folder), and
/// the folder wf runs in, so that any path a report names can be made relative to the root.
public struct SourceRoot: Sendable, Hashable {
    /// The root: an absolute path without a trailing `/`.
    public var path: String
    /// The current folder: an absolute path, where relative report paths start.
    public var workingDirectory: String

    public init(path: String, workingDirectory: String) {
        self.path = SourceRoot.normalized(path)
        self.workingDirectory = SourceRoot.normalized(workingDirectory)
    }

    /// `path` as an absolute path without `.` and `..` parts.
    public func absolutePath(of path: String) -> String {
        SourceRoot.normalized(path.hasPrefix("/") ? path : workingDirectory + "/" + path)
    }

    /// `path` relative to the root (`workflows/q4-plan.yaml`), or nil when it is outside it.
    public func relativePath(of path: String) -> String? {
        let absolute = absolutePath(of: path)
        let root = self.path == "/" ? "" : self.path
        guard absolute.hasPrefix(root + "/") else { return nil }
        return String(absolute.dropFirst(root.count + 1))
    }

    /// An absolute path with `.`, `..` and repeated `/` removed; `..` above `/` stays at `/`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
