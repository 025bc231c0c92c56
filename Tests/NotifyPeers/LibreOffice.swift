import Foundation

/// LibreOffice, where installed (found by `TestRequirement.soffice` and `.sofficeCalc`, which
/// tests that need it use): converts a DOCX or XLSX the way a reader's office suite opens it.
public enum LibreOffice {
    /// Converts `file` into `folder` with `soffice --headless --convert-to FORMAT` (`pdf`, or
    /// `csv:…` with filter options), with a profile of its own in `folder`; returns the exit
    /// status and what it printed.
    public static func convert(_ file: URL, to format: String, in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestRequirement.sofficePath ?? "soffice")
        let profile = folder.appendingPathComponent("lo-profile")
        process.arguments = ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", format,
                             "--outdir", folder.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Converts `file` to PDF in `folder`.
    public static func convertToPDF(_ file: URL, in folder: URL) throws -> (status: Int32, output: String) {
        try convert(file, to: "pdf", in: folder)
    }
}
