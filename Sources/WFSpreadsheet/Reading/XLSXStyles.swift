/// Which cell styles of a workbook show numbers as dates (`xl/styles.xml`).
struct XLSXStyles {
    /// For each cell style index (`s="3"`), whether its number format is a date.
    var isDateStyle: [Bool] = []

    func isDate(style: Int) -> Bool { style >= 0 && style < isDateStyle.count && isDateStyle[style] }

    init() {}

    init(xml: [UInt8]) throws(XMLPullParser.Failure) {
        var parser = XMLPullParser(xml)
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var inCellXfs = false
        while let event = try parser.next() {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                if name == "numFmt", let id = attributes["numFmtId"].flatMap(Int.init) {
                    custom[id] = attributes["formatCode"] ?? ""
                } else if name == "cellXfs" {
                    inCellXfs = !selfClosing
                } else if name == "xf", inCellXfs {
                    formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
                }
            case .end(let name) where name == "cellXfs":
                inCellXfs = false
            default:
                break
            }
        }
        isDateStyle = formats.map { id in custom[id].map(Self.isDateFormat) ?? Self.builtInDates.contains(id) }
    }

    /// The built-in number formats that are dates: 14–22 (`m/d/yyyy`, `d-mmm-yy` …) and the
    /// East Asian ones 27–36, 45–47 (times), 50–58.
    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// A format code that shows a date: it has day or year letters (or months without hours or
    /// seconds) outside quoted text, escapes and `[…]` sections.
    static func isDateFormat(_ code: String) -> Bool {
        var letters = Set<Character>()
        var quoted = false
        var bracket = false
        var escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case ";" where !quoted && !bracket: return Self.hasDate(letters)  // the positive section decides
            default: if !quoted && !bracket { letters.insert(character) }
            }
        }
        return Self.hasDate(letters)
    }

    private static func hasDate(_ letters: Set<Character>) -> Bool {
        letters.contains("d") || letters.contains("y") || (letters.contains("m") && !letters.contains("h") && !letters.contains("s"))
    }
}
