import WFDiagnostics
import WFJSON
import WFLocalization

/// A request whose parameters do not have the shape its method needs.
struct RequestError: Error {
    var message: Message
}

extension JSON {
    /// The member `key`, or an InvalidParams error naming it.
    func member(_ key: String) throws(RequestError) -> JSON {
        guard let value = self[key], value != .null else { throw RequestError(message: EditorText.missingParam(key: key)) }
        return value
    }

    func string(_ key: String) throws(RequestError) -> String {
        guard let text = try member(key).stringValue else { throw RequestError(message: EditorText.wrongParam(key: key, expected: EditorText.aString.message)) }
        return text
    }

    func integer(_ key: String) throws(RequestError) -> Int {
        guard let number = try member(key).numberValue, number.rounded() == number, abs(number) < 1e9 else {
            throw RequestError(message: EditorText.wrongParam(key: key, expected: EditorText.anInteger.message))
        }
        return Int(number)
    }

    /// `textDocument.uri`.
    func documentURI() throws(RequestError) -> String {
        try member("textDocument").string("uri")
    }

    /// An LSP `Position`.
    func position() throws(RequestError) -> LSPPosition {
        let line = try integer("line"), character = try integer("character")
        guard line >= 0, character >= 0 else { throw RequestError(message: EditorText.wrongParam(key: "position", expected: EditorText.notNegative.message)) }
        return LSPPosition(line: line, character: character)
    }

    /// An LSP `Position` as JSON.
    init(_ position: LSPPosition) {
        self = ["line": .int(position.line), "character": .int(position.character)]
    }
}

extension TextDocument {
    /// A wf source range as an LSP `Range`.
    func lspRange(_ range: SourceRange, encoding: PositionEncoding) -> JSON {
        ["start": JSON(lspPosition(range.start, encoding: encoding)), "end": JSON(lspPosition(range.end, encoding: encoding))]
    }

    /// An LSP `Location` in this document.
    func location(_ range: SourceRange, encoding: PositionEncoding) -> JSON {
        ["uri": .string(uri), "range": lspRange(range, encoding: encoding)]
    }
}

/// File paths from `file://` URIs.
enum DocumentURI {
    /// The path of a `file://` URI, percent-decoded; other URIs (`untitled:1`) stand for a
    /// file in the current folder.
    static func path(of uri: String) -> String {
        guard uri.hasPrefix("file://") else { return "untitled.yaml" }
        var rest = Substring(uri.dropFirst("file://".count))
        // file://host/path: the host is dropped.
        if !rest.hasPrefix("/"), let slash = rest.firstIndex(of: "/") { rest = rest[slash...] }
        return percentDecoded(rest)
    }

    static func percentDecoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
