/// What wf says about a `${{ … }}` expression: its syntax, the names it refers to, and what
/// went wrong while computing it.
@dynamicCallable
public enum ExpressionText: String, MessageCatalog {
    // Syntax
    case unterminatedTemplate, unterminatedString, emptyExpression, doubleQuotes
    case singleEquals, singleAmpersand, singleBar, noArithmetic, unexpectedCharacter, invalidNumber
    case expectedFound, expectedOperatorOrEnd, expectedMemberName, expectedValue, expectedCloseParenthesis
    case unclosed, notCallable, tooDeep, endOfExpression
    // References
    case unknownContext, idAsContext, unknownVariable, undeclaredSecret, unknownID, idInWrongCollection
    case unknownMember, namedItem, unknownOutputNoOutputs, unknownOutput, memberOfValue
    case goal, event, checkpoint, step, owner, aGoal, anEvent, aCheckpoint, aStep, anOwner
    // Functions
    case unknownFunction, wrongArity, notAvailable
    case takesNoArguments, takesOneArgument, takesArguments, takesAtLeastOneArgument, takesAtLeastArguments
    case takesOneOrTwoArguments, takesRangeOfArguments
    case lengthTakes, fromJSONCannotParse
    case typeNull, typeBoolean, typeNumber, typeString, typeArray, typeObject
    // format()
    case formatUnmatchedOpen, formatUnmatchedClose, formatNotPlaceholder, formatMissingArgument
    case noArgumentFollows, oneArgumentFollows, argumentsFollow
    // Evaluation
    case nothingNamed
    // Lists of names
    case orList

