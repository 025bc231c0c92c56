/// What the commands themselves say (and the "did you mean" the runner shares): usage errors, file errors, `wf done`/`wf undone`/
/// `wf progress` notes, `wf init`, `wf plugins`, and the words around ArgumentParser's errors.
@dynamicCallable
public enum CommandText: String, MessageCatalog {
    case badAsOf, badSize, atLeastOne, badProgress, badPeriodOption, badVar, badRunAsOf
    case noSuchFile, noFolder, folderNotWritable, cannotWrite, fileNotChanged, temporaryFile
    case wideEncoding, planHasErrors, editFailed, editWouldInvalidate
    case unknownItem, notStatusItem, anEvent, aCheckpoint, aStep, didYouMean
    case alreadyDone, notDone, alreadyProgress, alreadyPeriod, noPeriod, notChanged, stillDone
    case alreadyExists, wroteStarter
    case defaultPlugins, unknownPlugin, inputsHeading, outputsHeading, required, defaultValue, none, anyOutput
    case interrupted, interruptedRun
    case errorPrefix, seeHelp

    public var templates: (en: String, vi: String) {
        switch self {
        case .badAsOf:
            ("--as-of must be a date such as 2023-10-05 or 05/10/2023, not '{text}'", "--as-of phải là một ngày như 2023-10-05 hoặc 05/10/2023, không phải '{text}'")
        case .badSize:
            ("--max-size must be a size such as 64MiB or 1048576, not '{text}'", "--max-size phải là một kích thước như 64MiB hoặc 1048576, không phải '{text}'")
        case .atLeastOne: ("{option} must be at least 1", "{option} phải từ 1 trở lên")
        case .badProgress:
            ("progress must be a percentage from 0% to 100% (80%, 80 or 0.8), not '{text}'",
             "tiến độ phải là tỉ lệ phần trăm từ 0% đến 100% (80%, 80 hoặc 0.8), không phải '{text}'")
        case .badPeriodOption:
            ("--period must be a month 2025-01, a quarter 2025-Q1, a half-year 2025-H1 or a year 2025, not '{text}'",
             "--period phải là một tháng 2025-01, một quý 2025-Q1, nửa năm 2025-H1 hoặc một năm 2025, không phải '{text}'")
        case .badVar: ("--var: '{text}' is not name=value", "--var: '{text}' không có dạng tên=giá trị (name=value)")
        case .badRunAsOf: ("--as-of: '{text}' is not a date; write 2023-10-05 or 05/10/2023", "--as-of: '{text}' không phải một ngày; hãy ghi 2023-10-05 hoặc 05/10/2023")
        case .noSuchFile: ("{path}:1:1: error: no such file [io]", "{path}:1:1: lỗi: không có tệp này [io]")
        case .noFolder: ("cannot write '{path}': there is no folder '{folder}'", "không ghi được '{path}': không có thư mục '{folder}'")
        case .folderNotWritable: ("the folder '{folder}' is not writable", "không có quyền ghi vào thư mục '{folder}'")
        case .cannotWrite: ("cannot write '{path}': {reason}", "không ghi được '{path}': {reason}")
        case .fileNotChanged: ("cannot write '{path}': {reason}; the file was not changed", "không ghi được '{path}': {reason}; tệp vẫn giữ nguyên")
        case .temporaryFile: ("cannot create a temporary file in '{folder}': {reason}", "không tạo được tệp tạm trong thư mục '{folder}': {reason}")
        case .wideEncoding:
            ("error: '{file}' is saved as {encoding}; wf edits UTF-8 plans only: save it as UTF-8 (Save As → Encoding: UTF-8) first",
             "lỗi: tệp '{file}' đang lưu theo bảng mã {encoding}; wf chỉ sửa kế hoạch lưu theo UTF-8: hãy lưu lại theo UTF-8 trước (Save As → Encoding: UTF-8)")
        case .planHasErrors:
            ("error: '{file}' has errors; fix them first (wf validate {file}). The file was not changed.",
             "lỗi: '{file}' đang có lỗi; hãy sửa trước (wf validate {file}). Tệp vẫn giữ nguyên.")
        case .editFailed: ("error: {problem}", "lỗi: {problem}")
        case .editWouldInvalidate:
            ("error: the edit would make '{file}' invalid, so the file was left unchanged",
             "lỗi: thay đổi này sẽ làm '{file}' không hợp lệ nên tệp được giữ nguyên")
        case .unknownItem: ("no goal or prepare item has the id '{id}'{hint}", "không có nhiệm vụ hay việc chuẩn bị nào có mã '{id}'{hint}")
        case .notStatusItem:
            ("'{id}' is {kind}; only goals and prepare items (events[].prepare[]) have 'done:' and 'progress:'",
             "'{id}' là {kind}; chỉ nhiệm vụ và việc chuẩn bị (events[].prepare[]) mới có 'done:' và 'progress:'")
        case .anEvent: ("an event", "một sự kiện")
        case .aCheckpoint: ("a checkpoint", "một mốc giải ngân")
        case .aStep: ("a step", "một bước")
        case .didYouMean: ("; did you mean '{name}'?", "; có phải ý bạn là '{name}'?")
        case .alreadyDone: ("is already marked 'done: true'", "đã được đánh dấu 'done: true'")
        case .notDone: ("is not marked 'done: true'", "chưa được đánh dấu 'done: true'")
        case .alreadyProgress: ("already has 'progress: {percent}'", "đã có 'progress: {percent}'")
        case .alreadyPeriod: ("already has {period} in its 'done:' list", "đã có {period} trong danh sách 'done:'")
        case .noPeriod: ("has no {period} in its 'done:' list", "không có {period} trong danh sách 'done:'")
        case .notChanged: ("note: '{id}' {state}; '{file}' was not changed", "ghi chú: '{id}' {state}; tệp '{file}' giữ nguyên")
        case .stillDone:
            ("note: '{id}' still counts as done because its progress is 100%; lower it with 'wf progress {file} {id} 90%'",
             "ghi chú: '{id}' vẫn được tính là hoàn thành vì tiến độ là 100%; hãy hạ tiến độ bằng 'wf progress {file} {id} 90%'")
        case .alreadyExists: ("'{file}' already exists; choose another name", "tệp '{file}' đã có; hãy chọn tên khác")
        case .wroteStarter: ("wrote {file}; check it with: wf validate {file}", "đã ghi {file}; kiểm tra bằng lệnh: wf validate {file}")
        case .defaultPlugins:
            ("Plan items run through a default plugin: goal → deadline, event → notify, checkpoint → budget.",
             "Các mục của kế hoạch chạy qua mô-đun mặc định: nhiệm vụ → deadline, sự kiện → notify, mốc giải ngân → budget.")
        case .unknownPlugin: ("unknown plugin '{name}'{hint}", "không có mô-đun '{name}'{hint}")
        case .inputsHeading: ("Inputs (with:):", "Tham số (with:):")
        case .outputsHeading: ("Outputs (steps.ID.outputs.NAME):", "Kết quả (steps.ID.outputs.NAME):")
        case .required: (", required", ", bắt buộc")
        case .defaultValue: (" default {value}", " mặc định {value}")
        case .none: ("none", "không có")
        case .anyOutput: ("any name the script writes to $WF_OUTPUT", "mọi tên mà tệp lệnh ghi vào $WF_OUTPUT")
        case .interrupted:
            ("interrupted: stopping running steps (Ctrl-C again to quit at once)", "đã ngắt: đang dừng các bước đang chạy (nhấn Ctrl-C lần nữa để thoát ngay)")
        case .interruptedRun: ("interrupted (killed or stopped before it finished)", "bị ngắt (bị dừng trước khi chạy xong)")
        case .errorPrefix: ("Error: {message}", "Lỗi: {message}")
        case .seeHelp: ("See '{command} --help' for more information.", "Xem '{command} --help' để biết thêm.")
        }
    }
}
