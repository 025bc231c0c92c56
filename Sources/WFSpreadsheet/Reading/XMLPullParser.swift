/// A small pull parser for the XML parts of an `.xlsx` package: start and end tags with their
/// attributes, text with entity and character references decoded, CDATA; comments, processing
/// instructions and a document type declaration are skipped.
///
/// Written here instead of Foundation's `XMLParser`: on Linux that one needs libxml2 and ICU
/// loaded at every start of `wf`, for a feature only `wf import` uses. Names lose their
/// namespace prefix (`x:c` is `c`, `r:id` is `id`): the parts a workbook has use each local
/// name once.
struct XMLPullParser {
    /// What the parser found next.
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    /// Malformed XML, with the byte offset where it was noticed.
    struct Failure: Error, Equatable {
        var offset: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var position = 0
    /// Elements opened and not yet closed: a part cut short ends with some open.
    private var depth = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next event, or nil at the end of the document.
    mutating func next() throws(Failure) -> Event? {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") { return .text(try text()) }
            let rest = bytes.count - position
            if rest >= 4, bytes[position + 1] == UInt8(ascii: "!"), bytes[position + 2] == UInt8(ascii: "-"),
               bytes[position + 3] == UInt8(ascii: "-") {
                try skip(past: Array("-->".utf8), from: position + 4)
            } else if rest >= 9, bytes[position + 1] == UInt8(ascii: "!"), bytes[(position + 2)..<(position + 9)].elementsEqual("[CDATA[".utf8) {
                let start = position + 9
                try skip(past: Array("]]>".utf8), from: start)
                return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
            } else if rest >= 2, bytes[position + 1] == UInt8(ascii: "?") {
                try skip(past: Array("?>".utf8), from: position + 2)
            } else if rest >= 2, bytes[position + 1] == UInt8(ascii: "!") {
                try skipDeclaration()
            } else if rest >= 2, bytes[position + 1] == UInt8(ascii: "/") {
                position += 2
                let name = try self.name()
                skipSpaces()
                try expect(UInt8(ascii: ">"))
                depth -= 1
                return .end(name: name)
            } else {
                let event = try startTag()
                if case .start(_, _, false) = event { depth += 1 }
                return event
            }
        }
        if depth > 0 { throw Failure(offset: position, message: "it ends before its elements are closed") }
        return nil
    }

    // MARK: - Pieces

    private mutating func startTag() throws(Failure) -> Event {
        position += 1
        let name = try self.name()
        var attributes: [String: String] = [:]
        while true {
            skipSpaces()
            guard position < bytes.count else { throw Failure(offset: position, message: "the tag <\(name)> is not closed") }
            switch bytes[position] {
            case UInt8(ascii: ">"):
                position += 1
                return .start(name: name, attributes: attributes, selfClosing: false)
            case UInt8(ascii: "/"):
                position += 1
                try expect(UInt8(ascii: ">"))
                return .start(name: name, attributes: attributes, selfClosing: true)
            default:
                let key = try self.name()
                skipSpaces()
                try expect(UInt8(ascii: "="))
                skipSpaces()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                    throw Failure(offset: position, message: "the attribute '\(key)' of <\(name)> has no quoted value")
                }
                let quote = bytes[position]
                let start = position + 1
                guard let end = bytes[start...].firstIndex(of: quote) else {
                    throw Failure(offset: start, message: "the value of the attribute '\(key)' is not closed")
                }
                position = end + 1
                attributes[key] = try Self.decode(bytes[start..<end], at: start)
            }
        }
    }

    /// A name without its namespace prefix.
    private mutating func name() throws(Failure) -> String {
        let start = position
        var local = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ":") { local = position + 1 }
            else if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || Self.isSpace(byte) { break }
            position += 1
        }
        guard local < position else { throw Failure(offset: start, message: "a tag or attribute name is missing") }
        return String(decoding: bytes[local..<position], as: UTF8.self)
    }

    private mutating func text() throws(Failure) -> String {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        return try Self.decode(bytes[start..<position], at: start)
    }

    private mutating func skip(past terminator: [UInt8], from start: Int) throws(Failure) {
        var index = start
        while index + terminator.count <= bytes.count {
            if bytes[index] == terminator[0], bytes[index..<(index + terminator.count)].elementsEqual(terminator) {
                position = index + terminator.count
                return
            }
            index += 1
        }
        throw Failure(offset: start, message: "'\(String(decoding: terminator, as: UTF8.self))' is missing")
    }

    /// `<!DOCTYPE …>`, with an internal subset in brackets.
    private mutating func skipDeclaration() throws(Failure) {
        var depth = 0
        var index = position + 2
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0:
                position = index + 1
                return
            default: break
            }
            index += 1
        }
        throw Failure(offset: position, message: "a declaration is not closed")
    }

    private mutating func skipSpaces() {
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws(Failure) {
        guard position < bytes.count, bytes[position] == byte else {
            throw Failure(offset: position, message: "'\(Character(Unicode.Scalar(byte)))' expected")
        }
        position += 1
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Text with `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`, `&#N;` and `&#xH;` decoded.
    static func decode(_ slice: ArraySlice<UInt8>, at offset: Int) throws(Failure) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
                continue
            }
            guard let semicolon = slice[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw Failure(offset: offset + index - slice.startIndex, message: "an '&' is not a reference")
            }
            let entity = String(decoding: slice[(index + 1)..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch entity {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
                } else {
                    scalar = nil
                }
            }
            guard let scalar else {
                throw Failure(offset: offset + index - slice.startIndex, message: "unknown reference '&\(entity);'")
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
