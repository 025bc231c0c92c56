import Foundation
import Testing

/// A helper that did not start, or a tool that failed.
struct NotifyPeerError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

// MARK: - Real peers

/// A Python helper from Tests/Support run as a real server on 127.0.0.1 for one test.
final class NotifyPeer: @unchecked Sendable {
    let process = Process()
    let port: Int
    let output: URL
    private let stdin = Pipe()

    static let supportFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Support")

    /// Starts `script` with `arguments` and waits (at most 20 s) for its `READY <port>` line.
    init(_ script: String, arguments: [String]) throws {
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
    func saved(_ ext: String) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: output, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == ext }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func stop() {
        try? stdin.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: output)
    }

    /// True when Python has aiosmtpd (the SMTP peer needs it).
    static let hasAiosmtpd = succeeds(["python3", "-c", "import aiosmtpd"])
    /// True when the `openssl` tool can make a test certificate.
    static let hasOpenSSL = succeeds(["openssl", "version"])

    private static func succeeds(_ command: [String]) -> Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = command
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }
}

/// Parses mail files with Python's `email` package (policy.default): an independent reader.
struct NotifyParsedMail: Decodable {
    struct Attachment: Decodable {
        var filename: String?
        var content_type: String
        var size: Int
        var sha256: String
    }

    var subject: String
    var from: String
    var to: String
    var content_type: String
    var body: String?
    var attachments: [Attachment]
    var defects: [String]
    var max_line: Int
    var bare_lf: Bool
    var header_lines: [String]

    /// The body with CRLF turned into LF.
    var text: String { (body ?? "").replacing("\r\n", with: "\n") }

    static func parse(_ files: [URL]) throws -> [NotifyParsedMail] {
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
func notifySHA256(_ url: URL) throws -> String {
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

extension Trait where Self == ConditionTrait {
    /// Skips a test, saying why, where Python's aiosmtpd is not installed.
    static var needsAiosmtpd: Self {
        .enabled(if: NotifyPeer.hasAiosmtpd, "Python's aiosmtpd is missing: pip install aiosmtpd")
    }

    /// Skips a test, saying why, where the `openssl` tool is not installed.
    static var needsOpenSSL: Self {
        .enabled(if: NotifyPeer.hasOpenSSL, "the openssl tool is missing: apt-get install openssl")
    }
}
