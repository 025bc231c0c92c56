/// What `wf lsp` shows in an editor: hover texts, completion details, quick-fix titles, in the
/// document's language; and its protocol errors and log lines, in the server's.
@dynamicCallable
public enum EditorText: String, MessageCatalog {
    // Protocol errors and log lines.
    case notJSON, notAnObject, badID, noMethod, cancelled, afterShutdown, notInitialized, unknownMethod
    case missingParam, wrongParam, aString, anInteger, notNegative, notOpen, skippedHeader, ignoredNotification, note
    case checkedOne, checked, headerWithoutColon, badContentLength, noContentLength
    // Completion.
    case required, defaultValue, defaultCode, detailList
    case channelConsole, channelFile, channelEml, channelMailto, channelWebhook, channelOwner
    case idDetail, contextDetail, functionOne, functionArguments, functionRange
    case kindOwner, kindGoal, kindEvent, kindPrepare, kindCheckpoint, kindStep
    // Hover.
    case ownerLabel, dueLabel, dateLabel, pluginLabel, headLabel, notifyLabel, statusLabel, budgetLabel
    case statusNeedsValidPlan, dayOff, holiday, fact, itemHover, keyHover
    case pluginHover, inputsHeading, outputsHeading, inputLine, outputLine
    case resolvedDate, phraseWithoutDate, duration, reminderDate
    // Quick fixes.
    case replaceWith, ignoreRule

    public var templates: (en: String, vi: String) {
        switch self {
        case .notJSON: ("the message body is not valid JSON", "nội dung thông điệp không phải JSON hợp lệ")
        case .notAnObject: ("a JSON-RPC message must be a JSON object", "thông điệp JSON-RPC phải là một đối tượng JSON")
        case .badID: ("a request id must be a number or a string", "mã (id) của yêu cầu phải là số hoặc chuỗi văn bản")
        case .noMethod: ("a JSON-RPC request needs a 'method' string", "yêu cầu JSON-RPC cần có chuỗi 'method'")
        case .cancelled: ("the request was cancelled", "yêu cầu đã bị huỷ")
        case .afterShutdown:
            ("the server is shutting down: only 'exit' is accepted now", "máy chủ đang tắt: giờ chỉ nhận 'exit'")
        case .notInitialized: ("send 'initialize' first", "hãy gửi 'initialize' trước")
        case .unknownMethod: ("wf lsp does not handle '{method}'", "wf lsp không xử lý '{method}'")
        case .missingParam: ("the parameters need '{key}'", "tham số cần có '{key}'")
        case .wrongParam: ("'{key}' must be {expected}", "'{key}' phải là {expected}")
        case .aString: ("a string", "một chuỗi văn bản")
        case .anInteger: ("an integer", "một số nguyên")
        case .notNegative: ("not negative", "không âm")
        case .notOpen: ("'{uri}' is not open: send textDocument/didOpen first", "'{uri}' chưa được mở: hãy gửi textDocument/didOpen trước")
        case .skippedHeader:
            ("skipped a message whose header could not be read: {problem}", "đã bỏ qua một thông điệp không đọc được phần đầu: {problem}")
        case .ignoredNotification:
            ("ignored a '{method}' notification without the parameters it needs", "đã bỏ qua thông báo '{method}' thiếu tham số cần thiết")
        case .note: ("note: {message}", "ghi chú: {message}")
        case .checkedOne: ("checked {uri}: 1 diagnostic in {ms} ms", "đã kiểm tra {uri}: 1 thông báo trong {ms} ms")
        case .checked: ("checked {uri}: {count} diagnostics in {ms} ms", "đã kiểm tra {uri}: {count} thông báo trong {ms} ms")
        case .headerWithoutColon: ("a header line without ':'", "một dòng phần đầu không có ':'")
        case .badContentLength:
            ("Content-Length '{value}' is not a size up to {limit} bytes", "Content-Length '{value}' không phải kích thước tới {limit} byte")
        case .noContentLength: ("no Content-Length header", "không có phần đầu Content-Length")
        case .required: ("required", "bắt buộc")
        case .defaultValue: ("default {value}", "mặc định {value}")
        case .defaultCode: ("default `{value}`", "mặc định `{value}`")
        case .detailList: ("{first}, {rest}", "{first}, {rest}")
        case .channelConsole: ("print on the terminal", "in ra màn hình")
        case .channelFile: ("file:PATH — JSON lines appended to a file", "file:ĐƯỜNG-DẪN — ghi thêm các dòng JSON vào một tệp")
        case .channelEml: ("eml:DIR — .eml drafts in a folder", "eml:THƯ-MỤC — thư nháp .eml trong một thư mục")
        case .channelMailto: ("mailto:ADDRESS — mail through SMTP", "mailto:ĐỊA-CHỈ — gửi thư qua SMTP")
        case .channelWebhook: ("{scheme}://… — a webhook (JSON POST)", "{scheme}://… — một webhook (JSON POST)")
        case .channelOwner: ("owner:ID — that owner's channels", "owner:MÃ — các kênh của đơn vị đó")
        case .idDetail: ("{kind}: {title}", "{kind}: {title}")
        case .contextDetail: ("expression context", "ngữ cảnh của biểu thức")
        case .functionOne: ("function, 1 argument", "hàm, 1 đối số")
        case .functionArguments: ("function, {count} arguments", "hàm, {count} đối số")
        case .functionRange: ("function, {min} to {max} arguments", "hàm, từ {min} đến {max} đối số")
        case .kindOwner: ("owner", "đơn vị")
        case .kindGoal: ("goal", "nhiệm vụ")
        case .kindEvent: ("event", "sự kiện")
        case .kindPrepare: ("prepare", "việc chuẩn bị")
        case .kindCheckpoint: ("checkpoint", "mốc giải ngân")
        case .kindStep: ("step", "bước")
        case .ownerLabel: ("Owner", "Đơn vị chủ trì")
        case .dueLabel: ("Due", "Thời hạn")
        case .dateLabel: ("Date", "Ngày")
        case .pluginLabel: ("Plugin", "Mô-đun")
        case .headLabel: ("Head", "Thủ trưởng")
        case .notifyLabel: ("Notifies", "Nhận thông báo qua")
        case .statusLabel: ("Status on {date}", "Tình trạng ngày {date}")
        case .budgetLabel: ("Budget on {date}", "Ngân sách ngày {date}")
        case .statusNeedsValidPlan: ("shown once the plan has no errors", "sẽ hiện khi kế hoạch hết lỗi")
        case .dayOff: ("not a working day", "không phải ngày làm việc")
        case .holiday: ("day off: {name}", "ngày nghỉ: {name}")
        case .fact: ("{label}: {value}", "{label}: {value}")
        case .itemHover: ("**{title}**\n\n{kind} `{id}`", "**{title}**\n\n{kind} `{id}`")
        case .keyHover: ("**{name}** ({details})\n\n{doc}", "**{name}** ({details})\n\n{doc}")
        case .pluginHover: ("**{name}** plugin: {summary}", "mô-đun **{name}**: {summary}")
        case .inputsHeading: ("Inputs (`with:`):", "Tham số (`with:`):")
        case .outputsHeading: ("Outputs (`steps.ID.outputs.NAME`):", "Kết quả (`steps.ID.outputs.NAME`):")
        case .inputLine: ("- `{name}` ({details}): {doc}", "- `{name}` ({details}): {doc}")
        case .outputLine: ("- `{name}` ({type}): {doc}", "- `{name}` ({type}): {doc}")
        case .resolvedDate: ("`{text}` is {date}", "`{text}` là {date}")
        case .phraseWithoutDate:
            ("`{text}` names no single day: the work is ongoing or repeats",
             "`{text}` không chỉ một ngày cụ thể: công việc làm thường xuyên hoặc lặp lại")
        case .duration: ("`{text}`: {words}", "`{text}`: {words}")
        case .reminderDate: ("The reminder goes out on {date}.", "Nhắc việc được gửi vào {date}.")
        case .replaceWith: ("Replace with '{text}'", "Thay bằng '{text}'")
        case .ignoreRule: ("Ignore '{rule}' on this line (# wf-ignore)", "Bỏ qua '{rule}' ở dòng này (# wf-ignore)")
        }
    }
}

