import Foundation
import WFPluginAPI
import WFSpreadsheet

/// Renders report data to the bytes of a Markdown, HTML, DOCX or XLSX file.
struct ReportRenderer: Sendable {
    /// The built-in template's name.
    static let builtinTemplate = "quarterly-report"

    /// Where the template comes from: built in, or a Mustache file's text.
    enum Source: Sendable {
        case builtin
        case mustache(text: String, name: String)
    }

    var source: Source
    var format: ReportFormat
    /// The language of its error messages (the run's).
    var language: Language
    /// Hides the plan's secrets in the output; nil when there is none to hide, so that a
    /// large document is not copied to change nothing.
    var mask: (@Sendable (String) -> String)?

    /// The document's bytes, secrets masked.
    func render(_ data: ReportData) throws -> Data {
        switch (source, format) {
        case (_, .xlsx):
            // The status workbook of `wf plan --format xlsx`, whatever the template.
            do {
                let workbook = StatusWorkbook.build(data.snapshot, plan: data.plan)
                return try (mask.map(workbook.mapText) ?? workbook).data()
            } catch {
                throw PluginError(WorkbookText.cannotPackage(reason: error.description), language: language)
            }
        case (.builtin, .docx):
            let blocks = QuarterlyReportDocx.blocks(data)
            return try package(blocks, data: data)
        case (.builtin, .markdown):
            return Data(masked(try renderMustache(QuarterlyReportMarkdown.template, name: Self.builtinTemplate, data: data)).utf8)
        case (.builtin, .html):
            return Data(masked(try renderMustache(QuarterlyReportHTML.template, name: Self.builtinTemplate, data: data)).utf8)
        case (.mustache(let text, let name), .docx):
            let rendered = try renderMustache("{{% CONTENT_TYPE: TEXT}}" + text, name: name, data: data)
            return try package(TextDocx.blocks(rendered, width: DocxPage.a4Decree30.textWidth), data: data)
        case (.mustache(let text, let name), .markdown):
            return Data(masked(try renderMustache("{{% CONTENT_TYPE: TEXT}}" + text, name: name, data: data)).utf8)
        case (.mustache(let text, let name), .html):
            return Data(masked(try renderMustache(text, name: name, data: data)).utf8)
        }
    }

    private func masked(_ text: String) -> String { mask?(text) ?? text }

    /// Renders a Mustache template with the report's context (HTML-escaped unless the template says TEXT).
    func renderMustache(_ template: String, name: String, data: ReportData) throws -> String {
        let parsed: ReportTemplate
        do {
            parsed = try ReportTemplate(template)
        } catch {
            throw PluginError(PluginText.templateInvalid(name: name, problem: error.message), language: language)
        }
        var context = data.context()
        if format == .html { context["timeline_svg"] = .text(TimelineSVG.render(data)) }
        return parsed.render(.object(context))
    }

    private func package(_ blocks: [DocxBlock], data: ReportData) throws -> Data {
        let date = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                                  year: data.header.date.year, month: data.header.date.month, day: data.header.date.day).date
        let document = DocxPackage(
            blocks: mask.map { mask in blocks.map { $0.mapText(mask) } } ?? blocks, fontSize: QuarterlyReportDocx.bodySize,
            title: masked("\(data.header.title) \(data.header.summary)"), creator: masked(data.header.agency),
            date: date ?? Date(timeIntervalSince1970: 0))
        return try document.data(language: language)
    }
}
