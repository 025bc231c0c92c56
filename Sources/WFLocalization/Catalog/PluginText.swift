/// What the built-in plugins say in the run's log: notes, log lines and effect summaries.
@dynamicCallable
public enum PluginText: String, MessageCatalog {
    case failOnItem, failOnGoal, failOnPrepare, failOnNote
    case reminderSuperseded, noReminderDueNext, noReminderDue, wouldSendCount, sentCount, sentSkipped
    case sendEffect, couldNotDeliver, otherDelivered, channelFailure
    case reportNote, writeEffect, wrote, reportOutputExtension
    case runEffect, inFolder, dryRun, attachmentMissing
    case noCheckpoints, checkpointsLine
    // Errors that fail a node.
    case notPlanItem, badFailOn
    case checkpointMissing, budgetUnreadable, figuresAndFile, notANumber
    case outputRequired, badPeriod, templateUnreadable, templateInvalid, docxFailed
    // Why a report template cannot be read.
    case templateNotClosed, templateWrongClose, templateStrayClose, templateTagOpen, templateCommentOpen, templateTriple
    case templateEndsInTag, templateInheritance, templateTransform, templateDelimiter, templatePragma, templateAt
    case unknownOwner, unknownOwnerNoOwners, ownerLoop, badWebhook, mailtoQuery, mailtoEmpty, badAddress
    case unknownChannel, channelNeedsPath, smtpMissing, smtpScheme, smtpRefused
    case noTargets, emptySubject, cannotAttach, eventMissing
    case outputNoDelimiter, outputNotClosed, outputBadLine, outputBadName
    case scriptNotWritten, cannotStart, exitCode, killed, timedOut, notAFolder

