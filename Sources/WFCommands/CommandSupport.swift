import ArgumentParser
import Foundation
import WFCalendar
import WFCore
import WFRunner
import WFDiagnostics
import WFYAML

/// What every command that reads workflows shares: loading, printing, exit codes.
enum CommandSupport {
    /// Load options with the built-in plugins and a size limit in bytes.
    static func loadOptions(maxSize: Int? = nil, language: LanguagePreference) -> LoadOptions {
        var limits = YAMLLimits.default
        if let maxSize { limits.maxBytes = maxSize }
        return LoadOptions(limits: limits, plugins: BuiltinPlugins.registry.catalog, language: language)
    }

    /// Loads one workflow for a command that needs it compiled: prints its problems and
    /// throws the exit code (2 unreadable, 1 invalid) when it has errors. Returns the plan with
    /// the language of messages about it.
    static func compiledWorkflow(
        _ path: String, maxSize: Int? = nil, language: LanguagePreference, color: ColorOption
    ) throws -> (compiled: CompiledPlan, language: Language) {
        let loaded = WorkflowLoader.load(path: path, options: loadOptions(maxSize: maxSize, language: language))
        if !loaded.report.diagnostics.isEmpty {
            printError(render([loaded.report], format: .human, color: color.enabled(stderr: true)), terminator: "")
        }
        guard let compiled = loaded.compiled else {
            throw ExitCode(loaded.report.diagnostics.contains { $0.rule == .io } ? 2 : 1)
        }
        return (compiled, loaded.report.language)
    }

    /// Checks an `--as-of` option: a date such as 2023-10-05 or 05/10/2023.
    static func checkAsOf(_ asOf: String?, language: Language) throws {
        if let asOf, PlanDateTime.parse(asOf) == nil {
            throw ValidationError(CommandText.badAsOf(text: asOf), language: language)
        }
    }

    /// The `--as-of` date, or today in the plan's time zone (UTC+7 when the zone is unknown).
    static func asOfDate(_ asOf: String?, plan: Plan) -> CivilDate {
        asOf.flatMap(PlanDateTime.parse)?.date
            ?? CivilDate.today(timeZone: plan.timezone)
            ?? CivilDate.today(utcOffsetSeconds: 7 * 3600)
    }

    /// What `error` says, in both languages when it carries them (the state store's errors).
    static func message(of error: any Error) -> Message {
        if let error = error as? StateError { return error.message }
        if let error = error as? RunError { return error.message }
        return .verbatim("\(error)")
    }

    static func printError(_ text: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((text + terminator).utf8))
    }

    /// For a workflow without recorded runs: a path that names no file is most often a typo,
    /// so it is an error (exit 2), not "has not run yet".
    static func requireWorkflowFile(_ path: String, language: Language) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            printError(CommandText.noSuchFile(path: path).text(language))
            throw ExitCode(2)
        }
    }

    /// The folder SARIF addresses files from: the repository around the current folder (the
    /// nearest folder up holding `.git`), else the current folder.
    static func sourceRoot() -> SourceRoot {
        let current = FileManager.default.currentDirectoryPath
        var folder = current
        while !folder.isEmpty {
            if FileManager.default.fileExists(atPath: folder + "/.git") { return SourceRoot(path: folder, workingDirectory: current) }
            if folder == "/" { break }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return SourceRoot(path: current, workingDirectory: current)
    }

    /// Writes `text` to `path`, or to standard output when `path` is nil or "-".
    static func emit(_ text: String, to path: String?, language: Language) throws {
        guard let path, path != "-" else {
            // Bytes, not Characters: "\r\n" is one Character, so `hasSuffix("\n")` is false for
            // an iCalendar stream, which then got a stray LF after its last CRLF.
            print(text, terminator: text.utf8.last == UInt8(ascii: "\n") ? "" : "\n")
            return
        }
        try write(Data(text.utf8), to: path, language: language)
    }

    /// Writes `data` to `path` atomically; a failure says why in words a planner can act on.
    static func write(_ data: Data, to path: String, language: Language) throws {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw ValidationError(CommandText.noFolder(path: path, folder: folder), language: language)
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            let reason = FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder)
                ? error.localizedDescription.replacing("The operation could not be completed. ", with: "")
                : CommandText.folderNotWritable(folder: folder.isEmpty ? "." : folder).text(language)
            throw ValidationError(CommandText.cannotWrite(path: path, reason: reason), language: language)
        }
    }

    /// Parses `64MiB`, `20MB`, `1048576` into bytes.
    static func parseSize(_ text: String) -> Int? {
        let units: [(String, Int)] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10), ("GB", 1_000_000_000),
                                      ("MB", 1_000_000), ("KB", 1000), ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10), ("B", 1)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            return Int(text.dropLast(suffix.count)).map { $0 * factor }
        }
        return Int(text)
    }
}

/// `--max-size`, shared by commands that read workflows.
struct SizeOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Largest workflow file accepted (e.g. 64MiB, 500KB).", valueName: "size"))
    var maxSize: String?

    func bytes(_ language: Language) throws -> Int? {
        guard let maxSize else { return nil }
        guard let bytes = CommandSupport.parseSize(maxSize), bytes > 0 else {
            throw ValidationError(CommandText.badSize(text: maxSize), language: language)
        }
        return bytes
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
