/// What wf says about a plan file it cannot read as YAML: the mistake in plain words, and what
/// to type instead. libyaml's own words follow as a `yamlSays` note.
@dynamicCallable
public enum YAMLText: String, MessageCatalog {
    // Limits and the reader
    case fileTooLarge, parserOutOfMemory, outOfMemory, tooDeep, aliasBomb
    case notUTF8, saveAsUTF8, controlCharacters, checkTheFile
    // The structure of the file
    case moreThanOneDocument, removeSecondDocument
    case unknownAlias, defineAnchor
    case mergeTakesMappings, mergeTakesMappingOrList
    case duplicateKey, firstDefinedHere, keepOneKey
    case missingDash, addDash, itemAboveStartsHere
    // libyaml's words
    case yamlSays, startsHere
    case contextQuoted, contextFlowList, contextFlowGroup, contextBlockGroup, contextBlockList
    case contextKey, contextValue, contextTextBlock, contextAnchor, contextTag, contextDirective
    case colonInBrackets
    // Mistakes, with what to do
    case quoteNeverClosed, closeQuote, quoteInsideQuotes, textAfterQuote, useSingleQuotes, escapeQuotes
    case dashWithoutSpace, writeDashSpace
    case tabIndent, useSpaces, tabInLine, replaceTab
    case colonInValue, quoteWholeValue
    case colonInLongValue
    case indentMatchesNoLevel, indentBy, noIndent, startAtColumn, oneSpace, spaces
    case spaceAfterColon, writeSpaceAfterColon, missingColon, writeColon
    case cannotStartValue
    case listNotClosed, closeList, groupNotClosed, closeGroup
    case strayBracket, removeBracket
    case keyExpected, checkIndentation
    case valueMissing, endsInsideValue, listItemNotHere, dashExpected
    case cannotRead
    // What a node is
    case kindNull, kindScalar, kindMapping, kindList

