import WFDiagnostics

// MARK: - JSON

extension ExpressionValue {
    /// The value as JSON: compact by default, or indented by two spaces. Object keys are
    /// sorted so that output is stable; NaN and infinities, which JSON lacks, become `null`.
    public func json(pretty: Bool = false) -> String {
        var output = ""
        write(to: &output, pretty: pretty, indent: "")
        return output
    }

    private func write(to output: inout String, pretty: Bool, indent: String) {
        switch self {
        case .null: output += "null"
        case .bool, .string: output += Self.quoted(self)
        case .number(let value): output += value.isFinite ? Self.text(of: value) : "null"
        case .array(let items):
            writeContainer(items, open: "[", close: "]", to: &output, pretty: pretty, indent: indent) { item, output, inner in
                item.write(to: &output, pretty: pretty, indent: inner)
            }
        case .object(let members):
            let pairs = members.sorted { $0.key < $1.key }
            writeContainer(pairs, open: "{", close: "}", to: &output, pretty: pretty, indent: indent) { pair, output, inner in
                output += Self.quoted(.string(pair.key)) + (pretty ? ": " : ":")
                pair.value.write(to: &output, pretty: pretty, indent: inner)
            }
        }
    }

    private func writeContainer<Element>(
        _ elements: [Element], open: String, close: String, to output: inout String, pretty: Bool,
        indent: String, element: (Element, inout String, String) -> Void
    ) {
        output += open
        defer { output += close }
        guard !elements.isEmpty else { return }
        let inner = indent + "  "
        for (index, item) in elements.enumerated() {
            if index > 0 { output += "," }
            if pretty { output += "\n" + inner }
            element(item, &output, inner)
        }
        if pretty { output += "\n" + indent }
    }

    private static func quoted(_ value: ExpressionValue) -> String {
        guard case .string(let text) = value else { return value.description }
        return JSONText.quoted(text)
    }
}

extension ExpressionValue {
    /// Parses JSON text (RFC 8259); nil when it is not valid JSON or nests deeper than 256.
    public init?(json text: String) {
        var reader = JSONReader(bytes: Array(text.utf8))
        guard let value = reader.document() else { return nil }
        self = value
    }
}
