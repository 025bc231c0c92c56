import Foundation
#if canImport(Glibc)
import Glibc
#endif
public import WFCalendar
public import WFDiagnostics
public import WFYAML

/// What loading needs beyond the file: limits and the plugins `uses:` may name.
public struct LoadOptions: Sendable {
    public var limits: YAMLLimits
    public var plugins: PluginCatalog
    /// How the language of the report's messages is chosen (the plan's `lang:` comes in
    /// after `--lang` and `WF_LANG`).
    public var language: LanguagePreference
    /// Parsed templates shared with earlier loads (`wf lsp`); nil starts an empty one.
    public var templateCache: TemplateCache?
    /// Whether a large plan is decoded and checked on two threads (the result is the same;
    /// the tests compare the two ways).
    public var twoThreads = true
    /// Whether to keep what `WorkflowLoader.reload` needs to load an edit of the text.
    public var reloadable = false

    public init(limits: YAMLLimits = .default, plugins: PluginCatalog, language: LanguagePreference = .english,
                templateCache: TemplateCache? = nil) {
        self.limits = limits
        self.plugins = plugins
        self.language = language
        self.templateCache = templateCache
    }
}

/// A workflow file after loading: its report, and the compiled plan when it has no errors.
public struct LoadedWorkflow: Sendable {
    public var report: FileReport
    public var compiled: CompiledPlan?
    /// The plan as decoded, even when it has errors (nil when the YAML did not parse).
    public var plan: Plan?
    /// The language the plan declares with `lang:`, nil when it declares none.
    public var declaredLanguage: Language?
    /// What loading an edit of this text may reuse; nil when the text cannot be loaded in part.
    var reusable: Reusable?

    public var hasErrors: Bool { report.errorCount > 0 }

    /// What `WorkflowLoader.reload` reuses from the load of the text before an edit.
    struct Reusable: Sendable {
        /// The decoder's problems with the top level (all but the lists' items).
        var headerDiagnostics: [Diagnostic]
        /// The decoder's problems with the lists' items, each inside its item.
        var listDiagnostics: [Diagnostic]
        /// The goals and checkpoints as decoded, before their deadlines were resolved.
        var goals: [Goal]
        var checkpoints: [Checkpoint]
        /// The text's anchors, each name defined once.
        var anchors: [String: YAMLAnchor]
        /// At least the nodes aliases added by expansion.
        var aliasExpansions: Int
    }
}

/// The one pipeline `validate`, `graph`, `plan` and `run` share: read, parse, decode, validate.
public enum WorkflowLoader {
    /// The path that names standard input (`wf validate -`).
    public static let standardInputPath = "-"
    /// How reports name standard input; relative paths inside resolve from the current folder.
    public static let standardInputName = "<stdin>"

    /// Loads the workflow at `path`, or from standard input when `path` is `-`.
    public static func load(path: String, options: LoadOptions) -> LoadedWorkflow {
        load(path: path, options: options, onlyPlans: false) ?? unreadable(path)
    }

    /// Loads the workflow at `path` if it is a plan; nil for a YAML file that is not one: its
    /// top level is not a mapping with a `wf:` key (a compose file, a CI configuration). A
    /// file that cannot be read or parsed is loaded, so that its problem is reported.
    public static func loadIfPlan(path: String, options: LoadOptions) -> LoadedWorkflow? {
        load(path: path, options: options, onlyPlans: true)
    }

    /// Compiles workflow text that has already been read; the report's messages are in the
    /// language `options.language` chooses with the plan's own `lang:`.
    public static func compile(bytes raw: [UInt8], path: String, options: LoadOptions) -> LoadedWorkflow {
        compile(bytes: raw, path: path, options: options, onlyPlans: false) ?? unreadable(path)
    }

    /// Never returned: loading returns nil only when asked for plans only.
    private static func unreadable(_ path: String) -> LoadedWorkflow {
        LoadedWorkflow(report: FileReport(path: path, text: "", diagnostics: []), compiled: nil)
    }

    /// The workflow, or nil when `onlyPlans` and the file parsed but is not a plan.
    static func load(path: String, options: LoadOptions, onlyPlans: Bool) -> LoadedWorkflow? {
        let isStandardInput = path == standardInputPath
        let name = isStandardInput ? standardInputName : path
        let read = isStandardInput ? readStandardInput(limit: options.limits.maxBytes) : readFile(path, limit: options.limits.maxBytes)
        switch read {
        case .failure(let diagnostic):
            var loaded = LoadedWorkflow(report: FileReport(path: name, text: "", diagnostics: [diagnostic]), compiled: nil)
            loaded.report.language = options.language.general
            return loaded
        case .success(let bytes):
            return compile(bytes: bytes, path: name, options: options, onlyPlans: onlyPlans)
        }
    }

    /// True when a parsed document is a plan: a mapping with a top-level `wf:` key.
    static func isPlan(_ root: Node?) -> Bool {
        root?.pairs?.contains { $0.key.scalar?.text == "wf" } ?? false
    }

