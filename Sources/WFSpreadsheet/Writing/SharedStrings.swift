/// The workbook's shared-string table: each distinct text once, cells point at it by index.
struct SharedStrings: Sendable {
    private var index: [String: Int] = [:]
    private var strings: [String] = []
    /// Text cells written, counting repeats.
    private var uses = 0

    /// The index of `text`, added when new.
    mutating func add(_ text: String) -> Int {
        uses += 1
        if let known = index[text] { return known }
        index[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    /// `xl/sharedStrings.xml`.
    var xml: String {
        var xml = OOXMLPackage.declaration
            + "<sst xmlns=\"\(WorkbookXML.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            // Keep leading and trailing spaces and line breaks as written.
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.utf8.contains(0x0A)
            xml += preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>"
            XMLText.escape(text, into: &xml)
            xml += "</t></si>"
        }
        return xml + "</sst>"
    }
}
