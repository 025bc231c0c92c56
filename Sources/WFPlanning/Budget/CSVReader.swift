/// A small RFC 4180 reader: records of fields, quoted fields with `""` for a quote and line
/// breaks inside quotes, CRLF or LF line ends, and a byte-order mark ignored.
public struct CSVReader: Sendable {
    /// A malformed CSV text, with the 1-based line where the problem starts.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }

        public var description: String { "line \(line): \(message)" }
    }

    /// One record and the line it starts on.
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// The field separator: `,` by RFC 4180, `;` as spreadsheets in Vietnamese locales write it.
    public var delimiter: Character

    public init(delimiter: Character = ",") {
        self.delimiter = delimiter
    }

    /// `;` when the first line has semicolons and no comma outside quotes, else `,`.
    public static func detectDelimiter(_ text: String) -> Character {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if quoted { continue }
            if character == "\n" || character == "\r\n" || character == "\r" { break }
            if character == "," { commas += 1 }
            if character == ";" { semicolons += 1 }
        }
        return semicolons > 0 && commas == 0 ? ";" : ","
    }

    /// Every record of `text`; blank lines are skipped.
    public func records(_ text: String) throws(Failure) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var quoteLine = 1
        var afterQuote = false
        var characters = text.makeIterator()
        if text.first == "\u{FEFF}" { _ = characters.next() }

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
            afterQuote = false
        }

        while let character = characters.next() {
            let isNewline = character == "\n" || character == "\r\n" || character == "\r"
            if quoted {
                if character == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    field.append(character)
                    if isNewline { line += 1 }
                }
                continue
            }
            if afterQuote, character == "\"" {
                // `""` inside a quoted field: one quote, and the field goes on.
                field.append("\"")
                quoted = true
                afterQuote = false
                continue
            }
            if character == delimiter {
                fields.append(field)
                field = ""
                afterQuote = false
            } else if isNewline {
                endRecord()
                line += 1
                recordLine = line
            } else if afterQuote {
                throw Failure(line: line, message: "unexpected '\(character)' after a closing quote; a quote inside a quoted field is written \"\"")
            } else if character == "\"" {
                guard field.allSatisfy(\.isWhitespace) else {
                    throw Failure(line: line, message: "a quote inside an unquoted field; quote the whole field and double the quote (\"\")")
                }
                field = ""
                quoted = true
                quoteLine = line
            } else {
                field.append(character)
            }
        }
        if quoted { throw Failure(line: quoteLine, message: "a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty || afterQuote { endRecord() }
        return records
    }
}
