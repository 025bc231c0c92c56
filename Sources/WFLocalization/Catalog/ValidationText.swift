/// What the validator says about a plan that decodes but does not hold together: ids,
/// owners and channels, references and cycles, plugins and their inputs, dates against the
/// period, the dependencies and the calendar.
@dynamicCallable
public enum ValidationText: String, MessageCatalog {
    // Ids
    case invalidID, duplicateID, firstUsedHere
    // Owners, channels, secrets
    case ownerTwice, firstDeclaredHere, notAnEmail, writeOneAddress, ownerListsItself
    case partnerIsLead, partnerTwice, unknownOwner, declareOwners
    case channelNoScheme, unknownChannelScheme, channelForms, channelUnknownOwner, channelNeedsPath, notAURL
    case invalidSecretName, secretTwice
    // References and cycles
    case afterUnknown, needsUnknown, namesUnknown, afterOneID, needsOneID, namesOneID, writeInBrackets
    case cycle, edgeAfter, edgeNeeds, edgePrepare, edgeExpression
    // Plugins and their inputs
    case unknownPlugin, builtInPlugins, noSuchInput, itsInputs, deprecatedInput
    case missingInput, missingInputs, inputDoc, scriptInjection, passThroughEnv
    // Dates
    case isDue, happensOn, fallsOn, outOfPeriod, thePlansPeriod
    case dueBeforeDependency, dependencyDue, prepareAfterEvent, offsetAfterEvent
    case dayOffHoliday, dayOffWeekday, workingDayBefore