    static func compile(bytes raw: [UInt8], path: String, options: LoadOptions, onlyPlans: Bool) -> LoadedWorkflow? {
        guard var loaded = compileText(bytes: raw, path: path, options: options, onlyPlans: onlyPlans) else { return nil }
        loaded.report.language = options.language.language(plan: loaded.declaredLanguage)
        return loaded
    }

    private static func compileText(bytes raw: [UInt8], path: String, options: LoadOptions, onlyPlans: Bool) -> LoadedWorkflow? {
        let bytes: [UInt8]
        switch TextEncoding.utf8(raw) {
        case .text(let utf8, _):
            bytes = utf8
        case .invalid(let encoding, let offset):
            let diagnostic = Diagnostic.error(
                .yamlSyntax, FileText.invalidAfterBOM(encoding: encoding, offset: offset),
                at: .fileStart, notes: [Diagnostic.Note(FileText.saveAsUTF8.message)])
            return LoadedWorkflow(report: FileReport(path: path, text: "", diagnostics: [diagnostic]), compiled: nil)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var report = FileReport(path: path, text: text, diagnostics: [])
        if let binary = binaryDiagnostic(bytes) {
            report.diagnostics = [binary]
            report.text = ""
            return LoadedWorkflow(report: report, compiled: nil)
        }
        let document = SplitParse.parse(bytes, limits: options.limits, twoThreads: options.twoThreads).document
        if onlyPlans, !document.diagnostics.contains(where: { $0.severity == .error }), !isPlan(document.root) {
            return nil
        }
        // Read from the tree, so that a plan whose YAML has errors still gets its language.
        // When the YAML did not parse, a top-level `lang:` line still says it.
        let declaredLanguage = document.root.map(declaredLanguage(of:)) ?? declaredLanguage(inText: text)
        guard !document.diagnostics.contains(where: { $0.severity == .error && $0.rule != .yamlDuplicateKey }) else {
            report.diagnostics = sorted(IgnoreComments.apply(to: document.diagnostics, text: text))
            return LoadedWorkflow(report: report, compiled: nil, declaredLanguage: declaredLanguage)
        }
        let decoded = PlanDecoder.decodeParts(document.root, twoThreads: options.twoThreads)
        // Kept as decoded, before their deadlines are resolved, for a reload to start from.
        let reusable = options.reloadable && document.diagnostics.isEmpty && !document.anchorRedefined
            ? decoded.plan.map {
                LoadedWorkflow.Reusable(headerDiagnostics: decoded.header, listDiagnostics: decoded.lists, goals: $0.goals,
                                        checkpoints: $0.checkpoints, anchors: document.anchors, aliasExpansions: document.aliasExpansions)
            } : nil
        var loaded = check(decoded.plan, diagnostics: document.diagnostics + decoded.header + decoded.lists, report: report, options: options)
        loaded.declaredLanguage = declaredLanguage
        loaded.reusable = reusable
        return loaded
    }

    /// The rest of loading once the plan is decoded: its calendar, its deadlines resolved,
    /// the checks, the compiled plan when there are no errors, and the report.
    static func check(_ decodedPlan: consuming Plan?, diagnostics found: [Diagnostic], report: FileReport, options: LoadOptions) -> LoadedWorkflow {
        var report = report
        var diagnostics = found
        var compiled: CompiledPlan?
        var resolvedPlan: Plan?
        // Taken out, so that the deadlines are resolved in place in the only copy.
        if var plan = decodedPlan.take() {
            let baseDirectory = (report.path as NSString).deletingLastPathComponent
            let (calendar, calendarDiagnostics) = resolveCalendar(plan, baseDirectory: baseDirectory)
            diagnostics += calendarDiagnostics
            diagnostics += DeadlineResolution.resolve(&plan, on: calendar)
            var validator = Validator(plugins: options.plugins, calendar: calendar)
            let templates = options.templateCache ?? TemplateCache()
            validator.templateCache = templates
            validator.twoThreads = options.twoThreads
            let result = validator.validate(plan, text: report.text)
            diagnostics += result.diagnostics
            compiled = CompiledPlan(
                plan: plan, graph: result.graph, order: result.graph.topologicalOrder(), calendar: calendar,
                prepareDue: result.prepareDue, baseDirectory: baseDirectory.isEmpty ? "." : baseDirectory, path: report.path,
                templates: templates)
            resolvedPlan = plan
        }
        report.diagnostics = sorted(IgnoreComments.apply(to: diagnostics, text: report.text))
        if report.errorCount > 0 { compiled = nil }
        return LoadedWorkflow(report: report, compiled: compiled, plan: resolvedPlan)
    }

    /// The language a top-level `lang: vi` line declares, read from the text of a file whose
    /// YAML does not parse (so that its syntax errors are shown in the plan's language).
    static func declaredLanguage(inText text: String) -> Language? {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("lang:") {
            var value = line.dropFirst("lang:".count)
            if let comment = value.firstIndex(of: "#") { value = value[..<comment] }
            let word = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'\r"))
            return Language(rawValue: word)
        }
        return nil
    }

    /// Stable order by position, so output reads top to bottom.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            .map(\.element)
    }

