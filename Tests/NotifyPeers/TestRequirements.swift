import Foundation

// What the test suites need from outside Swift (Python modules, command-line tools), probed
// once here for PluginTests and CLITests alike. Each test target turns a requirement into a
// Swift Testing trait with `.needs(_:)` (Tests/*/TestRequirement+Trait.swift): this target
// builds without Testing, so that `swift build -c release --static-swift-stdlib` still builds
// the whole package (the toolchain has no static libTesting).
//
// A test that needs one is skipped, saying what to install, where it is missing; .ci/run
// installs them all, so there every test runs.

/// Something a test needs that Swift does not provide, and whether this machine has it.
public struct TestRequirement: Sendable {
    /// True when the machine has it.
    public let isMet: Bool
    /// Why a test is skipped without it, and how to install it.
    public let reason: String

    public init(isMet: Bool, reason: String) {
        self.isMet = isMet
        self.reason = reason
    }

    /// Python modules, imported by the `python3` first on the PATH (a venv's, if one is active).
    public static func python(_ modules: [String], pip: String) -> TestRequirement {
        let imports = modules.joined(separator: ", ")
        return TestRequirement(
            isMet: succeeds(["python3", "-c", "import \(imports)"]),
            reason: "needs python3 module\(modules.count == 1 ? "" : "s") \(imports): pip install \(pip)")
    }

    /// Python's aiosmtpd: the SMTP peer (Tests/Support/smtp_server.py).
    public static let aiosmtpd = python(["aiosmtpd"], pip: "aiosmtpd")
    /// Python's icalendar: the independent reader of `wf calendar` output (Tests/Support/check_ics.py).
    public static let icalendar = python(["icalendar"], pip: "icalendar")
    /// Python's jsonschema and PyYAML: the independent check of docs/wf.schema.json.
    public static let jsonschema = python(["jsonschema", "yaml"], pip: "jsonschema pyyaml")
    /// The `check-jsonschema` tool: checks the examples against docs/wf.schema.json, SARIF
    /// output against the official SARIF 2.1.0 schema, action.yml and the example workflow
    /// against the GitHub schemas it ships.
    public static let checkJSONSchema = TestRequirement(
        isMet: succeeds(["check-jsonschema", "--version"]), reason: "needs check-jsonschema: pip install check-jsonschema")
    /// The `pre-commit` tool, to run the wf-validate hook of .pre-commit-hooks.yaml.
    public static let preCommit = TestRequirement(
        isMet: succeeds(["pre-commit", "--version"]), reason: "needs pre-commit: pip install pre-commit")
    /// Python's openpyxl: the independent reader of `wf plan --format xlsx` workbooks
    /// (Tests/Support/read_xlsx.py), and the writer of the annexes `wf import` reads (Tests/Support/make_annex.py).
    public static let openpyxl = python(["openpyxl"], pip: "openpyxl")
    /// PyYAML: reads back the YAML `wf import` writes, as another YAML reader would.
    public static let pyyaml = python(["yaml"], pip: "pyyaml")
    /// pytest-lsp (pytest with pygls' language client): the LSP client of `wf lsp`'s tests (Tests/Support/lsp).
    public static let pytestLSP = python(["pytest", "pytest_lsp", "pygls", "lsprotocol"], pip: "pytest-lsp")
    /// The `openssl` tool, to make a test certificate for STARTTLS.
    public static let openssl = TestRequirement(
        isMet: succeeds(["openssl", "version"]), reason: "needs the openssl tool: apt-get install openssl")
    /// LibreOffice's `soffice`, to convert a DOCX to PDF.
    public static let soffice = TestRequirement(
        isMet: sofficePath != nil,
        reason: "needs LibreOffice (soffice): apt-get install libreoffice-writer-nogui")

    /// LibreOffice Calc (`soffice` with its spreadsheet module), to convert an XLSX to PDF and CSV,
    /// and a CSV file to .xlsx.
    public static let sofficeCalc = TestRequirement(
        isMet: sofficePath.map { path in
            let program = URL(fileURLWithPath: path).resolvingSymlinksInPath().deletingLastPathComponent()
            return FileManager.default.fileExists(atPath: program.appendingPathComponent("libsclo.so").path)
                || FileManager.default.fileExists(atPath: program.appendingPathComponent("libsclo.dylib").path)
        } ?? false,
        reason: "needs LibreOffice Calc (soffice): apt-get install libreoffice-calc-nogui")

    /// Poppler's `pdftotext`, to read back the lines of a PDF LibreOffice made.
    public static let pdftotext = TestRequirement(
        isMet: succeeds(["sh", "-c", "command -v pdftotext"]), reason: "needs pdftotext: apt-get install poppler-utils")

    /// Where `soffice` is: on the PATH or in a usual place; nil when LibreOffice is not installed.
    public static let sofficePath: String? = {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/soffice" }
            + ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/homebrew/bin/soffice"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// True when `command` (looked up on the PATH) runs and exits 0.
    static func succeeds(_ command: [String]) -> Bool {
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