    public var templates: (en: String, vi: String) {
        switch self {
        case .invalidID:
            ("{kind} id '{id}' is not a slug: use lower-case ASCII letters, digits and '-', starting with a letter or digit",
             "mã {kind} '{id}' không hợp lệ: mã chỉ gồm chữ thường không dấu (a–z), chữ số và dấu '-', bắt đầu bằng chữ hoặc số")
        case .duplicateID: ("id '{id}' is already used by {kind} '{title}'", "mã '{id}' đã được dùng cho {kind} '{title}'")
        case .firstUsedHere: ("first used here", "dùng lần đầu ở đây")

        case .ownerTwice: ("owner '{id}' is declared twice", "đơn vị '{id}' được khai báo hai lần")
        case .firstDeclaredHere: ("first declared here", "khai báo lần đầu ở đây")
        case .notAnEmail: ("'{text}' is not an e-mail address", "'{text}' không phải địa chỉ e-mail")
        case .writeOneAddress:
            ("write one address: vanphong@stttt.bacninh.gov.vn", "hãy viết một địa chỉ: vanphong@stttt.bacninh.gov.vn")
        case .ownerListsItself:
            ("owner '{id}' lists itself among its members", "đơn vị '{id}' có tên chính mình trong danh sách thành viên ('members')")
        case .partnerIsLead:
            ("'{id}' is the lead unit (owner) and also listed as a partner",
             "'{id}' là đơn vị chủ trì (owner) nhưng cũng có trong danh sách đơn vị phối hợp (partners)")
        case .partnerTwice: ("partner '{id}' is listed twice", "đơn vị phối hợp '{id}' có tên hai lần")
        case .unknownOwner: ("unknown owner '{id}'", "chưa khai báo đơn vị '{id}'")
        case .declareOwners:
            ("declare owners under 'owners:' at the top of the plan", "hãy khai báo các đơn vị trong mục 'owners:' ở đầu kế hoạch")
        case .channelNoScheme:
            ("channel '{channel}' has no scheme; write console, file:PATH, eml:DIR, mailto:ADDRESS, https://… or owner:ID",
             "kênh nhận tin '{channel}' thiếu loại kênh; hãy viết console, file:ĐƯỜNG_DẪN, eml:THƯ_MỤC, mailto:ĐỊA_CHỈ, https://… hoặc owner:MÃ_ĐƠN_VỊ")
        case .unknownChannelScheme: ("unknown channel scheme '{scheme}:'", "không có loại kênh nhận tin '{scheme}:'")
        case .channelForms:
            ("channels are console:, file:PATH, eml:DIR, mailto:ADDRESS, http(s)://…, owner:ID",
             "các loại kênh: console:, file:ĐƯỜNG_DẪN, eml:THƯ_MỤC, mailto:ĐỊA_CHỈ, http(s)://…, owner:MÃ_ĐƠN_VỊ")
        case .channelUnknownOwner:
            ("channel names unknown owner '{id}'", "kênh nhận tin nhắc tới đơn vị '{id}' chưa được khai báo")
        case .channelNeedsPath: ("channel '{scheme}:' needs a path", "kênh '{scheme}:' cần một đường dẫn")
        case .notAURL: ("'{text}' is not a URL", "'{text}' không phải địa chỉ URL")
        case .invalidSecretName:
            ("secret '{name}' must be an environment variable name such as SMTP_PASSWORD",
             "thông tin bí mật (secret) '{name}' phải là tên một biến môi trường, như SMTP_PASSWORD")
        case .secretTwice: ("secret '{name}' is declared twice", "thông tin bí mật (secret) '{name}' được khai báo hai lần")

        case .afterUnknown:
            ("{subject} comes after unknown id '{id}'", "{subject} làm sau '{id}', nhưng kế hoạch không có mã này")
        case .needsUnknown: ("{subject} needs unknown id '{id}'", "{subject} cần '{id}', nhưng kế hoạch không có mã này")
        case .namesUnknown: ("{subject} names unknown id '{id}'", "{subject} nhắc tới '{id}', nhưng kế hoạch không có mã này")
        case .afterOneID:
            ("{subject} comes after '{text}', which YAML reads as one id, not a list",
             "{subject} làm sau '{text}': viết như vậy được đọc là một mã duy nhất, không phải danh sách")
        case .needsOneID:
            ("{subject} needs '{text}', which YAML reads as one id, not a list",
             "{subject} cần '{text}': viết như vậy được đọc là một mã duy nhất, không phải danh sách")
        case .namesOneID:
            ("{subject} names '{text}', which YAML reads as one id, not a list",
             "{subject} nhắc tới '{text}': viết như vậy được đọc là một mã duy nhất, không phải danh sách")
        case .writeInBrackets: ("write the list in brackets: [{ids}]", "hãy viết danh sách trong ngoặc vuông: [{ids}]")
        case .cycle: ("dependency cycle: {ids}", "vòng phụ thuộc: {ids}")
        case .edgeAfter: ("'{from}' comes after '{to}'", "'{from}' làm sau '{to}'")
        case .edgeNeeds: ("'{from}' needs '{to}'", "'{from}' cần '{to}' xong trước")
        case .edgePrepare: ("'{from}' is prepared by '{to}'", "'{from}' có việc chuẩn bị '{to}'")
        case .edgeExpression: ("'{from}' uses the outputs of '{to}'", "'{from}' dùng kết quả của '{to}'")

        case .unknownPlugin:
            ("{subject} uses unknown plugin '{plugin}'", "{subject} dùng mô-đun '{plugin}', nhưng không có mô-đun này")
        case .builtInPlugins:
            ("built-in plugins: {names}; 'wf plugins' lists them", "các mô-đun có sẵn: {names}; lệnh 'wf plugins' liệt kê chúng")
        case .noSuchInput: ("plugin '{plugin}' has no input '{key}'", "mô-đun '{plugin}' không có tham số '{key}'")
        case .itsInputs: ("its inputs: {names}", "các tham số của mô-đun: {names}")
        case .deprecatedInput:
            ("input '{key}' of plugin '{plugin}' is deprecated and has no effect",
             "tham số '{key}' của mô-đun '{plugin}' đã bị bỏ và không còn tác dụng")
        case .missingInput:
            ("{subject} lacks required input {inputs} of plugin '{plugin}'",
             "{subject} thiếu tham số bắt buộc {inputs} của mô-đun '{plugin}'")
        case .missingInputs:
            ("{subject} lacks required inputs {inputs} of plugin '{plugin}'",
             "{subject} thiếu các tham số bắt buộc {inputs} của mô-đun '{plugin}'")
        case .inputDoc: ("'{name}': {doc}", "'{name}': {doc}")
        case .scriptInjection:
            ("an expression inside 'run:' is spliced into the script before it runs",
             "biểu thức trong 'run:' được chèn thẳng vào đoạn lệnh trước khi chạy")
        case .passThroughEnv:
            ("pass the value through 'env:' (for example env: { VALUE: \"${{ … }}\" }) and use \"$VALUE\" in the script",
             "hãy truyền giá trị qua 'env:' (ví dụ env: { VALUE: \"${{ … }}\" }) và dùng \"$VALUE\" trong đoạn lệnh")

        case .isDue: ("{item} is due {date}", "{item} có thời hạn {date}")
        case .happensOn: ("{item} is {date}", "{item} diễn ra ngày {date}")
        case .fallsOn: ("{item} is {date}", "{item} rơi vào ngày {date}")
        case .outOfPeriod:
            ("{when}, outside the plan's period {period} ({start}–{end})",
             "{when}, nằm ngoài kỳ của kế hoạch {period} ({start}–{end})")
        case .thePlansPeriod: ("the plan's period", "kỳ của kế hoạch")
        case .dueBeforeDependency:
            ("{item} is due {date}, before '{dependency}' it comes after",
             "{item} có thời hạn {date}, sớm hơn '{dependency}' là việc phải làm trước nó")
        case .dependencyDue: ("'{id}' is due {date}", "'{id}' có thời hạn {date}")
        case .prepareAfterEvent:
            ("prepare item '{id}' is due {due}, after its event '{event}' on {date}",
             "việc chuẩn bị '{id}' có thời hạn {due}, sau cả sự kiện '{event}' của nó ({date})")
        case .offsetAfterEvent:
            ("prepare item '{id}' is due {offset} after its event; an offset before the event starts with '-'",
             "việc chuẩn bị '{id}' có thời hạn {offset} sau sự kiện của nó; khoảng cách trước sự kiện phải bắt đầu bằng '-' (ví dụ -5wd)")
        case .dayOffHoliday: ("{when}, a day off: {holiday}", "{when}, là ngày nghỉ ({holiday})")
        case .dayOffWeekday: ("{when}, a {weekday}, a day off", "{when}, là {weekday}, ngày nghỉ")
        case .workingDayBefore: ("the working day before is {weekday} {date}", "ngày làm việc liền trước là {weekday} {date}")
        }
    }
}
