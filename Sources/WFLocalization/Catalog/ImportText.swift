/// What `wf import` says: why it refuses an annex, the rows it kept as comments, its summary,
/// and the comments it writes into the imported plan.
@dynamicCallable
public enum ImportText: String, MessageCatalog {
    case noSuchFile, isAFolder, cannotBeRead, unreadable
    case tooLarge, unsupportedExtension, encrypted, notWorkbook, malformedPart, noSuchSheet, sheetEntry, malformedCSV
    case noHeader, noHeadersSeen, outputExists, invalidPeriod, invalidResult
    case rowWarning, kept, noTask, noDeadline, unreadDeadline, unreadDeadlineSuggestion
    case emptyGroup, recurringWithoutPeriod, ignoredLeadUnits, columnNumber
    case oneTask, tasks, oneGroup, groups, oneUnit, units, oneKeptRow, keptRows, summary
    case importedFrom, idsFromTitles, rowComment, rowCommentNumbered, keptRow, notes, recurringDue

    public var templates: (en: String, vi: String) {
        switch self {
        case .noSuchFile: ("there is no such file", "không có tệp này")
        case .isAFolder: ("it is a folder", "đây là một thư mục")
        case .cannotBeRead: ("it cannot be read", "không đọc được tệp")
        case .unreadable: ("cannot read '{path}': {reason}", "không đọc được '{path}': {reason}")
        case .tooLarge:
            ("'{path}' is larger than {limit} MiB, more than a task annex holds; check that it is the right file",
             "'{path}' lớn hơn {limit} MiB, quá lớn so với một phụ lục nhiệm vụ; hãy kiểm tra xem có đúng tệp không")
        case .unsupportedExtension:
            ("'{path}' is neither an .xlsx workbook nor a .csv file; save the annex from Excel or LibreOffice as .xlsx (Excel Workbook) or as CSV UTF-8",
             "'{path}' không phải tệp .xlsx cũng không phải tệp .csv; hãy lưu phụ lục từ Excel hoặc LibreOffice dưới dạng .xlsx (Excel Workbook) hoặc CSV UTF-8")
        case .encrypted:
            ("'{path}' is a password-protected workbook (or an old .xls file); open it in Excel or LibreOffice, remove the password (File > Info > Protect Workbook, or File > Properties > Security) and save it as .xlsx",
             "'{path}' là tệp Excel có đặt mật khẩu (hoặc tệp .xls cũ); hãy mở bằng Excel hoặc LibreOffice, bỏ mật khẩu (File > Info > Protect Workbook, hoặc File > Properties > Security) rồi lưu lại dưới dạng .xlsx")
        case .notWorkbook:
            ("'{path}' is not a readable .xlsx workbook ({reason}); open it in Excel or LibreOffice and save it again as .xlsx",
             "'{path}' không phải tệp .xlsx đọc được ({reason}); hãy mở bằng Excel hoặc LibreOffice rồi lưu lại dưới dạng .xlsx")
        case .malformedPart:
            ("'{path}' has a damaged part {part} ({reason}); open it in Excel or LibreOffice and save it again as .xlsx",
             "'{path}' có phần {part} bị hỏng ({reason}); hãy mở bằng Excel hoặc LibreOffice rồi lưu lại dưới dạng .xlsx")
        case .noSuchSheet:
            ("'{path}' has no sheet '{requested}'; its sheets are {sheets}; give --sheet a name or a number",
             "'{path}' không có trang tính '{requested}'; các trang tính của tệp là {sheets}; hãy ghi tên hoặc số thứ tự của trang tính sau --sheet")
        case .sheetEntry: ("{number}. '{name}'", "{number}. '{name}'")
        case .malformedCSV:
            ("{path}:{line}: cannot read the CSV file: {reason}; save it from the spreadsheet as \"CSV UTF-8\"",
             "{path}:{line}: không đọc được tệp CSV: {reason}; hãy lưu lại từ bảng tính dưới dạng \"CSV UTF-8\"")
        case .noHeader:
            ("{path}: no header row in the first 15 rows of sheet '{sheet}': a header names the task column (Nhiệm vụ, Nội dung, Nội dung công việc, Tên nhiệm vụ) and the deadline or lead unit columns (Thời gian hoàn thành, Thời hạn, Tiến độ; Đơn vị chủ trì, Cơ quan chủ trì, Chủ trì). Headers seen: {seen}. Pick another sheet with --sheet, or rename the columns",
             "{path}: không thấy dòng tiêu đề cột trong 15 dòng đầu của trang tính '{sheet}': dòng tiêu đề phải có cột nhiệm vụ (Nhiệm vụ, Nội dung, Nội dung công việc, Tên nhiệm vụ) và cột thời hạn hoặc cột đơn vị chủ trì (Thời gian hoàn thành, Thời hạn, Tiến độ; Đơn vị chủ trì, Cơ quan chủ trì, Chủ trì). Các tiêu đề đã thấy: {seen}. Hãy chọn trang tính khác bằng --sheet, hoặc đổi tên các cột")
        case .noHeadersSeen: ("none (the first 15 rows are empty)", "không có (15 dòng đầu đều trống)")
        case .outputExists:
            ("'{path}' already exists; choose another --output, or add --force to replace it",
             "'{path}' đã có; hãy chọn --output khác, hoặc thêm --force để ghi đè")
        case .invalidPeriod:
            ("--period must be a period such as 2025, 2025-Q2, 2025-H1 or 2025-05, not '{text}'",
             "--period phải là một kỳ như 2025, 2025-Q2, 2025-H1 hoặc 2025-05, không phải '{text}'")
        case .invalidResult:
            ("the plan imported from '{path}' does not validate (the problems are above); nothing was written. Please report this with the annex",
             "kế hoạch nhập từ '{path}' không qua được kiểm tra (các lỗi ở trên); chưa ghi gì. Hãy báo lỗi này kèm theo phụ lục")
        case .rowWarning: ("{path}:{row}: warning: row {row} {reason}", "{path}:{row}: cảnh báo: dòng {row} {reason}")
        case .kept: ("{reason}; kept as a comment in the plan", "{reason}; đã giữ lại thành dòng chú thích trong kế hoạch")
        case .noTask: ("has no task text", "không có nội dung nhiệm vụ")
        case .noDeadline: ("has no deadline", "không có thời hạn")
        case .unreadDeadline:
            ("has a deadline wf does not read ('{text}'); write a date (30/06/2025) or a phrase such as \"Quý II/2025\", \"Trước 15/10/2025\", \"Thường xuyên\"",
             "có thời hạn wf không đọc được ('{text}'); hãy ghi một ngày (30/06/2025) hoặc một cụm như \"Quý II/2025\", \"Trước 15/10/2025\", \"Thường xuyên\"")
        case .unreadDeadlineSuggestion:
            ("has a deadline wf does not read ('{text}'); did you mean '{suggestion}'?; write a date (30/06/2025) or a phrase such as \"Quý II/2025\", \"Trước 15/10/2025\", \"Thường xuyên\"",
             "có thời hạn wf không đọc được ('{text}'); có phải ý bạn là '{suggestion}'?; hãy ghi một ngày (30/06/2025) hoặc một cụm như \"Quý II/2025\", \"Trước 15/10/2025\", \"Thường xuyên\"")
        case .emptyGroup: ("is a group ('{name}') with no task under it", "là một nhóm ('{name}') không có nhiệm vụ nào")
        case .recurringWithoutPeriod:
            ("is a recurring task ('{text}') but the plan has no period; give --period 2025",
             "là nhiệm vụ định kỳ ('{text}') nhưng kế hoạch chưa có kỳ; hãy thêm --period 2025")
        case .ignoredLeadUnits:
            ("names several lead units; the first leads and {names} became partners",
             "ghi nhiều đơn vị chủ trì; đơn vị đầu tiên chủ trì, còn {names} trở thành đơn vị phối hợp")
        case .columnNumber: ("column {number}", "cột {number}")
        case .oneTask: ("1 task", "1 nhiệm vụ")
        case .tasks: ("{count} tasks", "{count} nhiệm vụ")
        case .oneGroup: ("1 group", "1 nhóm")
        case .groups: ("{count} groups", "{count} nhóm")
        case .oneUnit: ("1 unit", "1 đơn vị")
        case .units: ("{count} units", "{count} đơn vị")
        case .oneKeptRow: ("1 row kept as comments (see the warnings)", "1 dòng giữ lại thành chú thích (xem các cảnh báo)")
        case .keptRows: ("{count} rows kept as comments (see the warnings)", "{count} dòng giữ lại thành chú thích (xem các cảnh báo)")
        case .summary:
            ("wrote {output}: {counts}; check it with: wf validate {output}",
             "đã ghi {output}: {counts}; kiểm tra bằng lệnh: wf validate {output}")
        case .importedFrom:
            ("Imported by wf import from {source}, sheet '{sheet}' (header on row {row}).",
             "Nhập bằng wf import từ {source}, trang tính '{sheet}' (dòng tiêu đề cột ở dòng {row}).")
        case .idsFromTitles:
            ("Ids come from the titles and the unit names; importing the same annex again gives the same ids.",
             "Mã lấy từ tiêu đề và tên đơn vị; nhập lại cùng phụ lục này sẽ được đúng các mã đó.")
        case .rowComment: ("row {row}", "dòng {row}")
        case .rowCommentNumbered: ("row {row}, STT {number}", "dòng {row}, STT {number}")
        case .keptRow: ("row {row} {reason}: kept as written, not a task", "dòng {row} {reason}: giữ nguyên như đã ghi, không phải nhiệm vụ")
        // The annex's own column name, in a goal's description: the same in both languages.
        case .notes: ("Ghi chú: {text}", "Ghi chú: {text}")
        case .recurringDue: ("'{text}' in the annex: by day {day} of each period", "'{text}' trong phụ lục: trước ngày {day} của mỗi kỳ")
        }
    }
}

