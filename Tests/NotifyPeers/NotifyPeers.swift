import Foundation

// The real SMTP and HTTP peers the notify tests talk to, shared by PluginTests and CLITests.

/// A helper that did not start, or a tool that failed.
public struct NotifyPeerError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

// MARK: - Real peers

/// A Python helper from Tests/Support run as a real server on 127.0.0.1 for one test.
public final class NotifyPeer: @unchecked Sendable {
    let process = Process()
    public let port: Int
    public let output: URL
    private let stdin = Pipe()

    public static let supportFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Support")

    /// Starts `script` with `arguments` and waits (at most 20 s) for its `READY <port>` line.
    public init(_ script: String, arguments: [String]) throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("wf-peer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.supportFolder.appendingPathComponent(script).path, "--out", output.path] + arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardInput = stdin
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Reading the one line blocks until the server is up; the server stays up as long
        // as it needs, however slow the machine, and the test has its own time limit.
        var line = Data()
        while true {
            let byte = stdout.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("READY "), let port = Int(text.dropFirst(6)) else {
            process.terminate()
            throw NotifyPeerError("\(script) did not start (said '\(text)'); is Python's aiosmtpd installed? pip install aiosmtpd")
        }
        self.port = port
    }

    /// Files the server saved, sorted, with the given extension.
    public func saved(_ ext: String) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: output, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == ext }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    public func stop() {
        try? stdin.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: output)
    }
}

/// Parses mail files with Python's `email` package (policy.default): an independent reader.
public struct NotifyParsedMail: Decodable {
    public struct Attachment: Decodable {
        public var filename: String?
        public var content_type: String
        public var size: Int
        public var sha256: String
    }

    public var subject: String
    public var from: String
    public var to: String
    public var content_type: String
    public var body: String?
    public var attachments: [Attachment]
    public var defects: [String]
    public var max_line: Int
    public var bare_lf: Bool
    public var header_lines: [String]

    /// The body with CRLF turned into LF.
    public var text: String { (body ?? "").replacing("\r\n", with: "\n") }

    public static func parse(_ files: [URL]) throws -> [NotifyParsedMail] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", NotifyPeer.supportFolder.appendingPathComponent("parse_eml.py").path] + files.map(\.path)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode([NotifyParsedMail].self, from: data)
    }
}

/// The SHA-256 of a file, with the system's `sha256sum`, to compare attachments byte for byte.
public func notifySHA256(_ url: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sha256sum", url.path]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
}
