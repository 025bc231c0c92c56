/// What the built-in plugins say in the run's log: notes, log lines and effect summaries.
@dynamicCallable
public enum PluginText: String, MessageCatalog {
    case failOnItem, failOnGoal, failOnPrepare, failOnNote
    case reminderSuperseded, noReminderDueNext, noReminderDue, wouldSendCount, sentCount, sentSkipped
    case sendEffect, couldNotDeliver, otherDelivered
    case reportNote, writeEffect, wrote, reportOutputExtension
    case runEffect, inFolder, dryRun, attachmentMissing
    case noCheckpoints, checkpointsLine

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
        case .otherDelivered: (" ({count} other delivered)", " ({count} kênh khác đã gửi)")
        case .reportNote: ("{path} ({format}, {overdue} overdue)", "{path} ({format}, {overdue} quá hạn)")
        case .writeEffect: ("write {path} ({format}, {bytes} bytes)", "ghi {path} ({format}, {bytes} byte)")
        case .wrote: ("wrote {path} ({bytes} bytes)", "đã ghi {path} ({bytes} byte)")
        case .reportOutputExtension: ("output '{output}' must end in .md, .html or .docx", "tệp kết quả '{output}' phải có đuôi .md, .html hoặc .docx")
        case .runEffect: ("run: {shell} {script}{folder}", "chạy: {shell} {script}{folder}")
        case .inFolder: (" in {folder}", " trong thư mục {folder}")
        case .dryRun: ("dry run", "chạy thử")
        case .attachmentMissing:
            ("attachment '{path}' does not exist yet; a real run needs it", "tệp đính kèm '{path}' chưa có; lần chạy thật cần tệp này")
        case .noCheckpoints: ("no checkpoints", "không có mốc giải ngân nào")
        case .checkpointsLine: ("{count} checkpoints: {line}", "{count} mốc giải ngân: {line}")
        }
    }
}
