/// What `wf run`, `wf status` and `wf history` say about the run's state (its database, lock
/// and resume) and why a run cannot start, and the runner's failure notes in the summary.
@dynamicCallable
public enum StateText: String, MessageCatalog {
    case unknownOnly, unknownVar
    case nothingToResume, resumeChanged, unreadableAsOf, resumeOtherDate, reusedFrom, cannotReadWorkflow
    case needsUpgrade, unmergedChanges, badWait, stillLocked, waiting, noteLine
    case lockFile, otherRun, otherRunPid, cannotLock, stateFolder
    case cannotUse, cannotUseWritable, doingOpen, doingUpdate, doingWrite, doingRead, doingCheck
    case damaged, andMore
    case runHeading
    case pluginReportedFailure, succeededOnAttempt, cancelledWhileRunning, cancelledNote, timedOutAfter
    case tryingAgainIn, tryingAgain, runCancelled, dependencyFailed
    case badCondition, noStepOutputs, badInput, pluginMissing, noPlugin
    case skippedBecause, conditionFalse, attemptFailed, dependencyFailedNamed, dependencySkipped, dependencyCancelled

    public var templates: (en: String, vi: String) {
        switch self {
        case .unknownOnly: ("--only: the workflow has no item or step '{id}'{hint}", "--only: kế hoạch không có mục hay bước nào có mã '{id}'{hint}")
        case .unknownVar:
            ("--var: the plan declares no variable '{name}' under 'vars:'{hint}", "--var: kế hoạch chưa khai báo biến '{name}' trong 'vars:'{hint}")
        case .nothingToResume:
            ("nothing to resume: '{workflow}' has no earlier run; starting run {run}", "không có gì để chạy tiếp: '{workflow}' chưa có lần chạy nào trước; bắt đầu lần chạy {run}")
        case .resumeChanged:
            ("cannot resume: '{workflow}' changed since run {run} (its content is not the same); run without --resume to start a new run",
             "không chạy tiếp được: '{workflow}' đã thay đổi kể từ lần chạy {run} (nội dung không còn như cũ); hãy chạy không có --resume để bắt đầu lần chạy mới")
        case .unreadableAsOf:
            ("run {run} has an unreadable as-of date '{date}'; run without --resume", "lần chạy {run} có ngày tính đến '{date}' không đọc được; hãy chạy không có --resume")
        case .resumeOtherDate:
            ("cannot resume run {run} as of {date}: it runs as of {runDate}; drop --as-of to resume it, or run without --resume",
             "không chạy tiếp lần chạy {run} tính đến {date} được: lần chạy đó tính đến {runDate}; hãy bỏ --as-of để chạy tiếp, hoặc chạy không có --resume")
        case .reusedFrom: ("reused from run {run}", "dùng lại kết quả của lần chạy {run}")
        case .cannotReadWorkflow: ("cannot read '{path}'", "không đọc được '{path}'")
        case .needsUpgrade:
            ("the state database '{path}' was written by an older wf and must be upgraded before it can be read; this command only reads, so it does not upgrade it: run 'wf run' on the workflow once (it upgrades the store), by someone who may write in '{folder}'",
             "tệp trạng thái '{path}' do một phiên bản wf cũ ghi, cần nâng cấp trước khi đọc; lệnh này chỉ đọc nên không nâng cấp: hãy chạy 'wf run' cho kế hoạch một lần (lệnh này nâng cấp tệp), do người có quyền ghi vào '{folder}' thực hiện")
        case .unmergedChanges:
            ("cannot read the state database '{path}' ({reason}): the last run left changes in '{path}-wal', you may not write in '{folder}', and a copy could not be made in '{temporary}'; free space there or set TMPDIR to a folder you may write, or ask for write access to the state folder",
             "không đọc được tệp trạng thái '{path}' ({reason}): lần chạy trước còn để lại thay đổi trong '{path}-wal', bạn không có quyền ghi vào '{folder}', và không sao chép được vào '{temporary}'; hãy giải phóng dung lượng ở đó hoặc đặt TMPDIR là một thư mục bạn có quyền ghi, hoặc xin quyền ghi vào thư mục trạng thái")
        case .badWait:
            ("{variable}='{text}' is not a number of seconds from 0 to 86400; write for example {variable}=120, or unset it to wait {seconds} s",
             "{variable}='{text}' không phải số giây từ 0 đến 86400; hãy ghi ví dụ {variable}=120, hoặc bỏ biến này để chờ {seconds} giây")
        case .stillLocked:
            ("the state database '{path}' stayed locked by another program for {limit}, so wf stopped; close the program that holds it (the sqlite3 tool, a backup, a database browser) and run again, or wait longer with {variable}=<seconds> (now {limit})",
             "tệp trạng thái '{path}' bị một chương trình khác khoá suốt {limit} nên wf đã dừng; hãy đóng chương trình đang giữ tệp (công cụ sqlite3, chương trình sao lưu, trình xem cơ sở dữ liệu) rồi chạy lại, hoặc chờ lâu hơn với {variable}=<số giây> (hiện là {limit})")
        case .waiting:
            ("waiting for the state database '{path}': another program holds it locked (perhaps the sqlite3 tool, a backup or a database browser left open); waiting up to {limit} in all ({variable} sets the limit)…",
             "đang chờ tệp trạng thái '{path}': một chương trình khác đang khoá tệp (có thể là công cụ sqlite3, chương trình sao lưu hoặc trình xem cơ sở dữ liệu đang mở); chờ tối đa {limit} ({variable} đặt giới hạn này)…")
        case .noteLine: ("note: {message}", "ghi chú: {message}")
        case .lockFile: ("cannot create the lock file '{path}': {reason}", "không tạo được tệp khoá '{path}': {reason}")
        case .otherRun:
            ("another 'wf run' of '{workflow}' is running{pid}; wait for it to finish, or pass --wait to start when it does",
             "một lệnh 'wf run' khác của '{workflow}' đang chạy{pid}; hãy chờ lệnh đó xong, hoặc thêm --wait để tự bắt đầu khi lệnh đó xong")
        case .otherRunPid: (" (pid {pid})", " (pid {pid})")
        case .cannotLock: ("cannot lock '{path}': {reason}", "không khoá được '{path}': {reason}")
        case .stateFolder:
            ("cannot create the state folder '{folder}': {reason}; check that you may write in '{parent}', or pass --state with a path you may write",
             "không tạo được thư mục trạng thái '{folder}': {reason}; hãy kiểm tra quyền ghi vào '{parent}', hoặc dùng --state với một đường dẫn bạn có quyền ghi")
        case .cannotUse: ("cannot {doing} the state database '{path}': {reason}", "không {doing} tệp trạng thái '{path}' được: {reason}")
        case .cannotUseWritable:
            ("cannot {doing} the state database '{path}': {reason}; 'wf run' keeps its state there, so it must be able to write the file and its folder '{folder}': ask for write access to it, or pass --state with a path you may write ('wf status' and 'wf history' only read, and work without)",
             "không {doing} tệp trạng thái '{path}' được: {reason}; 'wf run' lưu trạng thái ở đó nên cần quyền ghi tệp và thư mục '{folder}': hãy xin quyền ghi, hoặc dùng --state với một đường dẫn bạn có quyền ghi ('wf status' và 'wf history' chỉ đọc nên không cần)")
        case .doingOpen: ("open", "mở")
        case .doingUpdate: ("update", "cập nhật")
        case .doingWrite: ("write", "ghi")
        case .doingRead: ("read", "đọc")
        case .doingCheck: ("check", "kiểm tra")
        case .damaged:
            ("the state database '{path}' is damaged (SQLite found: {problems}); wf stopped and wrote nothing more to it.\n  To go on, either restore the file from a backup, or move it aside:\n{commands}  then run again: the next run starts a fresh history, and reminders already sent may be sent again.",
             "tệp trạng thái '{path}' bị hỏng (SQLite phát hiện: {problems}); wf đã dừng và không ghi thêm gì vào tệp.\n  Để tiếp tục, hãy khôi phục tệp từ bản sao lưu, hoặc chuyển tệp sang chỗ khác:\n{commands}  rồi chạy lại: lần chạy sau bắt đầu lịch sử mới, và các nhắc việc đã gửi có thể được gửi lại.")
        case .andMore: ("; and {count} more", "; và {count} lỗi khác")
        case .runHeading: ("{workflow} — run {run}, started {started}, as of {asOf}: {status}", "{workflow} — lần chạy {run}, bắt đầu {started}, tính đến {asOf}: {status}")
        case .pluginReportedFailure: ("the plugin reported a failure", "mô-đun báo thất bại")
        case .succeededOnAttempt: ("succeeded on attempt {attempt} of {attempts}", "thành công ở lần thử {attempt}/{attempts}")
        case .cancelledWhileRunning: ("cancelled while running", "bị hủy khi đang chạy")
        case .cancelledNote: ("cancelled", "đã hủy")
        case .timedOutAfter: ("timed out after {duration}", "quá thời gian {duration}")
        case .tryingAgainIn: ("; trying again in {duration}", "; thử lại sau {duration}")
        case .tryingAgain: ("; trying again", "; thử lại")
        case .runCancelled: ("the run was cancelled", "lần chạy đã bị hủy")
        case .dependencyFailed: ("a dependency did not succeed", "một bước phụ thuộc không thành công")
        case .badCondition: ("bad condition", "điều kiện sai")
        case .noStepOutputs: (" (a dry run has no step outputs)", " (chạy thử không có kết quả của các bước)")
        case .badInput: ("bad input", "tham số sai")
        case .pluginMissing:
            ("plugin '{plugin}' is not available (built-in plugins: {known})", "không có mô-đun '{plugin}' (các mô-đun có sẵn: {known})")
        case .noPlugin: ("no plugin '{plugin}'", "không có mô-đun '{plugin}'")
        case .skippedBecause: ("skipped: {reason}", "bỏ qua: {reason}")
        case .conditionFalse: ("condition false: {condition}{detail}", "điều kiện không thoả: {condition}{detail}")
        case .attemptFailed: ("attempt {attempt} of {attempts} failed: {problem}{wait}", "lần thử {attempt}/{attempts} thất bại: {problem}{wait}")
        case .dependencyFailedNamed: ("'{id}' failed", "'{id}' thất bại")
        case .dependencySkipped: ("'{id}' was skipped", "'{id}' đã bị bỏ qua")
        case .dependencyCancelled: ("'{id}' was cancelled", "'{id}' đã bị hủy")
        }
    }
}