    public var templates: (en: String, vi: String) {
        switch self {
        case .failOnItem: ("{kind} '{id}' is {state}: {line}", "{kind} '{id}' {state}: {line}")
        case .failOnGoal: ("goal", "nhiệm vụ")
        case .failOnPrepare: ("prepare item", "việc chuẩn bị")
        case .failOnNote: ("{note} — fail_on: {rule} ({ids})", "{note} — fail_on: {rule} ({ids})")
        case .reminderSuperseded:
            ("the reminder {offset} before ({date}) is superseded by a later one: not sent",
             "mốc nhắc trước {offset} ({date}) đã có mốc mới hơn thay thế: không gửi")
        case .noReminderDueNext: ("no reminder due; the next one, {offset} before, on {date}",
                                     "chưa đến mốc nhắc; mốc tiếp theo: trước {offset}, ngày {date}")
        case .noReminderDue: ("no reminder due", "không có mốc nhắc nào đến hạn")
        case .wouldSendCount: ("would send {count}", "sẽ gửi {count}")
        case .sentCount: ("sent {count}", "đã gửi {count}")
        case .sentSkipped: ("sent {count}, skipped {skipped} (sent before)", "đã gửi {count}, bỏ qua {skipped} (đã gửi trước đó)")
        case .sendEffect: ("send '{subject}' to {recipient}", "gửi '{subject}' tới {recipient}")
        case .couldNotDeliver:
            ("could not deliver to {count} channel(s){others}; the next run tries again: {failures}",
             "không gửi được tới {count} kênh{others}; lần chạy sau sẽ gửi lại: {failures}")
        case .channelFailure: ("channel '{channel}': {problem}", "kênh '{channel}': {problem}")
        case .otherDelivered: (" ({count} other delivered)", " ({count} kênh khác đã gửi)")
        case .reportNote: ("{path} ({format}, {overdue} overdue)", "{path} ({format}, {overdue} quá hạn)")
        case .writeEffect: ("write {path} ({format}, {bytes} bytes)", "ghi {path} ({format}, {bytes} byte)")
        case .wrote: ("wrote {path} ({bytes} bytes)", "đã ghi {path} ({bytes} byte)")
        case .reportOutputExtension: ("output '{output}' must end in .md, .html, .docx or .xlsx", "tệp kết quả '{output}' phải có đuôi .md, .html, .docx hoặc .xlsx")
        case .runEffect: ("run: {shell} {script}{folder}", "chạy: {shell} {script}{folder}")
        case .inFolder: (" in {folder}", " trong thư mục {folder}")
        case .dryRun: ("dry run", "chạy thử")
        case .attachmentMissing:
            ("attachment '{path}' does not exist yet; a real run needs it", "tệp đính kèm '{path}' chưa có; lần chạy thật cần tệp này")
        case .noCheckpoints: ("no checkpoints", "không có mốc giải ngân nào")
        case .checkpointsLine: ("{count} checkpoints: {line}", "{count} mốc giải ngân: {line}")
        case .notPlanItem: ("'{id}' is not a goal or prepare item of the plan", "'{id}' không phải nhiệm vụ hay việc chuẩn bị của kế hoạch")
        case .badFailOn: ("'fail_on' must be never, overdue or due-soon, not '{text}'", "'fail_on' phải là never, overdue hoặc due-soon, không phải '{text}'")
        case .checkpointMissing: ("checkpoint '{id}' is not in the plan", "mốc giải ngân '{id}' không có trong kế hoạch")
        case .budgetUnreadable: ("the budget of checkpoint '{id}' cannot be read", "không đọc được ngân sách của mốc giải ngân '{id}'")
        case .figuresAndFile:
            ("give 'allocated' and 'spent', or a CSV 'file', not both", "ghi 'allocated' và 'spent', hoặc một tệp CSV ở 'file', không ghi cả hai")
        case .notANumber: ("'{input}' must be a number, not '{text}'", "'{input}' phải là một số, không phải '{text}'")
        case .outputRequired:
            ("input 'output' is required: a file ending in .md, .html, .docx or .xlsx", "thiếu tham số 'output': một tệp có đuôi .md, .html, .docx hoặc .xlsx")
        case .badPeriod:
            ("'period' is '{text}'; write 2024-Q3, 2024-H1, 2024, 2024-09 or a phrase such as \"Quý III/2024\"",
             "'period' đang là '{text}'; hãy ghi 2024-Q3, 2024-H1, 2024, 2024-09 hoặc một cụm như \"Quý III/2024\"")
        case .templateUnreadable:
            ("template '{name}' is neither 'quarterly-report' nor a readable file: {problem}",
             "mẫu '{name}' không phải 'quarterly-report' và cũng không phải một tệp đọc được: {problem}")
        case .docxFailed: ("cannot create the docx package: {problem}", "không tạo được tệp docx: {problem}")
        case .templateInvalid: ("template '{name}' is not valid Mustache: {problem}", "mẫu '{name}' sai cú pháp Mustache: {problem}")
        case .templateNotClosed: ("{tag} is not closed with {close}", "{tag} chưa được đóng bằng {close}")
        case .templateWrongClose: ("{close} does not close {tag}", "{close} không đóng {tag}")
        case .templateStrayClose: ("{close} closes no section", "{close} không đóng mục nào")
        case .templateTagOpen: ("a tag is not closed with {end}", "có thẻ chưa được đóng bằng {end}")
        case .templateCommentOpen: ("a comment is not closed with {end}", "có chú thích chưa được đóng bằng {end}")
        case .templateTriple: ("{tag} needs a third }", "{tag} thiếu một dấu } thứ ba")
        case .templateEndsInTag: ("the template ends inside {start}", "mẫu kết thúc giữa thẻ {start}")
        case .templateInheritance: ("template inheritance ({tag}) is not supported", "wf không hỗ trợ kế thừa mẫu ({tag})")
        case .templateTransform: ("transforms ({tag}) are not supported", "wf không hỗ trợ hàm biến đổi ({tag})")
        case .templateDelimiter: ("a delimiter tag reads {example}", "thẻ đổi dấu phân cách phải viết như {example}")
        case .templatePragma: ("a pragma reads {text} or {html}", "thẻ cấu hình phải viết như {text} hoặc {html}")
        case .templateAt: ("{problem} (line {line}, column {column})", "{problem} (dòng {line}, cột {column})")
        case .unknownOwner:
            ("unknown owner '{id}' in channel '{channel}'; owners are {known}", "đơn vị '{id}' ở kênh '{channel}' chưa khai báo; các đơn vị đã khai báo: {known}")
        case .unknownOwnerNoOwners:
            ("unknown owner '{id}' in channel '{channel}'; the plan declares no owners", "đơn vị '{id}' ở kênh '{channel}' chưa khai báo; kế hoạch chưa khai báo đơn vị nào")
        case .ownerLoop:
            ("owner '{id}' notifies itself through 'owner:' channels: {path}", "đơn vị '{id}' tự gửi lại cho chính mình qua các kênh 'owner:': {path}")
        case .badWebhook:
            ("webhook '{channel}' is not a valid URL (no spaces or non-ASCII characters; percent-encode them)",
             "webhook '{channel}' không phải địa chỉ URL hợp lệ (không được có dấu cách hay ký tự ngoài ASCII; hãy mã hoá phần trăm các ký tự đó)")
        case .mailtoQuery:
            ("channel '{channel}' has a query; write only the address: 'mailto:ADDR'", "kênh '{channel}' có phần truy vấn (?); chỉ ghi địa chỉ: 'mailto:ADDR'")
        case .mailtoEmpty:
            ("channel '{channel}' has no address: write 'mailto:name@example.org'", "kênh '{channel}' chưa có địa chỉ: hãy ghi 'mailto:name@example.org'")
        case .badAddress:
            ("'{address}' in channel '{channel}' is not a mail address like 'name@example.org'",
             "'{address}' ở kênh '{channel}' không phải địa chỉ thư điện tử dạng 'name@example.org'")
        case .unknownChannel: ("unknown channel '{channel}': use {forms}", "không có loại kênh '{channel}': hãy dùng {forms}")
        case .channelNeedsPath: ("channel '{channel}' needs a path: '{example}'", "kênh '{channel}' cần đường dẫn: '{example}'")
        case .smtpMissing:
            ("mailto: channels need an SMTP server: set WF_SMTP_URL, e.g. smtp://mail.example.org:587 (STARTTLS) or smtps://mail.example.org:465",
             "kênh mailto: cần máy chủ thư SMTP: hãy đặt WF_SMTP_URL, ví dụ smtp://mail.example.org:587 (STARTTLS) hoặc smtps://mail.example.org:465")
        case .smtpScheme: ("WF_SMTP_URL '{url}' must start with smtp:// or smtps://", "WF_SMTP_URL '{url}' phải bắt đầu bằng smtp:// hoặc smtps://")
        case .smtpRefused: ("SMTP server {url} did not take the message: {problem}", "máy chủ SMTP {url} không nhận thư: {problem}")
        case .noTargets: ("'to' names no channel: use {forms}", "'to' chưa ghi kênh nào: hãy dùng {forms}")
        case .emptySubject: ("'subject' is empty: a message needs a subject", "'subject' đang trống: thư cần có tiêu đề")
        case .cannotAttach: ("cannot attach '{path}': {problem}", "không đính kèm được '{path}': {problem}")
        case .eventMissing: ("event '{id}' is not in the plan", "sự kiện '{id}' không có trong kế hoạch")
        case .outputNoDelimiter:
            ("$WF_OUTPUT: '{name}<<' needs a delimiter, as in 'name<<EOF'", "$WF_OUTPUT: '{name}<<' cần chuỗi kết thúc, như 'name<<EOF'")
        case .outputNotClosed:
            ("$WF_OUTPUT: the value of '{name}' is not closed by a line '{delimiter}'", "$WF_OUTPUT: giá trị của '{name}' chưa được đóng bằng dòng '{delimiter}'")
        case .outputBadLine:
            ("$WF_OUTPUT: '{line}' is not 'name=value' or 'name<<DELIMITER'", "$WF_OUTPUT: '{line}' không có dạng 'name=value' hay 'name<<DELIMITER'")
        case .outputBadName:
            ("$WF_OUTPUT: '{name}' is not an output name (letters, digits, '_' and '-')",
             "$WF_OUTPUT: '{name}' không phải tên kết quả hợp lệ (chữ cái, chữ số, '_' và '-')")
        case .scriptNotWritten: ("cannot write the script to {folder}: {problem}", "không ghi được tệp lệnh vào {folder}: {problem}")
        case .cannotStart: ("cannot start '{program}': {problem}", "không khởi chạy được '{program}': {problem}")
        case .exitCode: ("the script exited with code {code}{detail}", "tệp lệnh kết thúc với mã {code}{detail}")
        case .killed: ("the script was killed by signal {signal}{detail}", "tệp lệnh bị dừng bởi tín hiệu {signal}{detail}")
        case .timedOut:
            ("timed out after {duration}; the script's processes were stopped", "quá thời gian {duration}; các tiến trình của tệp lệnh đã bị dừng")
        case .notAFolder:
            ("working-directory '{path}' is not a folder (looked for {full})", "working-directory '{path}' không phải thư mục (đã tìm {full})")
        }
    }
}