extension ImportText {
    /// The refusal for a sheet that is not there, listing the sheets by number.
    public static func missingSheet(path: String, requested: String, available: [String]) -> Message {
        let sheets = Message.list(available.enumerated().map { sheetEntry(number: $0.offset + 1, name: $0.element) }, separator: ", ")
        return noSuchSheet(path: path, requested: requested, sheets: sheets)
    }

    /// The refusal for a sheet without a header row, with the headers it has.
    public static func missingHeader(path: String, sheet: String, seen: [String]) -> Message {
        let list = seen.isEmpty ? noHeadersSeen.message : .verbatim(seen.map { "'\($0)'" }.joined(separator: ", "))
        return noHeader(path: path, sheet: sheet, seen: list)
    }

    /// Why a deadline cell was not read, with a suggestion when one is near.
    public static func deadlineNotRead(_ text: String, suggestion: String?) -> Message {
        suggestion.map { unreadDeadlineSuggestion(text: text, suggestion: $0) } ?? unreadDeadline(text: text)
    }

    /// The lead units after the first, which became partners.
    public static func leadUnitsMadePartners(_ names: [String]) -> Message {
        ignoredLeadUnits(names: names.map { "'\($0)'" }.joined(separator: ", "))
    }

    /// `wrote plan.yaml: 12 tasks, 3 groups, 5 units; check it with: …`.
    public static func summaryLine(output: String, tasks: Int, groups: Int, owners: Int, comments: Int) -> Message {
        var counts = [
            tasks == 1 ? oneTask.message : Self.tasks(count: tasks),
            groups == 1 ? oneGroup.message : Self.groups(count: groups),
            owners == 1 ? oneUnit.message : units(count: owners),
        ]
        if comments > 0 { counts.append(comments == 1 ? oneKeptRow.message : keptRows(count: comments)) }
        return summary(output: output, counts: Message.list(counts, separator: ", "))
    }

    /// The comment on a task's `id:` line: its row, and its STT when it has one.
    public static func taskComment(row: Int, number: String?) -> Message {
        number.map { rowCommentNumbered(row: row, number: $0) } ?? rowComment(row: row)
    }
}
