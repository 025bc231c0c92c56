import Foundation
import Subprocess
import WFPluginAPI

#if canImport(System)
import System
#else
import SystemPackage
#endif

/// One script process: started in its own process group, its output streamed line by line,
/// stopped (SIGTERM to the group, then SIGKILL) on timeout or when the task is cancelled.
struct ScriptProcess: Sendable {
    /// How the process ended.
    enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut(Duration)
    }

    /// The ending and the last line the script wrote to stderr.
    struct Result: Sendable {
        var ending: Ending
        var lastErrorLine: String?
    }

    let executable: String
    let arguments: [String]
    let environment: [String: String]
    let workingDirectory: String
    let timeout: Duration?
    let log: Logger
    let language: Language

    /// Seconds between SIGTERM and SIGKILL.
    static let grace: Duration = .seconds(3)

    func run() async throws -> Result {
        var options = PlatformOptions()
        options.processGroupID = 0
        options.teardownSequence = [.gracefulShutDown(toProcessGroup: true, allowedDurationToNextStep: Self.grace)]
        var updates: [Environment.Key: String?] = [:]
        for (name, value) in environment {
            guard let key = Environment.Key(rawValue: name) else { continue }
            updates[key] = value
        }
        let lastError = LineBox()
        let timedOut = LineBox()
        let log = self.log
        let timeout = self.timeout
        let result: ExecutionResult<Void, SequenceOutput, SequenceOutput>
        do {
            result = try await Subprocess.run(
                .name(executable), arguments: Arguments(arguments), environment: .inherit.updating(updates),
                workingDirectory: FilePath(workingDirectory), platformOptions: options,
                input: .none, output: .sequence, error: .sequence
            ) { execution in
                await withTaskGroup(of: Bool.self) { group in
                    group.addTask {
                        try? await LineReader.stream(execution.standardOutput) { log.info($0) }
                        return true
                    }
                    group.addTask {
                        try? await LineReader.stream(execution.standardError) { line in
                            log.info(line)
                            if !line.trimmingCharacters(in: .whitespaces).isEmpty { lastError.set(line) }
                        }
                        return true
                    }
                    // The timeout runs on a Dispatch timer, not on the cooperative pool: a pool
                    // kept busy elsewhere must not let a script outlive its timeout.
                    let timer = timeout.map { timeout in
                        ProcessGroupTimer(group: execution.processIdentifier.value, after: timeout, grace: Self.grace) {
                            timedOut.set("yes")
                        }
                    }
                    defer { timer?.cancel() }
                    var readers = 0
                    while readers < 2, let isReader = await group.next() {
                        if isReader { readers += 1 }
                    }
                    group.cancelAll()
                }
            }
        } catch let error as SubprocessError {
            throw PluginError(PluginText.cannotStart(program: executable, problem: String(describing: error)), language: language)
        }
        if let timeout, timedOut.get() != nil {
            return Result(ending: .timedOut(timeout), lastErrorLine: lastError.get())
        }
        switch result.terminationStatus {
        case .exited(let code):
            return Result(ending: .exited(Int32(code)), lastErrorLine: lastError.get())
        case .signaled(let signal):
            return Result(ending: .signalled(Int32(signal)), lastErrorLine: lastError.get())
        }
    }
}

/// A line shared between tasks.
final class LineBox: @unchecked Sendable {
    private var value: String?
    private let lock = NSLock()

    func set(_ line: String) { lock.withLock { value = line } }
    func get() -> String? { lock.withLock { value } }
}

/// Splits a byte stream into lines (LF or CRLF), long lines cut at 64 KiB, invalid UTF-8 repaired.
enum LineReader {
    static let maxLine = 64 * 1024

    static func stream(_ sequence: SubprocessOutputSequence, line: (String) -> Void) async throws {
        var pending: [UInt8] = []
        func emit(_ bytes: ArraySlice<UInt8>) {
            var bytes = bytes
            if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
            line(String(decoding: bytes, as: UTF8.self))
        }
        for try await buffer in sequence {
            buffer.withUnsafeBytes { raw in pending.append(contentsOf: raw) }
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                emit(pending[start..<newline])
                start = newline + 1
            }
            pending.removeSubrange(..<start)
            while pending.count >= maxLine {
                emit(pending[..<maxLine])
                pending.removeSubrange(..<maxLine)
            }
        }
        if !pending.isEmpty { emit(pending[...]) }
    }
}
