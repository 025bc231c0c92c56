import Foundation

/// The workflow's folder: plugins write files here, and nowhere else unless allowed.
public struct Workspace: Sendable {
    /// The folder of the workflow file.
    public let root: String
    /// `--allow-outside`: paths may leave the folder.
    public let allowOutside: Bool
    private let secrets: Secrets

    public init(root: String, allowOutside: Bool = false, secrets: Secrets = Secrets()) {
        self.root = root
        self.allowOutside = allowOutside
        self.secrets = secrets
    }

    /// The absolute path of `relative`, checked to stay inside the workflow's folder.
    public func resolve(_ relative: String) throws -> String {
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let full = relative.hasPrefix("/") ? relative : base + "/" + relative
        let standardized = URL(fileURLWithPath: full).standardizedFileURL.path
        if !allowOutside, standardized != base, !standardized.hasPrefix(base.hasSuffix("/") ? base : base + "/") {
            throw PluginError("'\(relative)' is outside the workflow's folder \(base); pass --allow-outside to write there")
        }
        return standardized
    }

    /// Writes text (secrets masked) to `relative`, creating folders; returns the absolute path.
    @discardableResult
    public func write(_ text: String, to relative: String) throws -> String {
        try write(Data(secrets.mask(text).utf8), to: relative)
    }

    /// Appends one record (a line of text, secrets masked) to `relative`, creating it and its
    /// folders, whole or not at all:
    /// - one `write` loop on an `O_APPEND` descriptor under an exclusive `flock`, so parallel
    ///   nodes and other processes appending to the same file never interleave or overwrite;
    /// - a write that fails part way (a full disk) is cut back to the file's previous length;
    /// - a record never joins an unfinished last line: it starts on a new line; an unfinished
    ///   last line that starts with `tornPrefix` and is not valid JSON is a record cut short by
    ///   a kill, and is removed first;
    /// - with `unlessContains`, the record is not written again when the file already holds
    ///   that text (an earlier attempt wrote it and was killed before it was marked done).
    /// Returns the absolute path and whether the record was written now.
    @discardableResult
    public func append(_ text: String, to relative: String, unlessContains marker: String? = nil,
                       tornPrefix: String? = nil) throws -> (path: String, written: Bool) {
        let path = try resolve(relative)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var record = Array(secrets.mask(text).utf8)
        if record.last != UInt8(ascii: "\n") { record.append(UInt8(ascii: "\n")) }
        let written = try AppendFile.appendRecord(record, path: path, unlessContains: marker.map { Array($0.utf8) },
                                                  tornPrefix: tornPrefix.map { Array($0.utf8) })
        return (path, written)
    }

    /// Writes bytes atomically to `relative`, creating folders; returns the absolute path.
    /// Callers mask secrets in text they put inside binary formats.
    @discardableResult
    public func write(_ data: Data, to relative: String) throws -> String {
        let path = try resolve(relative)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        return path
    }

    /// Reads a file under the workflow's folder.
    public func read(_ relative: String) throws -> Data {
        let path = try resolve(relative)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PluginError("cannot read '\(relative)'")
        }
        return data
    }
}
