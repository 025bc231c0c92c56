import Foundation
import Mustache
import NotifyPeers
import Testing
import WFPluginAPI

@testable import ReportPlugin

/// wf renders report templates with its own Mustache engine (typed values, no dynamic casts).
/// swift-mustache, which rendered them before, is the independent reader here: every template
/// must come out byte for byte as it renders it, over the same values.
@Suite("report templates render as swift-mustache renders them")
struct ReportTemplateTests {
    /// A text that is missing when empty, as swift-mustache sees one.
    struct Shown: MustacheCustomRenderable, MustacheParent {
        let renderText: String
        var isNull: Bool { renderText.isEmpty }
        func child(named: String) -> Any? { nil }
    }

    /// A row whose fields swift-mustache reads through `MustacheParent`.
    struct Row: MustacheParent {
        let row: any TemplateRow
        func child(named name: String) -> Any? { row.value(named: name).map(ReportTemplateTests.mustacheValue) }
    }

    /// The same value as swift-mustache's context.
    static func mustacheValue(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .shown(let text): Shown(renderText: text)
        case .bool(let flag): flag
        case .number(let number): number
        case .decimal(let number): number
        case .list(let items): items.map(mustacheValue)
        case .object(let fields): fields.mapValues(mustacheValue)
        case .row(let row): Row(row: row)
        }
    }

    /// Both renderings of `template` over `context`: nil where the template is refused.
    static func render(_ template: String, _ context: TemplateValue) -> (ours: String?, theirs: String?) {
        let ours = (try? ReportTemplate(template))?.render(context)
        let theirs = (try? MustacheTemplate(string: template))?.render(mustacheValue(context))
        return (ours, theirs)
    }

    // MARK: - Real reports

    @Test("the built-in templates and the example's template, over a real report's values")
    func realTemplates() throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        let data = try fixture.reportData()
        let example = try String(contentsOf: Self.workflows.appendingPathComponent("templates/quy-che-phoi-hop.md.mustache"), encoding: .utf8)
        var context = data.context()
        context["timeline_svg"] = .text("<svg>&</svg>")
        let templates = [QuarterlyReportMarkdown.template, QuarterlyReportHTML.template, example, "{{% CONTENT_TYPE: TEXT}}" + example]
        for template in templates {
            let (ours, theirs) = Self.render(template, .object(context))
            #expect(ours != nil && ours == theirs, "\(template.prefix(60))")
            #expect((ours?.count ?? 0) > 500)
        }
    }

    static let workflows = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("workflows")

    // MARK: - Whitespace, escaping and lookups

    static let context: TemplateValue = .object([
        "name": .text("Sở <TT&TT> \"Bắc Ninh\" 'x'"), "empty": .text(""), "missing_text": .shown(""), "shown": .shown("có"),
        "yes": .bool(true), "no": .bool(false), "zero": .number(0), "rate": .decimal(0.125), "whole": .decimal(2),
        "list": .list([.object(["name": .text("một"), "n": .number(1)]), .object(["n": .number(2)]), .text("ba")]),
        "none": .list([]),
        "plan": .object(["name": .text("Kế hoạch"), "inner": .object(["deep": .text("sâu")])]),
        "combining": .text("<\u{301}a"),
    ])

    @Test("hand-written cases: standalone lines, CRLF, comments, delimiters, pragmas, partials, dotted names", arguments: [
        "{{name}} {{{name}}} {{&name}}",
        "{{% CONTENT_TYPE: TEXT}}\n{{name}}",
        "a\n  {{#yes}}\n  b\n  {{/yes}}\nc\n",
        "a\r\n  {{#yes}}\r\n  b\r\n  {{/yes}}\r\nc",
        "  {{! comment }}\n  x {{! inline }} y\n{{! unclosed",
        "{{#list}}[{{name}}:{{n}}]{{/list}}|{{^none}}none{{/none}}|{{#none}}x{{/none}}",
        "{{#list}}{{n}}{{/list}}{{#name}}{{.}}|{{}}|{{..}}|{{.name}}{{/name}}",
        "{{=<% %>=}}<% name %> {{name}} <%={{ }}=%>{{name}}",
        "  {{=<% %>=}}  \n<%#yes%>\n<%name%>\n<%/yes%>\n",
        "{{> part}}\n  {{> part}}\nx {{>part}} y",
        "{{plan.name}} {{plan.inner.deep}} {{plan.missing.deep}} {{#plan}}{{name}}{{.name}}{{/plan}}",
        "{{#shown}}[{{.}}]{{/shown}}{{#missing_text}}no{{/missing_text}}{{^missing_text}}none{{/missing_text}}",
        "{{#empty}}[{{.}}]{{/empty}}{{^empty}}not{{/empty}}{{#zero}}{{.}}{{/zero}}{{^zero}}x{{/zero}}",
        "{{yes}} {{no}} {{zero}} {{rate}} {{whole}} {{combining}}",
        "{{#no}}x{{/no}}{{^no}}y{{/no}}{{^yes}}z{{/yes}}",
        "{{#list}}{{#name}}{{name}}{{/name}}{{^name}}-{{/name}}{{/list}}",
        "trailing   ", "  \n  ", "{", "a {{", "{{name", "{{#yes}}", "{{/yes}}", "{{#a}}{{/b}}", "x}}y",
        "{{ name }}{{  plan.name  }}", "\t{{#yes}}\t\n\t{{/yes}}\t\n",
        "{{#yes}}\n{{#list}}\n  - {{n}}\n{{/list}}\n{{/yes}}",
        "{{% CONTENT_TYPE: HTML}}{{name}}{{#yes}}{{% CONTENT_TYPE: TEXT}}{{name}}{{/yes}}{{name}}",
        "{{=| |=}}|name| |#yes|in|/yes| {{name}}", "{{=<% %>=}}<%! a %%> b %><%name%>", "{{=<% %>=}}<%! a %> b %><%name%>",
        "{{% CONTENT_TYPE: XML}}", "{{=<% %>}}", "a\rb{{name}}\u{2028}{{#yes}}\u{2028}c{{/yes}}",
    ])
    func handWritten(template: String) {
        let (ours, theirs) = Self.render(template, Self.context)
        #expect(ours == theirs, "\(template.debugDescription): ours \(ours.debugDescription), swift-mustache \(theirs.debugDescription)")
    }

    @Test("a list or a group as {{x}} writes nothing (swift-mustache writes a Swift dump)")
    func listsWriteNothing() throws {
        #expect(try ReportTemplate("[{{list}}|{{plan}}|{{{none}}}]").render(Self.context) == "[||]")
    }

    @Test("transforms and template inheritance are refused with where they are")
    func refused() {
        for template in ["x\n{{uppercased(name)}}", "{{<layout}}{{/layout}}", "{{$block}}x{{/block}}"] {
            #expect(throws: ReportTemplate.ParseError.self) { try ReportTemplate(template) }
        }
        let error = #expect(throws: ReportTemplate.ParseError.self) { try ReportTemplate("a\n  {{#goals}}\n") }
        #expect(error?.description == "{{#goals}} is not closed with {{/goals}} (line 3, column 1)")
    }

    // MARK: - Seeded random templates

    @Test("2,000 seeded random templates render the same")
    func randomTemplates() {
        var random = SplitMix64(state: 0x5EED_2026)
        var compared = 0
        for _ in 0..<2_000 {
            let template = Self.randomTemplate(&random, depth: 0, open: [])
            let (ours, theirs) = Self.render(template, Self.context)
            #expect(ours == theirs, "\(template.debugDescription): ours \(ours.debugDescription), swift-mustache \(theirs.debugDescription)")
            if theirs != nil { compared += 1 }
        }
        // Most are valid templates, so the outputs were compared, not only the refusals.
        #expect(compared > 1_500)
    }

    static func randomTemplate(_ random: inout SplitMix64, depth: Int, open: [String]) -> String {
        // Names of texts, numbers and flags: a list or a group as `{{x}}` is where the two
        // renderers differ on purpose (wf writes nothing, swift-mustache a Swift dump).
        let names = ["name", "empty", "missing_text", "shown", "yes", "no", "zero", "rate", "plan.name", "n", "nope"]
        let texts = ["a", " ", "  ", "\t", "\n", "\r\n", "x y", "<&>", "ă", "}", "{"]
        var text = ""
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let name = names.randomElement(using: &random) ?? "name"
            switch Int.random(in: 0..<12, using: &random) {
            case 0...3: text += texts.randomElement(using: &random) ?? ""
            case 4: text += "{{\(name)}}"
            case 5: text += Bool.random(using: &random) ? "{{{\(name)}}}" : "{{& \(name) }}"
            case 6: text += "{{! note }}"
            case 7: text += "{{> partial}}"
            case 8: text += Bool.random(using: &random) ? "{{% CONTENT_TYPE: TEXT}}" : "{{% CONTENT_TYPE: HTML}}"
            case 9 where depth < 3, 10 where depth < 3:
                let section = ["yes", "no", "list", "none", "shown", "missing_text", "empty", "plan", "zero", "nope"].randomElement(using: &random) ?? "yes"
                let mark = Bool.random(using: &random) ? "#" : "^"
                let lineBreak = Bool.random(using: &random) ? "\n" : ""
                text += "{{\(mark)\(section)}}" + lineBreak
                text += randomTemplate(&random, depth: depth + 1, open: open + [section])
                text += (Bool.random(using: &random) ? "\n  " : "") + "{{/\(section)}}" + lineBreak
            default: text += "\n"
            }
        }
        return text
    }
}
