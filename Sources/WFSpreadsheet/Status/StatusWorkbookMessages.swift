import WFCore

/// Every word the status workbook and its commands show a person, in one place so the message
/// catalog can take them over: the workbook's Vietnamese sheet names, titles and column
/// headers (the workbook is a Vietnamese administrative table whatever the plan's `lang:`),
/// and the English errors of `wf plan --format xlsx` and the report plugin's `.xlsx` output.
public enum StatusWorkbookMessages {
    // MARK: - Sheets

    static let tasksSheet = "Nhiệm vụ"
    static let eventsSheet = "Sự kiện"
    static let budgetSheet = "Ngân sách"

    static let tasksTitle = "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"
    static let eventsTitle = "LỊCH SỰ KIỆN"
    static let budgetTitle = "TÌNH HÌNH GIẢI NGÂN NGÂN SÁCH"

    /// `Tính đến ngày 05/10/2023`.
    static func asOf(_ date: CivilDate) -> String { "Tính đến ngày \(date.vietnamese)" }

    /// The plan's name, with the unit when the workbook is filtered to one: `Kế hoạch … – Đơn vị: Phòng CNTT`.
    static func planLine(_ name: String, unit: String?) -> String {
        unit.map { "\(name) – Đơn vị: \($0)" } ?? name
    }

    // MARK: - Column headers

    static let taskHeaders = [
        "STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Hạn (ngày)", "Tình trạng", "Tiến độ",
        "Số ngày làm việc còn lại", "KPI", "Ghi chú",
    ]
    static let eventHeaders = [
        "STT", "Sự kiện", "Thời gian", "Chủ trì", "Phối hợp", "Địa điểm", "Tình trạng", "Số ngày còn lại",
        "Nhắc việc", "Lần nhắc tới", "Ghi chú",
    ]
    static let budgetHeaders = [
        "STT", "Mốc giải ngân", "Chủ trì", "Ngày", "Dự toán", "Đã giải ngân", "Tỷ lệ giải ngân", "Kỳ vọng",
        "Tình trạng", "Đơn vị tiền", "Ghi chú",
    ]

    // MARK: - Cells

    /// `Chuẩn bị cho: Ngày Chuyển đổi số quốc gia`.
    static func prepares(_ event: String) -> String { "Chuẩn bị cho: \(event)" }

    /// `3 ngày trước: 07/10/2023`: one reminder with the day it goes out; `– đến lượt gửi` when it is the one due.
    static func reminder(_ offset: String, on day: CivilDate, isCurrent: Bool) -> String {
        "\(offset) trước: \(day.vietnamese)" + (isCurrent ? " – đến lượt gửi" : "")
    }

    static let total = "Tổng cộng"
    static let budgetUnreadable = "Lỗi số liệu"

    /// `Không đọc được số liệu: …`.
    static func budgetProblem(_ problem: String) -> String { "Không đọc được số liệu: \(problem)" }

    /// `Số liệu từ tệp du-toan.csv`.
    static func budgetFile(_ file: String) -> String { "Số liệu từ tệp \(file)" }

    // MARK: - Errors (English)

    /// `wf plan --format xlsx` without `--output`, or with `--output -`.
    public static let xlsxNeedsOutput =
        "--format xlsx writes a binary workbook, not text for the terminal: add --output FILE.xlsx"

    /// `--output` for `--format xlsx` that does not end in `.xlsx`.
    public static func xlsxExtension(_ path: String) -> String {
        "--output '\(path)' must end in .xlsx for --format xlsx, so spreadsheet programs open it"
    }

    /// The workbook could not be packaged.
    public static func cannotPackage(_ reason: String) -> String {
        "cannot create the xlsx workbook: \(reason)"
    }
}