    // MARK: - Reading

    /// Reads a plan file: regular files only (a FIFO is refused at once), up to `limit` bytes.
    public static func readFile(_ path: String, limit: Int) -> Result<[UInt8], Diagnostic> {
        func failure(_ message: Message, _ rule: Rule = .io) -> Result<[UInt8], Diagnostic> {
            .failure(.error(rule, message, at: .fileStart))
        }
        // Classify before opening: opening a FIFO for reading would wait for a writer forever.
        var info = stat()
        guard stat(path, &info) == 0 else { return failure(FileProblem.describe(errno: errno, path: path)) }
        if let problem = FileProblem.notRegular(info.st_mode) { return failure(problem) }
        if Int(info.st_size) > limit {
            return failure(FileText.tooLarge(size: Int(info.st_size), limit: limit), .yamlLimit)
        }
        // O_NONBLOCK: if the path was swapped for a FIFO since, opening still returns at once.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return failure(FileProblem.describe(errno: errno, path: path)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { return failure(FileProblem.describe(errno: errno, path: path)) }
        if let problem = FileProblem.notRegular(info.st_mode) { return failure(problem) }
        return readAll(descriptor, limit: limit)
    }

    /// Reads a plan from standard input (`-`), up to `limit` bytes; a terminal is refused, since
    /// waiting for a plan to be typed would look like a hang.
    public static func readStandardInput(limit: Int) -> Result<[UInt8], Diagnostic> {
        if isatty(0) == 1 {
            return .failure(.error(.io, FileProblem.standardInputIsTerminal, at: .fileStart))
        }
        return readAll(0, limit: limit)
    }

    /// Reads `descriptor` to its end, up to `limit` bytes.
    static func readAll(_ descriptor: Int32, limit: Int) -> Result<[UInt8], Diagnostic> {
        func failure(_ message: Message, _ rule: Rule = .io) -> Result<[UInt8], Diagnostic> {
            .failure(.error(rule, message, at: .fileStart))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return failure(FileText.cannotBeRead(reason: String(cString: strerror(errno))))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > limit {
                return failure(FileText.overLimit(limit: limit), .yamlLimit)
            }
        }
        return .success(bytes)
    }

    /// A NUL byte in the first 8 KiB means a binary file: say so instead of a YAML error.
    static func binaryDiagnostic(_ bytes: [UInt8]) -> Diagnostic? {
        guard let index = bytes.prefix(8192).firstIndex(of: 0) else { return nil }
        if TextEncoding.looksLikeUnmarkedUTF16(bytes) {
            return .error(.yamlSyntax, FileText.unmarkedUTF16.message,
                          at: .fileStart, notes: [Diagnostic.Note(FileText.saveAsUTF8.message)])
        }
        var line = 1
        for byte in bytes[..<index] where byte == UInt8(ascii: "\n") { line += 1 }
        return .error(.yamlSyntax, FileText.binaryFile(offset: index),
                      at: SourceRange(line: line, column: 1))
    }

    // MARK: - Calendar

    static func resolveCalendar(_ plan: Plan, baseDirectory: String) -> (WorkingCalendar, [Diagnostic]) {
        switch plan.calendar {
        case .none:
            return (.none, [])
        case .vn(let off, let work):
            return (off.isEmpty && work.isEmpty ? .vn : WorkingCalendar(base: .vn, off: off, work: work), [])
        case .file(let relative):
            let range = plan.root?["calendar"]?.range ?? .fileStart
            let path = relative.hasPrefix("/") ? relative : (baseDirectory.isEmpty ? relative : baseDirectory + "/" + relative)
            guard let data = FileManager.default.contents(atPath: path) else {
                return (.vn, [.error(.invalidValue, FileText.calendarUnreadable(path: relative), at: range)])
            }
            let document = YAMLParser.parse([UInt8](data))
            guard let root = document.root, root.pairs != nil else {
                return (.vn, [.error(.invalidValue, FileText.calendarNotMapping(path: relative), at: range)])
            }
            var problems: [Diagnostic] = []
            func dates(_ key: String) -> [CivilDate] {
                (root[key]?.items ?? []).compactMap { node in
                    guard let date = node.scalar.flatMap({ PlanDateTime.parse($0.text) }) else {
                        problems.append(.error(.invalidDate, FileText.calendarBadDate(path: relative, line: node.range.start.line,
                                                                                  text: node.scalar?.text ?? ""), at: range))
                        return nil
                    }
                    return date.date
                }
            }
            return (WorkingCalendar(base: .vn, off: dates("off"), work: dates("work")), problems)
        }
    }
}
