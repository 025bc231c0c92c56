import Foundation

/// The Python peers in `Tests/Support/` (an iCalendar checker, an XLSX reader), run as a
/// user's tools would run on `wf`'s output.
enum SupportScript {
    /// Runs `python3 Tests/Support/NAME ARGUMENTS`: its exit status, standard output and
    /// standard error.
    static func run(_ name: String, _ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", WF.repoRoot.appendingPathComponent("Tests/Support/\(name)").path] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, data, problem)
    }
}
