/// Splits an expression's source into tokens.
///
/// Works on Characters so that offsets match the columns a planner sees, or on the bytes of
/// an ASCII text, where a byte is a Character and offsets count the same (see `TextUnit`).
struct Lexer<Unit: TextUnit> {
    private let characters: [Unit]
    private let base: Int
    private var position = 0
    /// True right after a `.`: the next word is a member name, which may start with a digit
    /// (`goals.10-10`) or be a keyword (`vars.null`).
    private var expectingMember = false

    /// A lexer over `source`, whose first Character sits at `offset` in the template string.
    init(_ source: some Sequence<Unit>, offset: Int) {
        self.characters = Array(source)
        self.base = offset
    }

    /// All the tokens, ending with `.end`.
    static func tokenize(_ source: some Sequence<Unit>, offset: Int) throws(ExpressionError) -> [Token] {
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
        if c.isASCIIDigit { return try number(from: start) }
        if c.is(UInt8(ascii: "'")) { return try string(from: start) }
        if c.is(UInt8(ascii: "\"")) { throw .doubleQuotes(at: base + start) }
        return try punctuation(c, from: start)
    }

    // MARK: - Token kinds

    private mutating func word() -> String {
        let start = position
        while let c = peek(), c.isIdentifierPart { position += 1 }
        return Unit.text(characters[start..<position])
    }

    private mutating func number(from start: Int) throws(ExpressionError) -> Token {
        var text = ""
        while let c = peek() {
            let isSign = (c.is(UInt8(ascii: "+")) || c.is(UInt8(ascii: "-"))) && (text.last == "e" || text.last == "E") && !text.hasPrefix("0x")
            guard (c.isIdentifierPart && !c.is(UInt8(ascii: "-"))) || c.is(UInt8(ascii: ".")) || isSign else { break }
            text.append(c.character)
            position += 1
        }
        guard let value = NumberLiteral.value(text) else { throw .invalidNumber(text, at: base + start) }
        return token(.literal(.number(value)), from: start)
    }

    private mutating func string(from start: Int) throws(ExpressionError) -> Token {
        position += 1
        var text: [Unit] = []
        while let c = peek() {
            position += 1
            if c.is(UInt8(ascii: "'")) {
                guard peek()?.is(UInt8(ascii: "'")) == true else { return token(.literal(.string(Unit.text(text))), from: start) }
                position += 1
            }
            text.append(c)
        }
        throw .unterminatedString(at: base + start)
    }

    private mutating func punctuation(_ c: Unit, from start: Int) throws(ExpressionError) -> Token {
        if let second = peek(1)?.asciiValue, let first = c.asciiValue, let punctuation = Token.Punctuation(first, second) {
            position += 2
            return token(.punctuation(punctuation), from: start)
        }
        guard let byte = c.asciiValue, let punctuation = Token.Punctuation(byte) else {
            throw .unexpectedCharacter(c.character, at: base + start)
        }
        position += 1
        if punctuation == .dot { expectingMember = true }
        return token(.punctuation(punctuation), from: start)
    }

    // MARK: - Helpers

    private func peek(_ ahead: Int = 0) -> Unit? {
        position + ahead < characters.count ? characters[position + ahead] : nil
    }

    private func token(_ kind: Token.Kind, from start: Int) -> Token {
        Token(kind: kind, offset: base + start, length: position - start)
    }
}

/// Number literals: decimal with optional fraction and exponent, or `0x` hex.
enum NumberLiteral {
    /// The value of `text`, or nil when it is not a number literal.
    static func value(_ text: String) -> Double? {
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
}

// MARK: - Character classes

/// What the lexer and the template scanner read: a Character, or a byte of an ASCII text
/// with no CR (there a byte is a Character, and the scanner need not build Characters).
protocol TextUnit: Sendable, Equatable {
    /// Whether this is the ASCII character `byte`.
    func `is`(_ byte: UInt8) -> Bool
    var asciiValue: UInt8? { get }
    var isSpace: Bool { get }
    var isIdentifierStart: Bool { get }
    var isIdentifierPart: Bool { get }
    var isMemberStart: Bool { get }
    var isASCIIDigit: Bool { get }
    var character: Character { get }
    /// The units as one String.
    static func text(_ units: some Collection<Self>) -> String
    /// The expression the units spell, whose first one sits at `offset` in the template.
    static func parse(_ units: ArraySlice<Self>, offset: Int) throws(ExpressionError) -> Expression
}

extension Character: TextUnit {
    func `is`(_ byte: UInt8) -> Bool { asciiValue == byte && (byte != 0x0A || self == "\n") }
    var isASCIIDigit: Bool { isASCII && isNumber }
    var character: Character { self }
    static func text(_ units: some Collection<Character>) -> String { units.joinedText }

    /// An expression in a text that is not all ASCII is most often ASCII itself
    /// (`Hội nghị ${{ vars.department }}`): then its bytes are lexed, one for each Character.
    static func parse(_ units: ArraySlice<Character>, offset: Int) throws(ExpressionError) -> Expression {
        guard units.allSatisfy({ $0.utf8.count == 1 }) else { return try Parser.parse(units, offset: offset) }
        return try Parser.parse(units.compactMap(\.asciiValue), offset: offset)
    }
}

extension UInt8: TextUnit {
    func `is`(_ byte: UInt8) -> Bool { self == byte }
    var asciiValue: UInt8? { self }
    var isSpace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
    var isIdentifierStart: Bool { isASCIILetter || self == UInt8(ascii: "_") }
    var isIdentifierPart: Bool {
        isASCIILetter || isASCIIDigit || self == UInt8(ascii: "_") || self == UInt8(ascii: "-")
    }
    var isMemberStart: Bool { isIdentifierStart || isASCIIDigit }
    var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    var character: Character { Character(Unicode.Scalar(self)) }
    static func text(_ units: some Collection<UInt8>) -> String { String(decoding: units, as: UTF8.self) }

    static func parse(_ units: ArraySlice<UInt8>, offset: Int) throws(ExpressionError) -> Expression {
        try Parser.parse(units, offset: offset)
    }
}

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

extension UInt8 {
    fileprivate var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
