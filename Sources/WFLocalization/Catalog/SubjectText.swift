/// What a message is about: the plan, an item, a field of an item ("the title of goal 'x'" /
/// "tiêu đề của nhiệm vụ 'x'"). The decoder and the validator compose these, and only when a
/// message is made.
@dynamicCallable
public enum SubjectText: String, MessageCatalog {
    // Kinds of item, as the planner calls them.
    case goalKind, eventKind, prepareKind, checkpointKind, stepKind, ownerKind
    // Things without an id yet (a mapping checked before its id is read).
    case plan, aGoal, anEvent, aPrepareItem, aCheckpoint, aStep
    case item, key, keyOf, idOf, entryOf, keyIn, periodIn, reminderOf
    case variable, variableName, ownerID, pluginInput
    case periodStart, periodEnd, calendarBase, aDayOff, aWorkingDay
    case titleOf, dueDateOf, startOf, endOf, dateOf, ownerOf, progressOf, descriptionOf, productOf, groupOf, locationOf
    case nameOf, headOf, channelsOf, membersOf, emailOf, kpiOf, budgetOf, scriptOf, timeoutOf

    public var templates: (en: String, vi: String) {
        switch self {
        case .goalKind: ("goal", "nhiệm vụ")
        case .eventKind: ("event", "sự kiện")
        case .prepareKind: ("prepare item", "việc chuẩn bị")
        case .checkpointKind: ("checkpoint", "mốc giải ngân")
        case .stepKind: ("step", "bước")
        case .ownerKind: ("owner", "đơn vị")
        case .plan: ("the plan", "kế hoạch")
        case .aGoal: ("a goal", "nhiệm vụ")
        case .anEvent: ("an event", "sự kiện")
        case .aPrepareItem: ("a prepare item", "việc chuẩn bị")
        case .aCheckpoint: ("a checkpoint", "mốc giải ngân")
        case .aStep: ("a step", "bước")
        case .item: ("{kind} '{id}'", "{kind} '{id}'")
        case .key: ("'{key}'", "mục '{key}'")
        case .keyOf: ("'{key}' of {item}", "mục '{key}' của {item}")
        case .idOf: ("the id of {item}", "mã của {item}")
        case .entryOf: ("an entry of {subject}", "một giá trị trong {subject}")
        case .keyIn: ("a key of {subject}", "tên một mục trong {subject}")
        case .periodIn: ("a period in {subject}", "một kỳ trong {subject}")
        case .reminderOf: ("a reminder of {item}", "một nhắc việc của {item}")
        case .variable: ("variable '{name}'", "biến '{name}'")
        case .variableName: ("a variable name", "tên biến")
        case .ownerID: ("an owner id", "mã đơn vị")
        case .pluginInput: ("input '{name}' of plugin '{plugin}'", "tham số '{name}' của mô-đun '{plugin}'")
        case .periodStart: ("the period's start", "ngày bắt đầu của kỳ")
        case .periodEnd: ("the period's end", "ngày kết thúc của kỳ")
        case .calendarBase: ("the calendar's base", "mục 'base' của lịch")
        case .aDayOff: ("a day off", "một ngày nghỉ")
        case .aWorkingDay: ("a working day", "một ngày làm việc")
        case .titleOf: ("the title of {item}", "tiêu đề của {item}")
        case .dueDateOf: ("the due date of {item}", "thời hạn của {item}")
        case .startOf: ("the start of {item}", "ngày bắt đầu của {item}")
        case .endOf: ("the end of {item}", "ngày kết thúc của {item}")
        case .dateOf: ("the date of {item}", "ngày của {item}")
        case .ownerOf: ("the owner of {item}", "đơn vị chủ trì của {item}")
        case .progressOf: ("the progress of {item}", "tiến độ của {item}")
        case .descriptionOf: ("the description of {item}", "mô tả của {item}")
        case .productOf: ("the product of {item}", "sản phẩm của {item}")
        case .groupOf: ("the group of {item}", "nhóm của {item}")
        case .locationOf: ("the location of {item}", "địa điểm của {item}")
        case .nameOf: ("the name of {item}", "tên của {item}")
        case .headOf: ("the head of {item}", "người đứng đầu của {item}")
        case .channelsOf: ("the channels of {item}", "các kênh nhận tin của {item}")
        case .membersOf: ("the members of {item}", "các thành viên của {item}")
        case .emailOf: ("the e-mail address of {item}", "địa chỉ e-mail của {item}")
        case .kpiOf: ("the kpi of {item}", "chỉ tiêu (KPI) của {item}")
        case .budgetOf: ("the budget of {item}", "ngân sách của {item}")
        case .scriptOf: ("the script of {item}", "đoạn lệnh của {item}")
        case .timeoutOf: ("the timeout of {item}", "thời gian chờ tối đa của {item}")
        }
    }
}

extension SubjectText {
    /// The longest title shown beside an id before it is cut with `…`.
    static let titleLimit = 40

    /// `goal 'bao-cao-quy'` / `nhiệm vụ 'bao-cao-quy' (Báo cáo quý)`: in Vietnamese the title
    /// follows the id, since planners know their items by title; the English keeps the id alone.
    public static func item(_ kind: SubjectText, id: String, title: String?) -> Message {
        let named = item(kind: kind.message, id: id)
        guard let title, !title.isEmpty, title != id else { return named }
        let shown = title.count > titleLimit ? String(title.prefix(titleLimit - 1)) + "…" : title
        return Message(en: named.en, vi: named.vi + " (" + shown + ")")
    }
}