extension EditorText {
    /// `string, required, default 5` / `string, bắt buộc, mặc định 5`; `code` puts the
    /// default in backticks.
    public static func details(type: String, required: Bool, defaultValue: String? = nil, code: Bool = false) -> Message {
        var parts: [Message] = [.verbatim(type)]
        if required { parts.append(Self.required.message) }
        if let defaultValue { parts.append(code ? defaultCode(value: defaultValue) : Self.defaultValue(value: defaultValue)) }
        return Message.list(parts, separator: ", ")
    }

    /// What a notification channel's prefix does.
    public static func channel(_ scheme: String) -> Message {
        switch scheme {
        case "console": channelConsole.message
        case "file": channelFile.message
        case "eml": channelEml.message
        case "mailto": channelMailto.message
        case "http", "https": channelWebhook(scheme: scheme)
        case "owner": channelOwner.message
        default: .verbatim(scheme)
        }
    }

    /// An expression function with its number of arguments.
    public static func function(arity: ClosedRange<Int>) -> Message {
        if arity.lowerBound != arity.upperBound { return functionRange(min: arity.lowerBound, max: arity.upperBound) }
        return arity.lowerBound == 1 ? functionOne.message : functionArguments(count: arity.lowerBound)
    }

    /// The kind of a symbol by its name: `goal` → nhiệm vụ.
    public static func kind(_ name: String) -> Message {
        EditorText(rawValue: "kind" + name.prefix(1).uppercased() + name.dropFirst()).map(\.message) ?? .verbatim(name)
    }

    /// The log line after a document was checked.
    public static func checkedLine(uri: String, diagnostics: Int, milliseconds: Int) -> Message {
        diagnostics == 1 ? checkedOne(uri: uri, ms: milliseconds) : checked(uri: uri, count: diagnostics, ms: milliseconds)
    }

    /// A plugin's summary, inputs (without the deprecated) and outputs.
    public static func plugin(name: String, summary: String,
                              inputs: [(name: String, type: String, required: Bool, defaultValue: String?, doc: String)],
                              outputs: [(name: String, type: String, doc: String)]) -> Message {
        var text = pluginHover(name: name, summary: summary)
        if !inputs.isEmpty {
            text = text.joined(inputsHeading.message, separator: "\n\n").joined(.verbatim(""), separator: "\n")
            for input in inputs {
                let inputDetails = details(type: input.type, required: input.required, defaultValue: input.defaultValue, code: true)
                text = text.joined(inputLine(name: input.name, details: inputDetails, doc: input.doc), separator: "\n")
            }
        }
        if !outputs.isEmpty {
            text = text.joined(outputsHeading.message, separator: "\n\n").joined(.verbatim(""), separator: "\n")
            for output in outputs {
                text = text.joined(outputLine(name: output.name, type: output.type, doc: output.doc), separator: "\n")
            }
        }
        return text
    }
}
