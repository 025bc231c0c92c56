import Foundation
import WFPluginAPI

/// `uses: report`: drafts a Markdown, HTML or DOCX report from a Mustache template and the run's data,
/// or writes the status workbook (XLSX).
public struct ReportPlugin: Plugin {
    public static let name = "report"
    public static let summary = "Draft a report (Markdown, HTML or DOCX) from a Mustache template and the run's data, or the status workbook (XLSX)."

    public static let inputs: [InputSpec] = [
        InputSpec("template", .string, default: ReportRenderer.builtinTemplate,
                  doc: "'quarterly-report' (built in, Nghị định 30/2020 layout) or a .mustache file relative to the workflow's folder."),
        InputSpec("output", .string, required: true,
                  doc: "The file to write, relative to the workflow's folder; .md, .html or .docx decides the format; .xlsx writes the status workbook of `wf plan --format xlsx` (the template is not used)."),
        InputSpec("title", .string, default: "BÁO CÁO", doc: "The document type heading."),
        InputSpec("number", .string, doc: "The document number, e.g. '125/BC-STTTT'."),
        InputSpec("agency", .string, doc: "The issuing agency; defaults to vars.department, else the plan's name."),
        InputSpec("parent_agency", .string,
                  doc: "The agency above it, e.g. 'UBND TỈNH BẮC NINH'; defaults to vars.parent_agency, or is inferred from 'Sở … tỉnh X'."),
        InputSpec("place", .string, doc: "The place in the date line, e.g. 'Bắc Ninh'; defaults to vars.place or the agency's province."),
        InputSpec("date", .date, doc: "The document's date; defaults to the run's as-of date."),
        InputSpec("signer", .string, doc: "Who signs; defaults to vars.director."),
        InputSpec("signer_title", .string, default: "GIÁM ĐỐC", doc: "The signer's title above the signature."),
        InputSpec("recipients", .stringList, doc: "'Nơi nhận' lines; '- Lưu: VT.' is added last."),
        InputSpec("summary", .string,
                  doc: "The line under the title; defaults to 'Kết quả thực hiện nhiệm vụ <the report's period>'."),
        InputSpec("period", .string,
                  doc: "The period the report covers: 2024-Q3, 2024-H1, 2024, 2024-09 or a phrase ('Quý III/2024'); section I lists what is due in it (and what is late from before it), section IV what is due in the next one. Default: a quarter or month plan's own period; for a year plan, the quarter containing the run date."),
    ]

    public static let outputs: [OutputSpec] = [
        OutputSpec("path", .string, doc: "The written file, relative to the workflow's folder."),
        OutputSpec("format", .choice(["md", "html", "docx", "xlsx"]), doc: "The format written."),
    ]

    public init() {}

    public func run(_ invocation: Invocation) async throws -> Outcome {
        guard let output = invocation.inputs.string("output")?.nonEmpty else {
            throw PluginError(PluginText.outputRequired.message, language: invocation.language)
        }
        guard let format = ReportFormat(path: output) else {
            throw PluginError(PluginText.reportOutputExtension(output: output), language: invocation.language)
        }
        let target = try invocation.workspace.resolve(output)
        let source = try templateSource(invocation)
        let reportPeriod = try Self.reportPeriod(invocation)
        let header = ReportHeader.resolve(invocation.inputs, plan: invocation.plan.plan, asOf: invocation.asOf, period: reportPeriod)
        let data = ReportData.build(invocation, header: header, reportPeriod: reportPeriod)
        let secrets = invocation.secrets
        let mask: (@Sendable (String) -> String)? = secrets.isEmpty ? nil : { @Sendable text in secrets.mask(text) }
        let renderer = ReportRenderer(source: source, format: format, language: invocation.language, mask: mask)
        let bytes = try renderer.render(data)
        let path = relativePath(target, root: invocation.workspace.root)
        let counts = data.counts()
        let language = invocation.language
        let note = PluginText.reportNote(path: path, format: format.rawValue, overdue: counts["overdue"] ?? 0).text(language)

        if invocation.isDryRun {
            try await invocation.effect(key: "report/\(output)", summary: PluginText.writeEffect(path: path, format: format.rawValue, bytes: bytes.count).text(language)) {}
        } else {
            try invocation.workspace.write(bytes, to: output)
            invocation.log.info(PluginText.wrote(path: path, bytes: bytes.count).text(language))
        }
        return Outcome(outputs: ["path": .string(path), "format": .string(format.rawValue)], note: note)
    }

    /// The `period:` input read as a period label or a span phrase, else the plan's default.
    static func reportPeriod(_ invocation: Invocation) throws -> Period {
        guard let text = invocation.inputs.string("period")?.nonEmpty else {
            return Period.reporting(asOf: invocation.asOf, plan: invocation.plan.plan.period?.value)
        }
        if let period = Period.parse(text.uppercased()) { return period }
        if let phrase = DeadlinePhrase.parse(text), case .within(let period) = phrase.meaning { return period }
        throw PluginError(PluginText.badPeriod(text: text), language: invocation.language)
    }

    private func templateSource(_ invocation: Invocation) throws -> ReportRenderer.Source {
        let name = invocation.inputs.string("template")?.nonEmpty ?? ReportRenderer.builtinTemplate
        if name == ReportRenderer.builtinTemplate { return .builtin }
        let data: Data
        do {
            data = try invocation.workspace.read(name)
        } catch let error as PluginError {
            throw PluginError(PluginText.templateUnreadable(name: name, problem: error.message), language: invocation.language)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PluginError("template '\(name)' is not UTF-8 text")
        }
        return .mustache(text: text, name: name)
    }

    /// `target` relative to the workflow's folder when it is inside it, else absolute.
    private func relativePath(_ target: String, root: String) -> String {
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return target.hasPrefix(prefix) ? String(target.dropFirst(prefix.count)) : target
    }
}