    public var templates: (en: String, vi: String) {
        switch self {
        case .fileTooLarge:
            ("file is {bytes} bytes, over the limit of {limit} bytes (raise it with --max-size)",
             "tệp có {bytes} byte, vượt giới hạn {limit} byte (có thể nâng giới hạn bằng --max-size)")
        case .parserOutOfMemory: ("out of memory starting the YAML parser", "không đủ bộ nhớ để bắt đầu đọc tệp")
        case .outOfMemory: ("out of memory while parsing", "hết bộ nhớ trong khi đọc tệp")
        case .tooDeep: ("nesting is deeper than {limit} levels", "các nhóm lồng vào nhau sâu quá {limit} cấp")
        case .aliasBomb:
            ("aliases expand to more than {limit} nodes; the file looks like an alias bomb",
             "các chỗ dùng lại '*' sinh ra hơn {limit} phần tử; tệp này có vẻ được viết ra để làm treo chương trình")
        case .notUTF8: ("the file is not valid UTF-8 text", "tệp không phải văn bản UTF-8 hợp lệ")
        case .saveAsUTF8:
            ("save it again as UTF-8 (in Notepad or Word: Save As, Encoding: UTF-8)",
             "lưu lại tệp với bảng mã UTF-8 (trong Notepad hoặc Word: Save As, mục Encoding chọn UTF-8)")
        case .controlCharacters:
            ("the file holds control characters; is it a binary file?",
             "tệp chứa ký tự điều khiển; có phải đây là tệp nhị phân, không phải tệp văn bản?")
        case .checkTheFile:
            ("a plan is a text file: check that this is the right file, and delete the invisible character",
             "kế hoạch là một tệp văn bản: kiểm tra lại có đúng tệp không, và xóa ký tự không nhìn thấy được")

        case .moreThanOneDocument:
            ("the file holds more than one YAML document; a plan is one document",
             "tệp chứa nhiều hơn một tài liệu (ngăn cách bằng dòng '---'); mỗi tệp chỉ chứa một kế hoạch")
        case .removeSecondDocument:
            ("delete this '---' line, or put each plan in a file of its own",
             "xóa dòng '---' này, hoặc tách mỗi kế hoạch ra một tệp riêng")
        case .unknownAlias:
            ("'*{name}' reuses the part marked '&{name}', but no '&{name}' comes before it",
             "'*{name}' dùng lại phần được đánh dấu '&{name}', nhưng phía trên chưa có dấu '&{name}' nào")
        case .defineAnchor:
            ("mark the part to reuse with '&{name}' above this line, or write the value out; a value that starts with '*' goes in double quotes",
             "đánh dấu phần cần dùng lại bằng '&{name}' ở phía trên dòng này, hoặc viết thẳng giá trị ra; giá trị bắt đầu bằng '*' thì đặt trong dấu nháy kép")
        case .mergeTakesMappings:
            ("a merge key '<<' takes mappings, found {kind}",
             "'<<' chỉ ghép được các nhóm mục, ở đây lại là {kind}")
        case .mergeTakesMappingOrList:
            ("a merge key '<<' takes a mapping or a list of mappings, found {kind}",
             "'<<' chỉ ghép được một nhóm mục hoặc danh sách các nhóm mục, ở đây lại là {kind}")
        case .duplicateKey:
            ("duplicate key '{key}' in this mapping", "mục '{key}' được viết hai lần trong cùng một nhóm")
        case .firstDefinedHere: ("'{key}' is first defined here", "'{key}' đã được viết lần đầu ở đây")
        case .keepOneKey:
            ("keep one '{key}': delete the other, or merge the two values",
             "chỉ giữ một mục '{key}': xóa mục còn lại, hoặc gộp hai giá trị làm một")
        case .missingDash:
            ("a second 'id' in the same item: a new item starts here without its '- '",
             "có 'id' thứ hai trong cùng một phần tử: một phần tử mới của danh sách bắt đầu ở đây nhưng thiếu '- '")
        case .addDash:
            ("start the new item with a dash: '- id: {id}', the dash two columns left of the keys",
             "bắt đầu phần tử mới bằng dấu gạch: '- id: {id}', dấu gạch lùi sang trái hai cột so với các mục")
        case .itemAboveStartsHere: ("the item above starts here", "phần tử phía trên bắt đầu ở đây")

        case .yamlSays: ("YAML says: {text}", "Trình đọc YAML báo: {text}")
        case .startsHere: ("the {what} starts here", "{what} bắt đầu ở đây")
        case .contextQuoted: ("quoted value", "giá trị trong dấu nháy")
        case .contextFlowList: ("list in [ ]", "danh sách trong [ ]")
        case .contextFlowGroup: ("group in { }", "nhóm trong { }")
        case .contextBlockGroup: ("group of keys", "nhóm mục")
        case .contextBlockList: ("list", "danh sách")
        case .contextKey: ("key", "mục")
        case .contextValue: ("value", "giá trị")
        case .contextTextBlock: ("text block", "khối văn bản")
        case .contextAnchor: ("name after '&' or '*'", "tên sau '&' hoặc '*'")
        case .contextTag: ("tag after '!'", "nhãn sau '!'")
        case .contextDirective: ("line starting with '%'", "dòng bắt đầu bằng '%'")
        case .colonInBrackets:
            ("inside [ ] or { }, a value with ':' needs quotes: write \"console:\" or console",
             "trong [ ] hoặc { }, giá trị có dấu ':' phải đặt trong dấu nháy kép: viết \"console:\" hoặc console")

        case .quoteNeverClosed:
            ("the quote opened on line {line} is never closed", "dấu nháy mở ở dòng {line} chưa được đóng")
        case .closeQuote:
            ("end the value with {quote} on the same line: {fixed}", "đóng giá trị bằng dấu {quote} ngay trên dòng đó: {fixed}")
        case .quoteInsideQuotes:
            ("a double quote inside the value ends it early", "dấu nháy kép ở bên trong làm giá trị bị kết thúc sớm")
        case .textAfterQuote:
            ("the value goes on after its closing quote", "giá trị vẫn còn chữ ở sau dấu nháy đóng")
        case .useSingleQuotes:
            ("put the value in single quotes instead: {fixed}", "đặt cả giá trị trong dấu nháy đơn thay cho nháy kép: {fixed}")
        case .escapeQuotes:
            ("write \\\" for each double quote inside: {fixed}", "viết \\\" cho mỗi dấu nháy kép ở bên trong: {fixed}")
        case .dashWithoutSpace:
            ("line {line} starts with '-' but no space after it, so it is not a list item",
             "dòng {line} bắt đầu bằng '-' nhưng thiếu dấu cách sau nó, nên không phải là một phần tử của danh sách")
        case .writeDashSpace: ("write '- ' with a space: {fixed}", "viết '- ' có dấu cách: {fixed}")
        case .tabIndent:
            ("line {line} is indented with a tab; YAML indents with spaces only",
             "dòng {line} được thụt lề bằng ký tự tab; chỉ được thụt lề bằng dấu cách")
        case .useSpaces:
            ("replace the tab with spaces, as many as the lines around it use",
             "thay ký tự tab bằng dấu cách, đúng số dấu cách các dòng xung quanh đang dùng")
        case .tabInLine:
            ("line {line} holds a tab where YAML needs a space", "dòng {line} có ký tự tab ở chỗ phải dùng dấu cách")
        case .replaceTab: ("replace the tab with a space: {fixed}", "thay ký tự tab bằng dấu cách: {fixed}")
        case .colonInValue:
            ("the value holds ': ', which YAML reads as the start of another key",
             "giá trị có dấu ': ' ở giữa, nên bị hiểu nhầm là bắt đầu một mục mới")
        case .quoteWholeValue:
            ("put the whole value in quotes: {fixed}", "đặt cả giá trị trong dấu nháy kép: {fixed}")
        case .colonInLongValue:
            ("the value of '{key}' goes on to line {line}, whose ': ' YAML reads as the start of another key",
             "giá trị của '{key}' kéo dài xuống dòng {line}, mà dấu ': ' ở dòng đó bị hiểu nhầm là bắt đầu một mục mới")
        case .indentMatchesNoLevel:
            ("line {line} is indented by {spaces}, which matches no level above it",
             "dòng {line} thụt lề {spaces}, không khớp với cấp nào ở phía trên")
        case .indentBy:
            ("indent it by {spaces}, like the line it belongs with",
             "thụt lề dòng này {spaces}, thẳng hàng với dòng cùng cấp phía trên")
        case .noIndent:
            ("take the indentation away, like the line it belongs with", "bỏ thụt lề, cho dòng này thẳng hàng với dòng cùng cấp phía trên")
        case .startAtColumn:
            ("the line should start at column {column}", "dòng này phải bắt đầu ở cột {column}")
        case .oneSpace: ("1 space", "1 dấu cách")
        case .spaces: ("{count} spaces", "{count} dấu cách")
        case .spaceAfterColon:
            ("'{key}:' has no space after the colon, so YAML does not read it as a key",
             "sau dấu ':' của '{key}' không có dấu cách, nên không được hiểu là một mục")
        case .writeSpaceAfterColon:
            ("put a space after the colon: {fixed}", "thêm một dấu cách sau dấu ':': {fixed}")
        case .missingColon:
            ("line {line} has no ':' after the key '{key}'", "dòng {line} thiếu dấu ':' sau tên mục '{key}'")
        case .writeColon:
            ("put a colon and a space after the key: {fixed}", "thêm dấu ':' và một dấu cách sau tên mục: {fixed}")
        case .cannotStartValue:
            ("a value cannot start with {character}", "giá trị không được bắt đầu bằng {character}")
        case .listNotClosed:
            ("the list opened with '[' on line {line} is not closed", "danh sách mở bằng '[' ở dòng {line} chưa được đóng")
        case .closeList:
            ("close it with ']' on the same line: {fixed}", "đóng danh sách bằng ']' ngay trên dòng đó: {fixed}")
        case .groupNotClosed:
            ("the group opened with '{' on line {line} is not closed", "nhóm mở bằng '{' ở dòng {line} chưa được đóng")
        case .closeGroup:
            ("close it with '}' on the same line: {fixed}", "đóng nhóm bằng '}' ngay trên dòng đó: {fixed}")
        case .strayBracket:
            ("'{bracket}' closes nothing: no '{open}' was opened before it", "'{bracket}' không đóng gì cả: phía trước không có '{open}' nào được mở")
        case .removeBracket:
            ("delete the '{bracket}', or write the list in brackets: {fixed}",
             "xóa '{bracket}', hoặc viết danh sách trong ngoặc vuông: {fixed}")
        case .keyExpected:
            ("line {line} does not line up with the keys above it", "dòng {line} không thẳng hàng với các mục phía trên")
        case .checkIndentation:
            ("check the indentation of this line and of the line before it",
             "kiểm tra thụt lề của dòng này và của dòng ngay trước nó")
        case .valueMissing: ("a value is missing here", "thiếu giá trị ở đây")
        case .endsInsideValue: ("the file ends before this value is finished", "tệp kết thúc khi giá trị này chưa viết xong")
        case .listItemNotHere:
            ("a list item '- ' cannot start here: put it on a line of its own, under its key",
             "không thể bắt đầu phần tử '- ' ở đây: đặt nó trên một dòng riêng, thụt lề dưới mục của nó")
        case .dashExpected:
            ("line {line} should start with '- ' like the list items above it, or line up with the key the list belongs to",
             "dòng {line} phải bắt đầu bằng '- ' như các phần tử phía trên, hoặc thẳng hàng với mục chứa danh sách")
        case .cannotRead: ("the file cannot be read as YAML from here", "không đọc được tệp từ chỗ này")

        case .kindNull: ("null", "giá trị rỗng (null)")
        case .kindScalar: ("a scalar", "một giá trị đơn")
        case .kindMapping: ("a mapping", "một nhóm mục")
        case .kindList: ("a list", "một danh sách")
        }
    }
}

extension YAMLText {
    /// `1 space`, `4 spaces` / `4 dấu cách`.
    public static func spaceCount(_ count: Int) -> Message { count == 1 ? oneSpace.message : spaces(count: count) }
}