    public var templates: (en: String, vi: String) {
        switch self {
        case .unterminatedTemplate:
            ("unterminated expression: close '${{' with '}}'", "biểu thức chưa được đóng: thêm '}}' để đóng '${{'")
        case .unterminatedString:
            ("unterminated string: close it with a single quote (write '' for a quote inside)",
             "chuỗi văn bản chưa được đóng: đóng bằng dấu nháy đơn (muốn có dấu nháy đơn bên trong thì viết '')")
        case .emptyExpression:
            ("empty expression: write an expression between '${{' and '}}'",
             "biểu thức trống: viết biểu thức vào giữa '${{' và '}}'")
        case .doubleQuotes:
            ("strings use single quotes: write 'text', not \"text\"",
             "chuỗi văn bản trong biểu thức dùng dấu nháy đơn: viết 'text', không viết \"text\"")
        case .singleEquals: ("unexpected '=': compare with '=='", "dấu '=' đặt sai chỗ: để so sánh, viết '=='")
        case .singleAmpersand:
            ("unexpected '&': write '&&' for logical and", "dấu '&' đặt sai chỗ: viết '&&' cho phép \"và\"")
        case .singleBar: ("unexpected '|': write '||' for logical or", "dấu '|' đặt sai chỗ: viết '||' cho phép \"hoặc\"")
        case .noArithmetic:
            ("unexpected '{character}': expressions have no arithmetic; compute the value in a step",
             "dấu '{character}' đặt sai chỗ: biểu thức không làm phép tính số học; hãy tính giá trị này trong một bước")
        case .unexpectedCharacter:
            ("unexpected character '{character}': remove it", "ký tự '{character}' đặt sai chỗ: xóa ký tự này")
        case .invalidNumber:
            ("invalid number '{text}': write digits such as 42, 1.5 or 0xFF",
             "số '{text}' không hợp lệ: viết bằng chữ số, ví dụ 42, 1.5 hoặc 0xFF")
        case .expectedFound: ("expected {expected}, found {found}", "cần {expected}, nhưng lại gặp {found}")
        case .expectedOperatorOrEnd: ("an operator or the end of the expression", "một phép toán hoặc kết thúc biểu thức")
        case .expectedMemberName: ("a member name after '.'", "tên thuộc tính sau dấu '.'")
        case .expectedValue: ("a value, a name or '('", "một giá trị, một tên hoặc '('")
        case .expectedCloseParenthesis: ("')'", "dấu ')'")
        case .unclosed:
            ("expected '{closing}' to close the '{opening}', found {found}",
             "cần '{closing}' để đóng '{opening}', nhưng lại gặp {found}")
        case .notCallable:
            ("only functions can be called: write a function name such as contains(…) before '('",
             "chỉ gọi được hàm: viết tên hàm, ví dụ contains(…), ngay trước dấu '('")
        case .tooDeep:
            ("expression is nested too deeply: split it into simpler expressions",
             "biểu thức lồng nhau quá sâu: tách thành các biểu thức đơn giản hơn")
        case .endOfExpression: ("end of expression", "hết biểu thức")

        case .unknownContext:
            ("unknown context '{root}': start with {contexts}", "không có '{root}': tên trong biểu thức phải bắt đầu bằng {contexts}")
        case .idAsContext:
            ("unknown context '{id}': write '{collection}.{id}' to refer to the {noun} '{id}'",
             "không có '{id}' ở đầu biểu thức: viết '{collection}.{id}' để chỉ {noun} '{id}'")
        case .unknownVariable:
            ("unknown variable 'vars.{name}': declare '{name}' under 'vars:' or fix the name",
             "chưa khai báo biến 'vars.{name}': khai báo '{name}' trong 'vars:' hoặc sửa lại tên")
        case .undeclaredSecret:
            ("secret '{name}' is not declared: add it under 'secrets:'",
             "thông tin bí mật (secret) '{name}' chưa được khai báo: thêm vào 'secrets:'")
        case .unknownID:
            ("unknown {noun} '{id}': use the id of {aNoun} declared under '{collection}:'",
             "không có {noun} '{id}': dùng mã của {aNoun} đã khai báo trong '{collection}:'")
        case .idInWrongCollection:
            ("'{id}' is {actual}, not {expected}: write '{collection}.{id}'",
             "'{id}' là {actual}, không phải {expected}: viết '{collection}.{id}'")
        case .unknownMember: ("{owner} has no member '{name}': use {members}", "{owner} không có thuộc tính '{name}': dùng {members}")
        case .namedItem: ("{noun} '{id}'", "{noun} '{id}'")
        case .unknownOutputNoOutputs:
            ("step '{step}' has no output '{name}': its plugin declares no outputs",
             "bước '{step}' không có kết quả '{name}': mô-đun của bước này không khai báo kết quả nào")
        case .unknownOutput:
            ("step '{step}' has no output '{name}': its outputs are {outputs}",
             "bước '{step}' không có kết quả '{name}': các kết quả của bước là {outputs}")
        case .memberOfValue:
            ("'{value}' is a single value and has no member '{name}': remove '{name}'",
             "'{value}' là một giá trị đơn, không có thuộc tính '{name}': bỏ '{name}' đi")
        case .goal: ("goal", "nhiệm vụ")
        case .event: ("event", "sự kiện")
        case .checkpoint: ("checkpoint", "mốc giải ngân")
        case .step: ("step", "bước")
        case .owner: ("owner", "đơn vị")
        case .aGoal: ("a goal", "một nhiệm vụ")
        case .anEvent: ("an event", "một sự kiện")
        case .aCheckpoint: ("a checkpoint", "một mốc giải ngân")
        case .aStep: ("a step", "một bước")
        case .anOwner: ("an owner", "một đơn vị")

        case .unknownFunction: ("unknown function '{name}': use {functions}", "không có hàm '{name}': dùng {functions}")
        case .wrongArity: ("'{name}' {arity}, not {count}", "'{name}' {arity}, không phải {count}")
        case .notAvailable: ("function '{name}' is not available here", "không dùng được hàm '{name}' ở đây")
        case .takesNoArguments: ("takes no arguments", "không nhận tham số nào")
        case .takesOneArgument: ("takes 1 argument", "nhận 1 tham số")
        case .takesArguments: ("takes {count} arguments", "nhận {count} tham số")
        case .takesAtLeastOneArgument: ("takes at least 1 argument", "nhận ít nhất 1 tham số")
        case .takesAtLeastArguments: ("takes at least {count} arguments", "nhận ít nhất {count} tham số")
        case .takesOneOrTwoArguments: ("takes {low} or {high} arguments", "nhận {low} hoặc {high} tham số")
        case .takesRangeOfArguments: ("takes {low} to {high} arguments", "nhận từ {low} đến {high} tham số")
        case .lengthTakes:
            ("length() takes a string, an array or an object, not {type}",
             "length() nhận một chuỗi văn bản, một danh sách hoặc một nhóm mục, không nhận {type}")
        case .fromJSONCannotParse:
            ("fromJSON() could not parse '{excerpt}': pass it valid JSON text",
             "fromJSON() không đọc được '{excerpt}': cần đưa vào văn bản JSON hợp lệ")
        case .typeNull: ("null", "giá trị rỗng (null)")
        case .typeBoolean: ("a boolean", "giá trị true hoặc false")
        case .typeNumber: ("a number", "một số")
        case .typeString: ("a string", "một chuỗi văn bản")
        case .typeArray: ("an array", "một danh sách")
        case .typeObject: ("an object", "một nhóm mục")

        case .formatUnmatchedOpen:
            ("format string has an unmatched '{': write '{{' for a literal brace",
             "chuỗi định dạng có dấu '{' không có cặp: muốn hiện dấu ngoặc nhọn thì viết '{{'")
        case .formatUnmatchedClose:
            ("format string has an unmatched '}': write '}}' for a literal brace",
             "chuỗi định dạng có dấu '}' không có cặp: muốn hiện dấu ngoặc nhọn thì viết '}}'")
        case .formatNotPlaceholder:
            ("'{{text}}' is not a placeholder: write {0}, {1}, … or '{{' for a literal brace",
             "'{{text}}' không phải chỗ điền giá trị: viết {0}, {1}, … hoặc '{{' nếu muốn hiện dấu ngoặc nhọn")
        case .formatMissingArgument:
            ("format string uses {{index}} but {follow}: add the argument or fix the placeholder",
             "chuỗi định dạng dùng {{index}} nhưng {follow}: thêm tham số hoặc sửa lại chỗ điền")
        case .noArgumentFollows: ("no argument follows it", "phía sau không có tham số nào")
        case .oneArgumentFollows: ("only 1 argument follows it", "phía sau chỉ có 1 tham số")
        case .argumentsFollow: ("only {count} arguments follow it", "phía sau chỉ có {count} tham số")

        case .nothingNamed:
            ("unknown context '{name}': nothing named '{name}' is available here",
             "không có '{name}': ở đây không có gì tên là '{name}'")
        case .orList: ("{items} or {last}", "{items} hoặc {last}")
        }
    }
}

extension ExpressionText {
    /// "a, b or c" / "a, b hoặc c"; `quoted` puts each name in single quotes.
    public static func list(_ names: some Sequence<String>, quoted: Bool = false) -> Message {
        let items = names.map { quoted ? "'\($0)'" : $0 }
        guard items.count > 1, let last = items.last else { return Message.verbatim(items.first ?? "") }
        return orList(items: items.dropLast().joined(separator: ", "), last: last)
    }
}
