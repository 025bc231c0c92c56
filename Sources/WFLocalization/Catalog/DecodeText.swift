/// What the decoder says when a plan's text does not fit the format: unknown and missing
/// keys, values of the wrong kind, dates, durations and deadlines it cannot read.
@dynamicCallable
public enum DecodeText: String, MessageCatalog {
    // Keys
    case unknownKey, keysMustBeNames, missingKey, missingKeys
    // Values of the wrong kind, and the kinds expected
    case typeMismatch, typeMismatchEmpty
    case foundMapping, foundList
    case expectMapping, expectString, expectBool, expectWholeNumber, expectNumber, expectPercentage, expectList
    case expectOwnerMapping, expectVariableValue, expectDuration, expectDate, expectPercentageSuchAs
    case expectOneOf, expectStringList, expectIDList
    case yesNoIsText, notAPercentage, percentageOutOfRange
    // Dates and durations
    case invalidDateBecause, invalidDate, invalidDuration, invalidDeadline
    case recurringDayOutOfRange, notADayOfEachPeriod, dayWithoutMonth, addEvery, checkpointNeedsDate
    case prepareDueInvalid, windowBeforeDue, windowUnit
    // The plan
    case emptyFile, versionUnsupported, versionInvalid, unknownTimeZone, invalidLang, eitherOr
    case periodEndsBeforeStart, invalidPeriod, invalidCalendarBase, invalidCalendar
    // Items
    case invalidEvery, doneListNeedsEvery, kpiTargetInvalid, kpiTargetForms, kpiActualInvalid, kpiActualForms
    case eventEndsBeforeStart, theEventsDate, budgetNeedsAllocated
    case usesAndRun, usesOrRun, retryAttempts, timeoutPositive

