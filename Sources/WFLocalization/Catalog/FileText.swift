/// What wf says about a file or folder it cannot read as a plan, and about a calendar file.
@dynamicCallable
public enum FileText: String, MessageCatalog {
    case standardInputIsTerminal, runNeedsFile
    case noSuchFile, noSuchFileOrFolder, linkLoop, permissionDenied, notAFolderOnPath, pathTooLong, cannotBeRead
    case isAFolder, isAPipe, isADevice, isASocket, notRegular
    case tooLarge, overLimit, cannotReadFolder, noPlanFiles, namePlanFiles
    case invalidAfterBOM, unmarkedUTF16, saveAsUTF8, binaryFile
    case calendarUnreadable, calendarNotMapping, calendarBadDate
    case recursNeedsPeriod, addPeriod, doneNotAPeriod, doneOutsidePeriod

    public var templates: (en: String, vi: String) {
        switch self {
        case .noSuchFile: ("no such file", "không có tệp này")
        case .noSuchFileOrFolder: ("no such file or folder", "không có tệp hay thư mục này")
        case .linkLoop:
            ("is a symbolic link that leads back to itself (a link loop); point it at a real file",
             "là một liên kết tượng trưng (symbolic link) trỏ vòng về chính nó; hãy trỏ nó tới một tệp thật")
        case .permissionDenied: ("cannot be read: permission denied", "không đọc được: không có quyền đọc")
        case .notAFolderOnPath:
            ("no such file (a part of the path is not a folder)", "không có tệp này (một phần của đường dẫn không phải thư mục)")
        case .pathTooLong: ("the path is too long", "đường dẫn quá dài")
        case .cannotBeRead: ("cannot be read: {reason}", "không đọc được: {reason}")
        case .standardInputIsTerminal:
            ("standard input is a terminal; pipe a plan in (wf validate - < plan.yaml) or name the file",
             "đầu vào chuẩn là màn hình; hãy chuyển kế hoạch vào (wf validate - < plan.yaml) hoặc ghi tên tệp")
        case .runNeedsFile:
            ("wf run needs a plan file, not '-' (standard input): the record of what it sent is kept beside the file",
             "wf run cần một tệp kế hoạch, không dùng '-' (đầu vào chuẩn): bản ghi những gì đã gửi được lưu bên cạnh tệp")
        case .isAFolder: ("is a folder, not a workflow file", "là một thư mục, không phải tệp kế hoạch")
        case .isAPipe:
            ("is a named pipe (FIFO), not a file; wf reads plans only from regular files",
             "là một đường ống có tên (FIFO), không phải tệp; wf chỉ đọc kế hoạch từ tệp thông thường")
        case .isADevice:
            ("is a device, not a file; wf reads plans only from regular files",
             "là một thiết bị, không phải tệp; wf chỉ đọc kế hoạch từ tệp thông thường")
        case .isASocket:
            ("is a socket, not a file; wf reads plans only from regular files",
             "là một socket, không phải tệp; wf chỉ đọc kế hoạch từ tệp thông thường")
        case .notRegular:
            ("is not a regular file; wf reads plans only from regular files",
             "không phải tệp thông thường; wf chỉ đọc kế hoạch từ tệp thông thường")
        case .tooLarge:
            ("file is {size} bytes, over the limit of {limit} bytes (raise it with --max-size)",
             "tệp có {size} byte, vượt giới hạn {limit} byte (nâng giới hạn bằng --max-size)")
        case .overLimit:
            ("file is over the limit of {limit} bytes (raise it with --max-size)",
             "tệp vượt giới hạn {limit} byte (nâng giới hạn bằng --max-size)")
        case .cannotReadFolder: ("cannot read the folder", "không đọc được thư mục")
        case .noPlanFiles:
            ("no plan files in this folder: nothing matches *.yaml or *.yml (hidden folders are skipped)",
             "thư mục này không có tệp kế hoạch nào: không có tệp *.yaml hay *.yml (các thư mục ẩn được bỏ qua)")
        case .namePlanFiles:
            ("name the plan files, or the folder that holds them", "hãy ghi tên các tệp kế hoạch, hoặc thư mục chứa chúng")
        case .invalidAfterBOM:
            ("the file starts with a {encoding} byte-order mark but is not valid {encoding} at byte {offset}",
             "tệp bắt đầu bằng dấu BOM của {encoding} nhưng nội dung không phải {encoding} hợp lệ ở byte {offset}")
        case .unmarkedUTF16:
            ("this looks like UTF-16 text without a byte-order mark, which wf cannot tell apart from binary data",
             "tệp này có vẻ là văn bản UTF-16 không có dấu BOM, mà wf không phân biệt được với dữ liệu nhị phân")
        case .saveAsUTF8:
            ("save it again as UTF-8 (in the editor: Save As → Encoding: UTF-8)",
             "hãy lưu lại tệp dưới dạng UTF-8 (trong trình soạn thảo: Save As → Encoding: UTF-8)")
        case .binaryFile:
            ("this is a binary file (a NUL byte at offset {offset}), not a YAML workflow",
             "đây là tệp nhị phân (có byte NUL ở vị trí {offset}), không phải tệp kế hoạch YAML")
        case .calendarUnreadable: ("calendar file '{path}' cannot be read", "không đọc được tệp lịch '{path}'")
        case .calendarNotMapping:
            ("calendar file '{path}' must be a mapping with 'off:' and 'work:' lists of dates",
             "tệp lịch '{path}' phải gồm các mục 'off:' và 'work:', mỗi mục là một danh sách ngày")
        case .calendarBadDate:
            ("calendar file '{path}' line {line}: '{text}' is not a date",
             "tệp lịch '{path}' dòng {line}: '{text}' không phải một ngày")
        case .recursNeedsPeriod:
            ("{item} recurs every {every}, which needs the plan's period",
             "{item} lặp lại mỗi {every}, nên kế hoạch cần có kỳ ('period')")
        case .addPeriod:
            ("add 'period: 2025' (or 2025-H1, 2025-Q3) at the top of the plan",
             "hãy thêm 'period: 2025' (hoặc 2025-H1, 2025-Q3) ở đầu kế hoạch")
        case .doneNotAPeriod:
            ("'{text}' in 'done' of {item} is not a {every}; write it as {form}",
             "'{text}' trong mục 'done' của {item} không phải một {every}; hãy viết dạng {form}")
        case .doneOutsidePeriod:
            ("'{text}' in 'done' of {item} is outside the plan's period {period}",
             "'{text}' trong mục 'done' của {item} nằm ngoài kỳ của kế hoạch {period}")
        }
    }
}
