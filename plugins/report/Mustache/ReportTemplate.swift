import WFPluginAPI

/// A Mustache template for reports: parsed once, rendered over typed values.
///
/// It reads and renders templates as swift-mustache 2 does (its whitespace rules for
/// standalone tags, its escaping, its lookups), for the part of Mustache that
/// docs/plugins-report.md offers: variables, `{{{x}}}` and `{{&x}}`, sections, inverted
/// sections, comments, `{{=<% %>=}}` and the `CONTENT_TYPE` pragma. A partial renders nothing
/// (none is loaded); transforms (`{{f(x)}}`) and inheritance (`{{<x}}`, `{{$x}}`) are refused.
/// The tests render every template both ways and compare. Its values are typed, so a lookup
/// is a dictionary read or a switch, not a dynamic cast: a report of 10,000 goals renders
/// several times faster.
struct ReportTemplate: Sendable {
    indirect enum Token: Sendable {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, inverted: Bool, [Token])
        /// `{{% CONTENT_TYPE: HTML}}` or `TEXT`: whether the rest of this list escapes HTML.
        case contentType(escapesHTML: Bool)
    }

    /// Why a template cannot be read, with its line and column (1-based).
    struct ParseError: Error, CustomStringConvertible {
        let problem: Message
        let line: Int
        let column: Int
        var message: Message { PluginText.templateAt(problem: problem, line: line, column: column) }
        var description: String { message.en }
    }

    /// A tag's name, split once: `.` is the innermost value; `a.b.c` finds `a` in the
    /// innermost value that has it, then `b` and `c` in that; `.a` looks in the innermost only.
    struct Name: Sendable, Equatable {
        let path: [String]
        let innermostOnly: Bool

        init(_ text: String) {
            path = text == "." ? [] : text.split(separator: ".").map(String.init)
            innermostOnly = text.utf8.first == UInt8(ascii: ".")
        }
    }

    let tokens: [Token]

    init(_ text: String) throws(ParseError) {
        var parser = TemplateParser(text)
        tokens = try parser.parseAll()
    }

    /// The template rendered over `root`; HTML-escaped unless the template says TEXT.
    func render(_ root: TemplateValue) -> String {
        var output = ""
        var stack = [root]
        Self.render(tokens, stack: &stack, escapesHTML: true, into: &output)
        return output
    }

    private static func render(_ tokens: [Token], stack: inout [TemplateValue], escapesHTML: Bool, into output: inout String) {
        var escapesHTML = escapesHTML
        for token in tokens {
            switch token {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                guard let value = lookup(name, in: stack) else { continue }
                let text = value.renderedText
                if escaped && escapesHTML { HTMLEscaping.escape(text, into: &output) } else { output += text }
            case .section(let name, let inverted, let children):
                let value = lookup(name, in: stack)
                if inverted {
                    renderInverted(value, children, stack: &stack, escapesHTML: escapesHTML, into: &output)
                } else {
                    renderSection(value, children, stack: &stack, escapesHTML: escapesHTML, into: &output)
                }
            case .contentType(let escapes):
                escapesHTML = escapes
            }
        }
    }

    private static func renderSection(_ value: TemplateValue?, _ children: [Token], stack: inout [TemplateValue],
                                      escapesHTML: Bool, into output: inout String) {
        switch value {
        case .list(let items)?:
            for item in items {
                stack.append(item)
                render(children, stack: &stack, escapesHTML: escapesHTML, into: &output)
                stack.removeLast()
            }
        case .bool(let flag)?:
            if flag { render(children, stack: &stack, escapesHTML: escapesHTML, into: &output) }
        case .shown(let text)? where text.isEmpty:
            break
        case let value?:
            stack.append(value)
            render(children, stack: &stack, escapesHTML: escapesHTML, into: &output)
            stack.removeLast()
        case nil:
            break
        }
    }

    private static func renderInverted(_ value: TemplateValue?, _ children: [Token], stack: inout [TemplateValue],
                                       escapesHTML: Bool, into output: inout String) {
        switch value {
        case .list(let items)?:
            guard items.isEmpty else { return }
            stack.append(.list(items))
            render(children, stack: &stack, escapesHTML: escapesHTML, into: &output)
            stack.removeLast()
        case .bool(let flag)?:
            if !flag { render(children, stack: &stack, escapesHTML: escapesHTML, into: &output) }
        case .shown(let text)? where text.isEmpty:
            render(children, stack: &stack, escapesHTML: escapesHTML, into: &output)
        case .some:
            break
        case nil:
            render(children, stack: &stack, escapesHTML: escapesHTML, into: &output)
        }
    }

    /// `name`'s value, as Mustache finds it (see ``Name``).
    private static func lookup(_ name: Name, in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = name.path.first else { return stack.last }
        var found: TemplateValue?
        if name.innermostOnly {
            found = stack.last?.child(first)
        } else {
            for value in stack.reversed() {
                if let child = value.child(first) {
                    found = child
                    break
                }
            }
        }
        for part in name.path.dropFirst() {
            guard let value = found else { return nil }
            found = value.child(part)
        }
        return found
    }
}

/// A value a report template sees.
enum TemplateValue: Sendable {
    /// A text: shown as it is, and a section over it renders (even when it is empty).
    case text(String)
    /// A text that is missing when empty: `{{#x}}` hides it and `{{^x}}` shows.
    case shown(String)
    case bool(Bool)
    case number(Int)
    case decimal(Double)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// A value that works out its fields when asked (a goal's row).
    case row(any TemplateRow)

    /// What `{{x}}` writes. A list or a group writes nothing.
    var renderedText: String {
        switch self {
        case .text(let text), .shown(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): String(number)
        case .decimal(let number): String(describing: number)
        case .list, .object, .row: ""
        }
    }

    /// The field `name`, for a group or a row; nothing else has fields.
    func child(_ name: String) -> TemplateValue? {
        switch self {
        case .object(let fields): fields[name]
        case .row(let row): row.value(named: name)
        default: nil
        }
    }
}

/// A value whose fields a template reads one by one.
protocol TemplateRow: Sendable {
    func value(named name: String) -> TemplateValue?
}

/// HTML escaping as swift-mustache does it: `<`, `>`, `&`, `"` and `'`, each a character of
/// its own (one followed by a combining mark is a different character and stays).
enum HTMLEscaping {
    static func escape(_ text: String, into output: inout String) {
        let special: (UInt8) -> Bool = { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }
        guard text.utf8.contains(where: special) else {
            output += text
            return
        }
        for character in text {
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
    }
}
