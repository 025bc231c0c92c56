import Foundation
import Testing

import WFPluginAPI

@testable import NotifyPlugin

/// The effects outbox over a dictionary: enough for unit tests of a plugin (the end-to-end
/// tests in CLITests use the real SQLite store through `wf run`).
actor NotifyTestLedger: EffectLedger {
    enum State: Equatable { case pending, done }
    private(set) var states: [String: State] = [:]
    private(set) var failures: [String: String] = [:]
    private(set) var descriptions: [String] = []
    private(set) var skips: [String] = []

    func isDone(node: String, key: String) -> Bool { states[node + "|" + key] == .done }
    func begin(node: String, key: String, summary: String) { states[node + "|" + key] = .pending }
    func done(node: String, key: String) { states[node + "|" + key] = .done }
    func failed(node: String, key: String, message: String) { failures[node + "|" + key] = message }
    func describe(node: String, key: String, summary: String) { descriptions.append(summary) }
    func skipped(node: String, key: String, summary: String) { skips.append(key) }

    /// Keys (without the node) in the given state.
    func keys(_ state: State) -> [String] {
        states.filter { $0.value == state }.keys.map { String($0.split(separator: "|", maxSplits: 1)[1]) }.sorted()
    }
}

/// Log lines a plugin wrote.
final class NotifyLogLines: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()

    var logger: Logger { Logger { line in self.lock.withLock { self.lines.append(line) } } }
    var all: [String] { lock.withLock { lines } }
    var text: String { all.joined(separator: "\n") }
}

/// A workflow written into a fresh folder and compiled, ready for invocations of its nodes.
struct NotifyFixture {
    let folder: URL
    let compiled: CompiledPlan
    let ledger = NotifyTestLedger()
    let log = NotifyLogLines()

    init(_ yaml: String, files: [String: Data] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("wf-notify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let path = folder.appendingPathComponent("plan.yaml").path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        let loaded = WorkflowLoader.load(path: path, options: LoadOptions(plugins: PluginCatalog([NotifyPlugin.signature])))
        guard let compiled = loaded.compiled else {
            throw PluginError("the fixture does not compile: \(loaded.report.diagnostics.map { "\($0.range.start.line): \($0.message)" })")
        }
        self.compiled = compiled
    }

    /// An invocation of node `id` as of `asOf`.
    func invocation(
        _ id: String, asOf: String, inputs: [String: ExpressionValue] = [:], env: [String: String] = [:],
        secrets: [String: String] = [:], dryRun: Bool = false
    ) throws -> Invocation {
        guard let node = compiled.graph[id], let date = CivilDate.parse(asOf) else {
            throw PluginError("no node '\(id)' or bad date '\(asOf)'")
        }
        let secrets = Secrets(secrets)
        return Invocation(
            node: node, plan: compiled, inputs: Inputs(inputs), asOf: date, runID: UUID().uuidString, isDryRun: dryRun,
            env: env, secrets: secrets, log: log.logger,
            workspace: Workspace(root: folder.path, secrets: secrets), ledger: ledger)
    }

    /// Runs node `id` through the notify plugin.
    func run(
        _ id: String, asOf: String, inputs: [String: ExpressionValue] = [:], env: [String: String] = [:],
        secrets: [String: String] = [:], dryRun: Bool = false
    ) async throws -> Outcome {
        try await NotifyPlugin().run(invocation(id, asOf: asOf, inputs: inputs, env: env, secrets: secrets, dryRun: dryRun))
    }

    func file(_ relative: String) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
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
            throw PluginError("\(script) did not start (said '\(text)'); is Python's aiosmtpd installed? pip install aiosmtpd")
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
