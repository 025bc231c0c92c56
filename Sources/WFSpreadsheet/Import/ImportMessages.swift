/// Every English text `wf import` shows, in one place for the message catalog.
public enum ImportMessages {
    // MARK: - Help

    public static let abstract = "Make a plan from a task annex (phụ lục nhiệm vụ) in an .xlsx or .csv file."

    public static let discussion = """
            Reads the sheet's header row (in the first 15 rows: STT, Nhiệm vụ / Nội dung, Đơn vị \
            chủ trì, Đơn vị phối hợp, Thời gian hoàn thành / Thời hạn / Tiến độ, Sản phẩm, Ghi \
            chú, with or without diacritics, or in English) and makes one goal per task row: ids \
            from the titles, owners from the unit names, partners, deadlines as written \
            ("Quý II/2025", "Thường xuyên"; date cells as dates; "Hằng tháng" as a recurring \
            task), products and notes. Roman-numeral rows (I, II…) become each task's group; \
            sub-rows (1.1, 1.2) take their parent's units and deadline when theirs are empty; \
            merged cells count on every row they span. A row that cannot become a task is kept \
            as a comment in the plan and named in a warning with its row number.

            The plan is checked as 'wf validate' checks it before it is written. Nothing is \
            written (exit 2) when the file cannot be read, is password-protected, has no header \
            row, or the output exists (unless --force).

            Examples:
              wf import phu-luc.xlsx                         writes phu-luc.yaml
              wf import phu-luc.xlsx --sheet 2 --output ke-hoach-2025.yaml
              wf import phu-luc.csv --name "Kế hoạch CĐS năm 2025" --period 2025
            """

    public static let helpAnnex = "The annex: an .xlsx workbook or a .csv file (UTF-8, ',' or ';')."
    public static let helpSheet = "The sheet, by name or number (default: the first)."
    public static let helpOutput = "Where to write the plan (default: the annex's name with .yaml; - for standard output)."
    public static let helpName = "The plan's name (default: the title above the table)."
    public static let helpPeriod = "The plan's period: 2025, 2025-Q2, 2025-H1, 2025-05 (default: the year of the deadlines)."
    public static let helpForce = "Replace the output file if it exists."

    // MARK: - Refusals (exit 2)

    public static func unreadable(_ path: String, _ reason: String) -> String {
        "cannot read '\(path)': \(reason)"
    }

    public static func tooLarge(_ path: String, limitMiB: Int) -> String {
        "'\(path)' is larger than \(limitMiB) MiB, more than a task annex holds; check that it is the right file"
    }

    public static func unsupportedExtension(_ path: String) -> String {
        "'\(path)' is neither an .xlsx workbook nor a .csv file; save the annex from Excel or LibreOffice as .xlsx (Excel Workbook) or as CSV UTF-8"
    }

    public static func encrypted(_ path: String) -> String {
        "'\(path)' is a password-protected workbook (or an old .xls file); open it in Excel or LibreOffice, remove the password (File > Info > Protect Workbook, or File > Properties > Security) and save it as .xlsx"
    }

    public static func notWorkbook(_ path: String, _ reason: String) -> String {
        "'\(path)' is not a readable .xlsx workbook (\(reason)); open it in Excel or LibreOffice and save it again as .xlsx"
    }

    public static func malformedPart(_ path: String, part: String, _ reason: String) -> String {
        "'\(path)' has a damaged part \(part) (\(reason)); open it in Excel or LibreOffice and save it again as .xlsx"
    }

    public static func noSuchSheet(_ path: String, requested: String, available: [String]) -> String {
        "'\(path)' has no sheet '\(requested)'; its sheets are \(available.enumerated().map { "\($0.offset + 1). '\($0.element)'" }.joined(separator: ", ")); give --sheet a name or a number"
    }

    public static func malformedCSV(_ path: String, line: Int, _ reason: String) -> String {
        "\(path):\(line): cannot read the CSV file: \(reason); save it from the spreadsheet as \"CSV UTF-8\""
    }

    public static func noHeader(_ path: String, sheet: String, seen: [String]) -> String {
        let list = seen.isEmpty ? "none (the first 15 rows are empty)" : seen.map { "'\($0)'" }.joined(separator: ", ")
        return """
            \(path): no header row in the first 15 rows of sheet '\(sheet)': a header names the task column \
            (Nhiệm vụ, Nội dung, Nội dung công việc, Tên nhiệm vụ) and the deadline or lead unit columns \
            (Thời gian hoàn thành, Thời hạn, Tiến độ; Đơn vị chủ trì, Cơ quan chủ trì, Chủ trì). Headers seen: \(list). \
            Pick another sheet with --sheet, or rename the columns
            """
    }

    public static func outputExists(_ path: String) -> String {
        "'\(path)' already exists; choose another --output, or add --force to replace it"
    }

    public static func invalidPeriod(_ text: String) -> String {
        "--period must be a period such as 2025, 2025-Q2, 2025-H1 or 2025-05, not '\(text)'"
    }

    public static func invalidResult(_ path: String) -> String {
        "the plan imported from '\(path)' does not validate (the problems are above); nothing was written. Please report this with the annex"
    }

    // MARK: - Warnings (the row is kept as a comment)

    public static func rowWarning(_ path: String, row: Int, _ reason: String) -> String {
        "\(path):\(row): warning: row \(row) \(reason)"
    }

    public static let keptSuffix = "; kept as a comment in the plan"

    public static let noTask = "has no task text"
    public static let noDeadline = "has no deadline"

    public static func unreadDeadline(_ text: String, suggestion: String?) -> String {
        "has a deadline wf does not read ('\(text)')" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            + "; write a date (30/06/2025) or a phrase such as \"Quý II/2025\", \"Trước 15/10/2025\", \"Thường xuyên\""
    }

    public static func emptyGroup(_ name: String) -> String {
        "is a group ('\(name)') with no task under it"
    }

    public static func recurringWithoutPeriod(_ text: String) -> String {
        "is a recurring task ('\(text)') but the plan has no period; give --period 2025"
    }

    public static func ignoredLeadUnits(_ names: [String]) -> String {
        "names several lead units; the first leads and \(names.map { "'\($0)'" }.joined(separator: ", ")) became partners"
    }

    // MARK: - Summary

    public static func summary(output: String, tasks: Int, groups: Int, owners: Int, comments: Int) -> String {
        var text = "wrote \(output): \(tasks) task\(tasks == 1 ? "" : "s"), \(groups) group\(groups == 1 ? "" : "s"), \(owners) unit\(owners == 1 ? "" : "s")"
        if comments > 0 { text += ", \(comments) row\(comments == 1 ? "" : "s") kept as comments (see the warnings)" }
        return text + "; check it with: wf validate \(output)"
    }

    // MARK: - Comments in the written plan

    public static func fileHeader(source: String, sheet: String, headerRow: Int) -> [String] {
        ["Imported by wf import from \(source), sheet '\(sheet)' (header on row \(headerRow)).",
         "Ids come from the titles and the unit names; importing the same annex again gives the same ids."]
    }

    public static func rowComment(row: Int, stt: String?) -> String {
        "row \(row)" + (stt.map { ", STT \($0)" } ?? "")
    }

    public static func keptRow(row: Int, reason: String) -> String {
        "row \(row) \(reason): kept as written, not a task"
    }

    /// The annex's notes (Ghi chú) in a goal's description, in the annex's words.
    public static func notes(_ text: String) -> String {
        "Ghi chú: " + text
    }

    public static func recurringDue(_ text: String, day: Int) -> String {
        "'\(text)' in the annex: by day \(day) of each period"
    }
}
