/// Splits an expression's source into tokens.
///
/// Works on Characters so that offsets match the columns a planner sees.
struct Lexer {
    private let characters: [Character]
    private let base: Int
    private var position = 0
    /// True right after a `.`: the next word is a member name, which may start with a digit
    /// (`goals.10-10`) or be a keyword (`vars.null`).
    private var expectingMember = false

    /// A lexer over `source`, whose first Character sits at `offset` in the template string.
    init(_ source: some Sequence<Character>, offset: Int) {
        self.characters = Array(source)
        self.base = offset
    }

    /// All the tokens, ending with `.end`.
    static func tokenize(_ source: some Sequence<Character>, offset: Int) throws(ExpressionError) -> [Token] {
        var lexer = Lexer(source, offset: offset)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    mutating func next() throws(ExpressionError) -> Token {
        while let c = peek(), c.isSpace { position += 1 }
        let start = position
        guard let c = peek() else { return token(.end, from: start) }
        let afterDot = expectingMember
        expectingMember = false

        if afterDot, c.isMemberStart {
            let name = word()
            return token(.identifier(name), from: start)
        }
        if c.isIdentifierStart {
            let text = word()
            switch text {
            case "null": return token(.literal(.null), from: start)
            case "true": return token(.literal(.bool(true)), from: start)
            case "false": return token(.literal(.bool(false)), from: start)
            default: return token(.identifier(text), from: start)
            }
        }
        if c.isASCII, c.isNumber { return try number(from: start) }
        if c == "'" { return try string(from: start) }
        if c == "\"" { throw .doubleQuotes(at: base + start) }
        return try punctuation(c, from: start)
    }

    // MARK: - Token kinds

    private mutating func word() -> String {
        let start = position
        while let c = peek(), c.isIdentifierPart { position += 1 }
        return characters[start..<position].joinedText
    }

    private mutating func number(from start: Int) throws(ExpressionError) -> Token {
        var text = ""
        while let c = peek() {
            let isSign = (c == "+" || c == "-") && (text.last == "e" || text.last == "E") && !text.hasPrefix("0x")
            guard (c.isIdentifierPart && c != "-") || c == "." || isSign else { break }
            text.append(c)
            position += 1
        }
        guard let value = Self.numberValue(text) else { throw .invalidNumber(text, at: base + start) }
        return token(.literal(.number(value)), from: start)
    }

    /// The value of a number literal: decimal with optional fraction and exponent, or `0x` hex.
    static func numberValue(_ text: String) -> Double? {
        if text.hasPrefix("0x") || text.hasPrefix("0X") {
            return Int(text.dropFirst(2), radix: 16).map(Double.init)
        }
        var sawDigit = false, sawDot = false, sawExponent = false
        var previous: Character = " "
        for c in text {
            let isExponent = c == "e" || c == "E", isSign = c == "+" || c == "-"
            if c.isASCII, c.isNumber {
                sawDigit = true
            } else if c == ".", !sawDot, !sawExponent, sawDigit {
                sawDot = true
            } else if isExponent, !sawExponent, sawDigit, previous != "." {
                sawExponent = true
            } else if !(isSign && (previous == "e" || previous == "E")) {
                return nil
            }
            previous = c
        }
        guard sawDigit, previous.isASCII, previous.isNumber else { return nil }
        return Double(text)
    }

    private mutating func string(from start: Int) throws(ExpressionError) -> Token {
        position += 1
        var text = ""
        while let c = peek() {
            position += 1
            if c == "'" {
                guard peek() == "'" else { return token(.literal(.string(text)), from: start) }
                position += 1
            }
            text.append(c)
        }
        throw .unterminatedString(at: base + start)
    }

    private mutating func punctuation(_ c: Character, from start: Int) throws(ExpressionError) -> Token {
        if let second = peek(1)?.asciiValue, let first = c.asciiValue, let punctuation = Token.Punctuation(first, second) {
            position += 2
            return token(.punctuation(punctuation), from: start)
        }
        guard let byte = c.asciiValue, let punctuation = Token.Punctuation(byte) else {
            throw .unexpectedCharacter(c, at: base + start)
        }
        position += 1
        if punctuation == .dot { expectingMember = true }
        return token(.punctuation(punctuation), from: start)
    }

    // MARK: - Helpers

    private func peek(_ ahead: Int = 0) -> Character? {
        position + ahead < characters.count ? characters[position + ahead] : nil
    }

    private func token(_ kind: Token.Kind, from start: Int) -> Token {
        Token(kind: kind, offset: base + start, length: position - start)
    }
}

// MARK: - Character classes

extension Token.Punctuation {
    /// The one-character punctuation `byte` spells, without making a String of it.
    init?(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "."): self = .dot
        case UInt8(ascii: ","): self = .comma
        case UInt8(ascii: "("): self = .openParen
        case UInt8(ascii: ")"): self = .closeParen
        case UInt8(ascii: "["): self = .openBracket
        case UInt8(ascii: "]"): self = .closeBracket
        case UInt8(ascii: "!"): self = .not
        case UInt8(ascii: "-"): self = .minus
        case UInt8(ascii: "<"): self = .less
        case UInt8(ascii: ">"): self = .greater
        default: return nil
        }
    }

    /// The two-character punctuation `first` and `second` spell.
    init?(_ first: UInt8, _ second: UInt8) {
        switch (first, second) {
        case (UInt8(ascii: "="), UInt8(ascii: "=")): self = .equal
        case (UInt8(ascii: "!"), UInt8(ascii: "=")): self = .notEqual
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): self = .lessOrEqual
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): self = .greaterOrEqual
        case (UInt8(ascii: "&"), UInt8(ascii: "&")): self = .and
        case (UInt8(ascii: "|"), UInt8(ascii: "|")): self = .or
        default: return nil
        }
    }
}

extension Collection<Character> {
    /// The Characters as one String, built from their UTF-8 bytes: appending Character by
    /// Character would check for a grapheme boundary at every step.
    var joinedText: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        for character in self {
            bytes.append(contentsOf: character.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Character {
    /// Identifiers start with a letter or `_`.
    var isIdentifierStart: Bool {
        if let byte = asciiValue { return byte.isASCIILetter || byte == UInt8(ascii: "_") }
        return isLetter && !startsWithMark
    }
    /// A combining mark standing alone (after a line break, say). Some marks count as
    /// letters, but a name starting with one cannot be written back: after a space, `.` or
    /// `(` the mark joins that Character, and `a.\u{5C4}b` would read as `a` then `.\u{5C4}`.
    var startsWithMark: Bool {
        switch unicodeScalars.first?.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
    /// After the first Character: letters, ASCII digits, `_` and `-` (`kiem-tra-han`).
    var isIdentifierPart: Bool {
        if let byte = asciiValue {
            return byte.isASCIILetter || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
        return isLetter
    }
    /// `isWhitespace`, answered without Unicode tables for ASCII.
    var isSpace: Bool {
        if let byte = asciiValue { return byte == 0x20 || (0x09...0x0D).contains(byte) }
        return isWhitespace
    }
    /// A member name after `.` may also start with a digit.
    var isMemberStart: Bool { isIdentifierStart || (isASCII && isNumber) }
}

private extension UInt8 {
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
