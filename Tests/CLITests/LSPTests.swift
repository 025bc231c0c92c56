import Foundation
import NotifyPeers
import Testing

/// `wf lsp` end to end: a real LSP client (pygls' language client, through pytest-lsp) drives the
/// built binary. The cases are in Tests/Support/lsp: every capability (diagnostics on open and
/// on incremental change, hover, completion, definition, references, outline, quick fixes), 200
/// seeded random edits of workflows/q4-plan.yaml, and garbage on the wire.
@Suite("wf lsp")
struct LSPTests {
    @Test("the pytest-lsp cases pass against the real binary", .needs(.pytestLSP),
          arguments: ["test_wf_lsp.py", "test_wire.py"])
    func pytestCases(file: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "pytest", "Tests/Support/lsp/\(file)", "-q", "-p", "no:cacheprovider"]
        process.currentDirectoryURL = WF.repoRoot
        var environment = ProcessInfo.processInfo.environment
        environment["WF_BIN"] = WF.binary.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        // pytest's last line: "20 passed in 8.98s"; exit status 5 would mean no test ran.
        let summary = text.split(separator: "\n").last { $0.contains(" passed") || $0.contains(" failed") } ?? ""
        let passed = summary.split(separator: " ").firstIndex(of: "passed").flatMap { index in
            index > 0 ? Int(summary.split(separator: " ")[index - 1]) : nil
        } ?? 0
        #expect(process.terminationStatus == 0, "pytest failed:\n\(text.suffix(6000))")
        #expect(passed >= 5, "pytest ran \(passed) cases:\n\(text.suffix(2000))")
    }
}
