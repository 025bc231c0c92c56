import WFPluginAPI

/// Reads a Mustache template into tokens, character by character, with swift-mustache 2's
/// rules: a section, inverted section, comment, partial, delimiter or pragma tag alone on its
/// line ("standalone") takes the line's indentation and its line break with it.
struct TemplateParser {
    private typealias Token = ReportTemplate.Token

    private struct State {
        var sectionName: String?
        var newLine = true
        var start = "{{"
        var end = "}}"
    }

    private let characters: [Character]
    private var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    mutating func parseAll() throws(ReportTemplate.ParseError) -> [ReportTemplate.Token] {
        var state = State()
        return try parse(&state)
    }

    // MARK: - Reading

    private var atEnd: Bool { position >= characters.count }
    /// The character at the position; NUL past the end, as swift-mustache's parser answers.
    private var current: Character { atEnd ? "\0" : characters[position] }

    private func failure(_ problem: Message, at offset: Int? = nil) -> ReportTemplate.ParseError {
        var line = 1, column = 1
        for character in characters[..<min(offset ?? position, characters.count)] {
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return ReportTemplate.ParseError(problem: problem, line: line, column: column)
    }

    @discardableResult
    private mutating func read(while test: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, test(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    /// Reads `text` if it comes next.
    private mutating func read(_ text: String) -> Bool {
        let wanted = Array(text)
        guard characters.count - position >= wanted.count else { return false }
        guard Array(characters[position..<(position + wanted.count)]) == wanted else { return false }
        position += wanted.count
        return true
    }

    /// Reads up to `text` and past it; fails when it never comes. The match does not step
    /// back after a partial match (`%%>` does not end at `%>`), as swift-mustache's does not.
    private mutating func skip(past text: String) -> Bool {
        let wanted = Array(text)
        guard !wanted.isEmpty else { return true }
        var matched = 0
        var index = position
        while index < characters.count {
            if characters[index] == wanted[matched] {
                matched += 1
                if matched == wanted.count {
                    position = index + 1
                    return true
                }
            } else {
                matched = 0
            }
            index += 1
        }
        return false
    }

    // MARK: - Tokens

    private mutating func parse(_ state: inout State) throws(ReportTemplate.ParseError) -> [Token] {
        var tokens: [Token] = []
        var whitespaceBefore = ""
        while !atEnd {
            if state.newLine { whitespaceBefore = read { $0 == " " || $0 == "\t" } }
            let text = try readText(state)
            if current.isNewline {
                tokens.append(.text(whitespaceBefore + text + String(current)))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(whitespaceBefore + text))
                whitespaceBefore = ""
                state.newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            func flushWhitespace() {
                if !whitespaceBefore.isEmpty {
                    tokens.append(.text(whitespaceBefore))
                    whitespaceBefore = ""
                }
            }
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try parseName(state)
                if isStandalone(state) { setNewLine = true } else { flushWhitespace() }
                var inner = state
                inner.sectionName = name
                if !setNewLine { inner.newLine = false }
                let children = try parse(&inner)
                tokens.append(.section(ReportTemplate.Name(name), inverted: inverted, children))
            case "/":
                position += 1
                let nameStart = position
                let name = try parseName(state)
                guard name == state.sectionName else {
                    let close = Self.tag("/", name, state)
                    throw failure(state.sectionName.map { PluginText.templateWrongClose(close: close, tag: Self.tag("#", $0, state)) }
                                  ?? PluginText.templateStrayClose(close: close), at: nameStart)
                }
                if !isStandalone(state) { flushWhitespace() }
                return tokens
            case "!":
                position += 1
                guard skip(past: state.end) else { throw failure(PluginText.templateCommentOpen(end: state.end)) }
                setNewLine = isStandalone(state)
            case "{":
                flushWhitespace()
                position += 1
                let name = try parseName(state)
                guard current == "}" else { throw failure(PluginText.templateTriple(tag: Self.tag("{", name, state))) }
                position += 1
                tokens.append(.variable(ReportTemplate.Name(name), escaped: false))
            case "&":
                flushWhitespace()
                position += 1
                tokens.append(.variable(ReportTemplate.Name(try parseName(state)), escaped: false))
            case ">":
                // A partial: none is loaded, so it renders nothing; its indentation stays.
                position += 1
                read { $0.isWhitespace }
                if current == "*" { position += 1 }
                read { Self.partialNameCharacters.contains($0) }
                read { $0.isWhitespace }
                guard read(state.end) else { throw failure(PluginText.templateTagOpen(end: state.end)) }
                flushWhitespace()
                setNewLine = isStandalone(state)
            case "<", "$":
                throw failure(PluginText.templateInheritance(tag: state.start + String(current) + "…" + state.end))
            case "=":
                position += 1
                try setDelimiters(&state)
                setNewLine = isStandalone(state)
            case "%":
                position += 1
                if let token = try pragma(state) { tokens.append(token) }
                setNewLine = isStandalone(state)
            default:
                flushWhitespace()
                tokens.append(.variable(ReportTemplate.Name(try parseName(state)), escaped: true))
            }
            state.newLine = setNewLine
        }
        if let name = state.sectionName {
            throw failure(PluginText.templateNotClosed(tag: Self.tag("#", name, state), close: Self.tag("/", name, state)))
        }
        return tokens
    }

    /// Text up to a line break (not read) or a tag's opening (read).
    private mutating func readText(_ state: State) throws(ReportTemplate.ParseError) -> String {
        guard let first = state.start.first else { return "" }
        var text = ""
        while !atEnd {
            let character = characters[position]
            if character == "\n" || character == "\r\n" { break }
            if character == first {
                // Too near the end for a whole opening: swift-mustache refuses the template.
                guard characters.count - position >= state.start.count else {
                    throw failure(PluginText.templateEndsInTag(start: state.start))
                }
                if read(state.start) { break }
                text.append(character)
                position += 1
                continue
            }
            text.append(character)
            position += 1
        }
        return text
    }

    private mutating func parseName(_ state: State) throws(ReportTemplate.ParseError) -> String {
        read { $0.isWhitespace }
        let name = read { Self.nameCharacters.contains($0) }
        read { $0.isWhitespace }
        guard read(state.end) else { throw failure(PluginText.templateTagOpen(end: state.end)) }
        if name.contains("(") || name.contains(")") {
            throw failure(PluginText.templateTransform(tag: state.start + name + state.end))
        }
        return name
    }

    /// Whether the tag just read is alone on its line: then the rest of the line, up to and
    /// including its line break, is read too.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var index = position
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        guard index < characters.count, characters[index].isNewline else { return false }
        position = index + 1
        return true
    }

    private mutating func setDelimiters(_ state: inout State) throws(ReportTemplate.ParseError) {
        let invalid = failure(PluginText.templateDelimiter(example: "{{=<% %>=}}"))
        read { $0.isWhitespace }
        let start = read { !$0.isWhitespace }
        guard !atEnd else { throw invalid }
        read { $0.isWhitespace }
        let end = read { $0 != "=" && !$0.isWhitespace }
        guard !atEnd else { throw invalid }
        read { $0.isWhitespace }
        guard current == "=" else { throw invalid }
        position += 1
        guard read(state.end), !start.isEmpty, !end.isEmpty else { throw invalid }
        state.start = start
        state.end = end
    }

    private mutating func pragma(_ state: State) throws(ReportTemplate.ParseError) -> Token? {
        let invalid = failure(PluginText.templatePragma(text: "{{% CONTENT_TYPE: TEXT}}", html: "{{% CONTENT_TYPE: HTML}}"))
        read { $0.isWhitespace }
        let variable = read { Self.pragmaCharacters.contains($0) }
        read { $0.isWhitespace }
        guard current == ":" else { throw invalid }
        position += 1
        read { $0.isWhitespace }
        let value = read { Self.pragmaCharacters.contains($0) }
        read { $0.isWhitespace }
        guard read(state.end), variable == "CONTENT_TYPE" else { throw invalid }
        switch value {
        case "HTML": return .contentType(escapesHTML: true)
        case "TEXT": return .contentType(escapesHTML: false)
        default: throw invalid
        }
    }

    /// A tag as the template writes it with its delimiters: `{{#goals}}`.
    private static func tag(_ mark: String, _ name: String, _ state: State) -> String {
        state.start + mark + name + state.end
    }

    private static let pragmaCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
}