    public var templates: (en: String, vi: String) {
        switch self {
        case .unknownKey: ("unknown key '{key}' in {subject}", "không có mục '{key}' trong {subject}")
        case .keysMustBeNames: ("keys of {subject} must be plain names", "tên các mục trong {subject} phải là chữ, không phải danh sách hay nhóm mục")
        case .missingKey: ("{subject} is missing required key {keys}", "{subject} thiếu mục bắt buộc {keys}")
        case .missingKeys: ("{subject} is missing required keys {keys}", "{subject} thiếu các mục bắt buộc {keys}")

        case .typeMismatch: ("{subject} must be {expected}, found {found}", "{subject} phải là {expected}, không phải {found}")
        case .typeMismatchEmpty: ("{subject} must be {expected}, found nothing", "{subject} đang để trống; cần {expected}")
        case .foundMapping: ("a mapping", "một nhóm mục")
        case .foundList: ("a list", "một danh sách")
        case .expectMapping: ("a mapping", "một nhóm mục")
        case .expectString: ("a string", "một chuỗi văn bản")
        case .expectBool: ("true or false", "true hoặc false")
        case .expectWholeNumber: ("a whole number", "một số nguyên")
        case .expectNumber: ("a number", "một số")
        case .expectPercentage: ("a percentage like 80%", "một tỉ lệ phần trăm như 80%")
        case .expectList: ("a list", "một danh sách")
        case .expectOwnerMapping: ("a mapping of owner ids", "một nhóm mục theo mã đơn vị")
        case .expectVariableValue: ("a string, number or boolean", "một chuỗi văn bản, một số hoặc true/false")
        case .expectDuration: ("a duration such as 5wd or 14d", "một khoảng thời gian như 5wd hoặc 14d")
        case .expectDate: ("a date such as 2023-10-10", "một ngày như 2023-10-10")
        case .expectPercentageSuchAs: ("a percentage such as 80%", "một tỉ lệ phần trăm như 80%")
        case .expectOneOf: ("one of {values}", "một trong các giá trị {values}")
        case .expectStringList: ("a list of strings", "một danh sách chuỗi văn bản")
        case .expectIDList: ("a list of ids", "một danh sách mã")
        case .yesNoIsText:
            ("{subject} must be true or false; '{text}' is a string in wf",
             "{subject} phải là true hoặc false; wf đọc '{text}' là chuỗi văn bản")
        case .notAPercentage:
            ("{subject} must be a percentage like 80%, found '{text}'",
             "{subject} phải là một tỉ lệ phần trăm như 80%, không phải '{text}'")
        case .percentageOutOfRange: ("{subject} of {text} is out of range", "{subject} bằng {text} nằm ngoài khoảng cho phép (từ 0% đến 1000%)")

        case .invalidDateBecause:
            ("{subject} '{text}' is not a valid date: {reason}", "{subject} là '{text}', không phải ngày hợp lệ: {reason}")
        case .invalidDate:
            ("{subject} '{text}' is not a valid date; write 2023-10-10 or 10/10/2023",
             "{subject} là '{text}', không phải ngày hợp lệ; hãy viết 2023-10-10 hoặc 10/10/2023")
        case .invalidDuration:
            ("{subject} '{text}' is not a valid duration; write a number and a unit: 14d, 10wd, 2w, 4h, 30m, 45s",
             "{subject} là '{text}', không phải khoảng thời gian hợp lệ; hãy viết số liền với đơn vị: 14d (ngày), 10wd (ngày làm việc), 2w (tuần), 4h (giờ), 30m (phút), 45s (giây)")
        case .invalidDeadline:
            ("{subject} '{text}' is not a date or a deadline phrase; write {forms}",
             "{subject} là '{text}', không phải ngày hay cách ghi thời hạn mà wf hiểu; hãy viết {forms}")
        case .recurringDayOutOfRange:
            ("{subject} is day {day} of the month; write a day from 1 to 31",
             "{subject} là ngày {day} của tháng; hãy viết một ngày từ 1 đến 31")
        case .notADayOfEachPeriod:
            ("{subject} '{text}' is not a day of each period; with 'every', write 20 (day 20), \"trước ngày 20\" or \"chậm nhất ngày 20\"",
             "{subject} là '{text}', không phải một ngày trong mỗi kỳ; khi có 'every', hãy viết 20 (ngày 20), \"trước ngày 20\" hoặc \"chậm nhất ngày 20\"")
        case .dayWithoutMonth:
            ("{subject} '{text}' names a day but no month: write the whole date, e.g. \"Trước 20/10/2025\"",
             "{subject} là '{text}': có ngày nhưng không có tháng; hãy viết đủ ngày tháng năm, ví dụ \"Trước 20/10/2025\"")
        case .addEvery:
            ("for a task due every month or quarter, add 'every: month' (or quarter, half-year, year)",
             "với nhiệm vụ lặp lại hằng tháng hay hằng quý, hãy thêm 'every: month' (hoặc quarter, half-year, year)")
        case .checkpointNeedsDate:
            ("{subject} '{text}' is not a date; a checkpoint needs one (e.g. \"6 tháng đầu năm 2025\")",
             "{subject} là '{text}', không chỉ ra một ngày cụ thể; mốc giải ngân cần có ngày (ví dụ \"6 tháng đầu năm 2025\")")
        case .prepareDueInvalid:
            ("{subject} '{text}' is neither a date (2023-10-01, 01/10/2023), an offset from the event (-10wd, -3d) nor a deadline phrase with a date (\"Trước 15/10/2025\", \"Tháng 9/2025\")",
             "{subject} là '{text}', không phải một ngày (2023-10-01, 01/10/2023), một khoảng cách so với sự kiện (-10wd, -3d) hay một cách ghi thời hạn có ngày (\"Trước 15/10/2025\", \"Tháng 9/2025\")")
        case .windowBeforeDue:
            ("{subject} is a window before the due date: write it without '-', e.g. 5wd",
             "{subject} là khoảng báo trước thời hạn: hãy viết không có dấu '-', ví dụ 5wd")
        case .windowUnit:
            ("{subject} must be in working days (5wd), days (7d) or weeks (2w)",
             "{subject} phải tính bằng ngày làm việc (5wd), ngày (7d) hoặc tuần (2w)")

        case .emptyFile:
            ("the file is empty; a plan starts with 'wf: 1' and 'name:'", "tệp trống; một kế hoạch bắt đầu bằng 'wf: 1' và 'name:'")
        case .versionUnsupported:
            ("format version {version} is not supported; this wf reads 'wf: {supported}'",
             "wf chưa hỗ trợ định dạng phiên bản {version}; phiên bản wf này đọc 'wf: {supported}'")
        case .versionInvalid:
            ("'wf' must be the format version {supported}, found '{found}'",
             "mục 'wf' phải là số phiên bản định dạng {supported}, không phải '{found}'")
        case .unknownTimeZone:
            ("unknown time zone '{zone}'; use an IANA name such as Asia/Ho_Chi_Minh",
             "không có múi giờ '{zone}'; hãy dùng tên múi giờ IANA như Asia/Ho_Chi_Minh")
        case .invalidLang: ("'lang' must be {choices}, found '{text}'", "mục 'lang' phải là {choices}, không phải '{text}'")
        case .eitherOr: ("{first} or {second}", "{first} hoặc {second}")
        case .periodEndsBeforeStart: ("the period ends before it starts", "kỳ kết thúc trước ngày bắt đầu")
        case .invalidPeriod:
            ("'period' must be 2023, 2023-Q4, 2023-H2, 2023-10 or {start, end}; found '{text}'",
             "mục 'period' phải có dạng 2023, 2023-Q4, 2023-H2, 2023-10 hoặc {start, end}; không phải '{text}'")
        case .invalidCalendarBase:
            ("a calendar's base must be vn, found '{text}'", "mục 'base' của lịch phải là vn, không phải '{text}'")
        case .invalidCalendar:
            ("'calendar' must be vn, none, a path to a .yaml file, or {base, off, work}; found '{text}'",
             "mục 'calendar' phải là vn, none, đường dẫn tới một tệp .yaml, hoặc {base, off, work}; không phải '{text}'")

        case .invalidEvery:
            ("'every' of {item} is '{text}'; write month, quarter, half-year or year",
             "mục 'every' của {item} là '{text}'; hãy viết month (tháng), quarter (quý), half-year (nửa năm) hoặc year (năm)")
        case .doneListNeedsEvery:
            ("{subject} is a list, which only a recurring task (with 'every') may have; write true or false",
             "{subject} là một danh sách, mà chỉ nhiệm vụ lặp lại (có 'every') mới được ghi như vậy; hãy viết true hoặc false")
        case .kpiTargetInvalid:
            ("the KPI target of {item} '{text}' is not a number with an optional comparison",
             "chỉ tiêu (KPI) của {item} là '{text}', không phải một số (có thể kèm phép so sánh)")
        case .kpiTargetForms:
            ("write e.g. \">= 80%\", \"≥ 80%\", \"<= 10\", \"> 0\", \"= 100%\" or 90 (at least 90)",
             "hãy viết ví dụ \">= 80%\", \"≥ 80%\", \"<= 10\", \"> 0\", \"= 100%\" hoặc 90 (ít nhất 90)")
        case .kpiActualInvalid:
            ("the KPI value reached by {item} '{text}' is not a number",
             "kết quả đạt được theo chỉ tiêu (KPI) của {item} là '{text}', không phải một số")
        case .kpiActualForms:
            ("write a number or a percentage: 62, 62%, 12,5", "hãy viết một số hoặc một tỉ lệ phần trăm: 62, 62%, 12,5")
        case .eventEndsBeforeStart:
            ("{item} ends {end} before it starts ({start})", "{item} kết thúc ngày {end}, trước khi bắt đầu ({start})")
        case .theEventsDate: ("the event's date", "ngày diễn ra sự kiện")
        case .budgetNeedsAllocated:
            ("the budget of {item} needs 'allocated' (and 'spent'), or a CSV 'file'",
             "ngân sách của {item} cần có 'allocated' (dự toán, kèm 'spent': đã giải ngân), hoặc một tệp CSV ở 'file'")
        case .usesAndRun: ("{item} has both 'uses' and 'run'; give one", "{item} có cả 'uses' lẫn 'run'; chỉ giữ một trong hai")
        case .usesOrRun:
            ("{item} needs 'uses' (a plugin) or 'run' (a shell script)",
             "{item} cần có 'uses' (một mô-đun) hoặc 'run' (một đoạn lệnh shell)")
        case .retryAttempts: ("'retry' attempts must be between 1 and 100", "số lần thử lại ('retry') phải từ 1 đến 100")
        case .timeoutPositive:
            ("a timeout must be a positive duration in s, m, h or d",
             "thời gian chờ tối đa ('timeout') phải là một khoảng thời gian dương, tính bằng s (giây), m (phút), h (giờ) hoặc d (ngày)")
        }
    }
}

extension DecodeText {
    /// `'title'` or `'title', 'date'`, as the missing-key message lists them.
    public static func missing(_ keys: [String], of subject: Message) -> Message {
        let list = keys.map { "'\($0)'" }.joined(separator: ", ")
        return keys.count == 1 ? missingKey(subject: subject, keys: list) : missingKeys(subject: subject, keys: list)
    }
}
