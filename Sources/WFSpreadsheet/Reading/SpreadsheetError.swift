/// Why a spreadsheet could not be read; `ImportText` words it for the planner.
public enum SpreadsheetError: Error, Sendable, Equatable {
    /// The file cannot be opened or read.
    case unreadable(reason: String)
    /// An encrypted (password-protected) workbook, or an old binary `.xls`: both are OLE files.
    case encrypted
    /// Not a ZIP package, or a ZIP without a workbook in it.
    case notWorkbook(reason: String)
    /// A part of the package is not well-formed XML.
    case malformedPart(part: String, reason: String)
    /// `--sheet` names no sheet of the workbook.
    case noSuchSheet(requested: String, available: [String])
    /// A CSV file that is not valid UTF-8, or not well-formed.
    case malformedCSV(line: Int, reason: String)
}
