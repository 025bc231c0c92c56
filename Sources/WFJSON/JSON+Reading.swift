// MARK: - Reading

extension JSON {
    /// How deep arrays and objects may nest in text that is read.
    public static let maxDepth = JSONReader.maxDepth

    /// Parses JSON text (strict RFC 8259); nil when it is not valid JSON or nests deeper than 256.
    public init?(parsing text: String) {
        self.init(parsing: Array(text.utf8))
    }

    /// Parses UTF-8 JSON text (strict RFC 8259: no byte order mark, no comments, no trailing
    /// commas, no invalid UTF-8 or lone surrogates, no numbers beyond `Double`'s range); nil
    /// when it is not valid JSON or nests deeper than 256.
    public init?(parsing bytes: [UInt8]) {
        var reader = JSONReader(bytes: bytes)
        guard let value = reader.document() else { return nil }
        self = value
    }
}
