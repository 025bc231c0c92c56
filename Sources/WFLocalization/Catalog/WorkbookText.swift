/// The status workbook (`wf plan --format xlsx`, the report plugin's `.xlsx`): its sheet names,
/// titles and column headers, in the plan's language (Vietnamese unless the plan says
/// `lang: en`: it is the administrative table a department sends upward), and the errors of
/// writing it.
@dynamicCallable
public enum WorkbookText: String, MessageCatalog {
    case tasksSheet, eventsSheet, budgetSheet, tasksTitle, eventsTitle, budgetTitle, asOf, planOfUnit
    case number, task, lead, partners, deadline, dueDate, status, progress, workdaysLeft, kpi, notes
    case event, time, location, daysLeft, reminders, nextReminder
    case checkpoint, date, allocated, spent, rate, expected, currency
    case prepares, reminder, reminderDue, total, budgetUnreadable, budgetProblem, budgetFile
    case xlsxNeedsOutput, xlsxExtension, cannotPackage

    public var templates: (en: String, vi: String) {
        switch self {
        case .tasksSheet: ("Tasks", "Nhiệm vụ")
        case .eventsSheet: ("Events", "Sự kiện")
        case .budgetSheet: ("Budget", "Ngân sách")
        case .tasksTitle: ("PROGRESS OF TASKS", "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ")
        case .eventsTitle: ("EVENTS", "LỊCH SỰ KIỆN")
        case .budgetTitle: ("BUDGET DISBURSEMENT", "TÌNH HÌNH GIẢI NGÂN NGÂN SÁCH")
        case .asOf: ("As of {date}", "Tính đến ngày {date}")
        case .planOfUnit: ("{plan} – Unit: {unit}", "{plan} – Đơn vị: {unit}")
        case .number: ("No.", "STT")
        case .task: ("Task", "Nhiệm vụ")
        case .lead: ("Lead", "Chủ trì")
        case .partners: ("Partners", "Phối hợp")
        case .deadline: ("Deadline", "Thời hạn")
        case .dueDate: ("Due (date)", "Hạn (ngày)")
        case .status: ("Status", "Tình trạng")
        case .progress: ("Progress", "Tiến độ")
        case .workdaysLeft: ("Working days left", "Số ngày làm việc còn lại")
        case .kpi: ("KPI", "KPI")
        case .notes: ("Notes", "Ghi chú")
        case .event: ("Event", "Sự kiện")
        case .time: ("Time", "Thời gian")
        case .location: ("Place", "Địa điểm")
        case .daysLeft: ("Days left", "Số ngày còn lại")
        case .reminders: ("Reminders", "Nhắc việc")
        case .nextReminder: ("Next reminder", "Lần nhắc tới")
        case .checkpoint: ("Budget checkpoint", "Mốc giải ngân")
        case .date: ("Date", "Ngày")
        case .allocated: ("Allocated", "Dự toán")
        case .spent: ("Spent", "Đã giải ngân")
        case .rate: ("Disbursement rate", "Tỷ lệ giải ngân")
        case .expected: ("Expected", "Kỳ vọng")
        case .currency: ("Currency", "Đơn vị tiền")
        case .prepares: ("Preparation for: {event}", "Chuẩn bị cho: {event}")
        case .reminder: ("{offset} before: {date}", "{offset} trước: {date}")
        case .reminderDue: ("{offset} before: {date} – due to be sent", "{offset} trước: {date} – đến lượt gửi")
        case .total: ("Total", "Tổng cộng")
        case .budgetUnreadable: ("Figures error", "Lỗi số liệu")
        case .budgetProblem: ("Cannot read the figures: {problem}", "Không đọc được số liệu: {problem}")
        case .budgetFile: ("Figures from the file {file}", "Số liệu từ tệp {file}")
        case .xlsxNeedsOutput:
            ("--format xlsx writes a binary workbook, not text for the terminal: add --output FILE.xlsx",
             "--format xlsx ghi ra một tệp Excel (nhị phân), không phải văn bản để xem trên màn hình: hãy thêm --output TỆP.xlsx")
        case .xlsxExtension:
            ("--output '{path}' must end in .xlsx for --format xlsx, so spreadsheet programs open it",
             "với --format xlsx, --output '{path}' phải có đuôi .xlsx để các chương trình bảng tính mở được")
        case .cannotPackage: ("cannot create the xlsx workbook: {reason}", "không tạo được tệp Excel .xlsx: {reason}")
        }
    }
}

extension WorkbookText {
    /// The column headers of the tasks sheet.
    public static let taskHeaders: [WorkbookText] = [
        .number, .task, .lead, .partners, .deadline, .dueDate, .status, .progress, .workdaysLeft, .kpi, .notes,
    ]
    /// The column headers of the events sheet.
    public static let eventHeaders: [WorkbookText] = [
        .number, .event, .time, .lead, .partners, .location, .status, .daysLeft, .reminders, .nextReminder, .notes,
    ]
    /// The column headers of the budget sheet.
    public static let budgetHeaders: [WorkbookText] = [
        .number, .checkpoint, .lead, .date, .allocated, .spent, .rate, .expected, .status, .currency, .notes,
    ]
}
