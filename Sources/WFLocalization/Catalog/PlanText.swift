/// `wf plan`, `wf status`, `wf history` and the status edits (`wf done`, `wf progress`).
@dynamicCallable
public enum PlanText: String, MessageCatalog {
    case headerID, headerKind, headerUnit, headerDue, headerStatus, headerDaysLeft, headerWorkdaysLeft, headerActions
    case kindGoal, kindPrepare, kindEvent, kindCheckpoint, kindStep
    case asOfLine
    case goalsSummary, goalsOfUnitSummary, budgetLine
    case pending, statusError
    case checkDeadline, checkBudget, checkBudgetWillFail, unreadableFigures
    case runStep, runStepIf
    case sendReminder, toConsole, toOwners, ifNotSentSince
    case checkpointProblem
    case planAsOf
    case unknownOwner, unknownOwnerNoOwners
    case warningLine

    public var templates: (en: String, vi: String) {
        switch self {
        case .headerID: ("ID", "ID")
        case .headerKind: ("KIND", "LOẠI")
        case .headerUnit: ("UNIT", "ĐƠN VỊ")
        case .headerDue: ("DUE/DATE", "HẠN/NGÀY")
        case .headerStatus: ("STATUS", "TRẠNG THÁI")
        case .headerDaysLeft: ("DAYS", "CÒN")
        case .headerWorkdaysLeft: ("WORKDAYS", "NGÀY LV")
        case .headerActions: ("A RUN WOULD", "VIỆC SẼ LÀM")
        case .kindGoal: ("task", "nhiệm vụ")
        case .kindPrepare: ("preparation", "chuẩn bị")
        case .kindEvent: ("event", "sự kiện")
        case .kindCheckpoint: ("budget checkpoint", "mốc giải ngân")
        case .kindStep: ("step", "bước")
        case .asOfLine:
            ("As of {weekday}, {date} · due-soon warning: {window}", "Tính đến {weekday}, {date} · cảnh báo sắp đến hạn: {window}")
        case .goalsSummary: ("Tasks: {summary}", "Nhiệm vụ: {summary}")
        case .goalsOfUnitSummary: ("Tasks of {unit}: {summary}", "Nhiệm vụ của {unit}: {summary}")
        case .budgetLine: ("Disbursement '{id}': {line}", "Giải ngân '{id}': {line}")
        case .pending: ("waiting to run", "chờ chạy")
        case .statusError: ("error", "lỗi")
        case .checkDeadline: ("check the deadline", "kiểm tra hạn")
        case .checkBudget: ("check disbursement", "kiểm tra giải ngân")
        case .checkBudgetWillFail: ("check disbursement (will fail: {problem})", "kiểm tra giải ngân (sẽ lỗi: {problem})")
        case .unreadableFigures: ("the figures cannot be read", "không đọc được số liệu")
        case .runStep: ("run: {plugin}", "chạy: {plugin}")
        case .runStepIf: ("run: {plugin} (if {condition})", "chạy: {plugin} (nếu {condition})")
        case .sendReminder: ("send the reminder {window} before the event", "gửi nhắc {window} trước sự kiện")
        case .toConsole: (" (printed on screen)", " (in ra màn hình)")
        case .toOwners: (" to {owners}", " tới {owners}")
        case .ifNotSentSince: (" (unless already sent since {date})", " (nếu chưa gửi từ {date})")
        case .checkpointProblem: ("checkpoint '{id}': {problem}", "mốc giải ngân '{id}': {problem}")
        case .planAsOf: ("The plan as of {date}: ", "Kế hoạch tính đến {date}: ")
        case .unknownOwner: ("--owner: unknown owner '{owner}'; owners are {known}", "--owner: không có đơn vị '{owner}'; các đơn vị là {known}")
        case .unknownOwnerNoOwners: ("--owner: unknown owner '{owner}'; the plan declares no owners", "--owner: không có đơn vị '{owner}'; kế hoạch chưa khai báo đơn vị nào")
        case .warningLine: ("warning: {text}", "cảnh báo: {text}")
        }
    }
}
