/// The run's live view, its log lines and summary table, and `wf status` / `wf history`.
@dynamicCallable
public enum RunText: String, MessageCatalog {
    case succeeded, failed, skipped, cancelled, running, interrupted
    case dryRunHeading, resumingRun, runNumber, startedLine, nodeCount, oneNode, reusedCount
    case attempt, continueOnError
    case wouldDo, alreadyDone, effectFailed
    case headerNode, headerStatus, headerTime, headerNote
    case dryRunName, runName, verdict, nothingToRun, reusedSuffix, countStatus
    case progress, running8More
    case historyRun, historyStarted, historyAsOf, historyStatus, historyTime, historyNodes, historyPlan, resumedTimes
    case notRunYet, resumeWith
    case error

    public var templates: (en: String, vi: String) {
        switch self {
        case .succeeded: ("succeeded", "thành công")
        case .failed: ("failed", "thất bại")
        case .skipped: ("skipped", "bỏ qua")
        case .cancelled: ("cancelled", "đã hủy")
        case .running: ("running", "đang chạy")
        case .interrupted: ("interrupted", "bị ngắt")
        case .dryRunHeading: ("dry run (nothing is performed, no state is written)", "chạy thử (không thực hiện gì, không ghi trạng thái)")
        case .resumingRun: ("resuming run {id}", "chạy tiếp lần chạy {id}")
        case .runNumber: ("run {id}", "lần chạy {id}")
        case .startedLine: ("{name} — {what}, as of {date}, {nodes}", "{name} — {what}, tính đến ngày {date}, {nodes}")
        case .nodeCount: ("{count} nodes", "{count} bước")
        case .oneNode: ("1 node", "1 bước")
        case .reusedCount: (", {count} reused", ", {count} dùng lại kết quả")
        case .attempt: (" (attempt {n})", " (lần thử {n})")
        case .continueOnError: (" (continue-on-error)", " (bỏ qua lỗi: continue-on-error)")
        case .wouldDo: ("would {summary}", "sẽ {summary}")
        case .alreadyDone: ("already done in an earlier run, not repeated: {summary}", "đã làm ở lần chạy trước, không làm lại: {summary}")
        case .effectFailed: ("failed: {summary}", "thất bại: {summary}")
        case .headerNode: ("node", "bước")
        case .headerStatus: ("status", "trạng thái")
        case .headerTime: ("time", "thời gian")
        case .headerNote: ("note", "ghi chú")
        case .dryRunName: ("dry run", "chạy thử")
        case .runName: ("run {id}", "lần chạy {id}")
        case .verdict: ("{name} {status}: {counts} in {time}, as of {date}", "{name} {status}: {counts} trong {time}, tính đến ngày {date}")
        case .nothingToRun: ("nothing to run", "không có gì để chạy")
        case .reusedSuffix: (" ({count} reused)", " ({count} dùng lại kết quả)")
        case .countStatus: ("{count} {status}", "{count} {status}")
        case .progress: ("{finished}/{total} done, {running} running", "xong {finished}/{total}, đang chạy {running}")
        case .running8More: ("  … and {count} more", "  … và {count} bước nữa")
        case .historyRun: ("run", "lần chạy")
        case .historyStarted: ("started", "bắt đầu")
        case .historyAsOf: ("as of", "tính đến")
        case .historyStatus: ("status", "trạng thái")
        case .historyTime: ("time", "thời gian")
        case .historyNodes: ("nodes", "các bước")
        case .historyPlan: ("plan as of that date", "kế hoạch tính đến ngày đó")
        case .resumedTimes: (" (resumed {count}×)", " (chạy tiếp {count} lần)")
        case .notRunYet: ("'{workflow}' has not run yet (no runs in {path})", "'{workflow}' chưa chạy lần nào (không có lần chạy nào trong {path})")
        case .resumeWith: ("resume it with: wf run {file} --resume", "chạy tiếp bằng lệnh: wf run {file} --resume")
        case .error: ("error: {message}", "lỗi: {message}")
        }
    }
}
