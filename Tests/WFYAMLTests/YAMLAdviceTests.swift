import NotifyPeers
import Testing
import WFDiagnostics
import WFLocalization
@testable import WFYAML

/// The YAML mistakes planners make, reported as what to do: one error per mistake, at its line,
/// with the fix, in English and in Vietnamese.
@Suite("YAML errors that say how to fix them")
struct YAMLAdviceTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var yaml: String
        var rule: Rule = .yamlSyntax
        var line: Int
        var en: String
        var vi: String
        /// The note that says what to type, in both languages.
        var fixEn: String
        var fixVi: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a colon and a space inside a value",
             yaml: "goals:\n  - id: a\n    title: Lấy ý kiến: các sở\n    due: 2024-01-10\n", line: 3,
             en: "the value holds ': ', which YAML reads as the start of another key",
             vi: "giá trị có dấu ': ' ở giữa, nên bị hiểu nhầm là bắt đầu một mục mới",
             fixEn: "put the whole value in quotes: title: \"Lấy ý kiến: các sở\"",
             fixVi: "đặt cả giá trị trong dấu nháy kép: title: \"Lấy ý kiến: các sở\""),
        Case(name: "a colon and a space in a file with CRLF line ends and a BOM",
             yaml: "\u{FEFF}goals:\r\n  - id: a\r\n    title: Họp: các sở\r\n", line: 3,
             en: "the value holds ': ', which YAML reads as the start of another key",
             vi: "giá trị có dấu ': ' ở giữa, nên bị hiểu nhầm là bắt đầu một mục mới",
             fixEn: "put the whole value in quotes: title: \"Họp: các sở\"",
             fixVi: "đặt cả giá trị trong dấu nháy kép: title: \"Họp: các sở\""),
        Case(name: "a value over two lines, the second holding ': '",
             yaml: "goals:\n  - id: a\n    title: Họp với các sở\n      nội dung: góp ý dự thảo\n    due: 2024-01-10\n", line: 4,
             en: "the value of 'title' goes on to line 4, whose ': ' YAML reads as the start of another key",
             vi: "giá trị của 'title' kéo dài xuống dòng 4, mà dấu ': ' ở dòng đó bị hiểu nhầm là bắt đầu một mục mới",
             fixEn: "put the whole value in quotes: title: \"Họp với các sở nội dung: góp ý dự thảo\"",
             fixVi: "đặt cả giá trị trong dấu nháy kép: title: \"Họp với các sở nội dung: góp ý dự thảo\""),
        Case(name: "a tab used for indentation",
             yaml: "goals:\n  - id: a\n\ttitle: A\n    due: 2024-01-10\n", line: 3,
             en: "line 3 is indented with a tab; YAML indents with spaces only",
             vi: "dòng 3 được thụt lề bằng ký tự tab; chỉ được thụt lề bằng dấu cách",
             fixEn: "replace the tab with spaces, as many as the lines around it use",
             fixVi: "thay ký tự tab bằng dấu cách, đúng số dấu cách các dòng xung quanh đang dùng"),
        Case(name: "a tab after a list dash",
             yaml: "goals:\n  -\tid: a\n", line: 2,
             en: "line 2 holds a tab where YAML needs a space",
             vi: "dòng 2 có ký tự tab ở chỗ phải dùng dấu cách",
             fixEn: "replace the tab with a space:   - id: a",
             fixVi: "thay ký tự tab bằng dấu cách:   - id: a"),
        Case(name: "a double quote inside a double-quoted value",
             yaml: "wf: 1\nname: \"Kế hoạch \"quý\" II\"\n", line: 2,
             en: "a double quote inside the value ends it early",
             vi: "dấu nháy kép ở bên trong làm giá trị bị kết thúc sớm",
             fixEn: "put the value in single quotes instead: name: 'Kế hoạch \"quý\" II'",
             fixVi: "đặt cả giá trị trong dấu nháy đơn thay cho nháy kép: name: 'Kế hoạch \"quý\" II'"),
        Case(name: "three spaces where the level has four",
             yaml: "goals:\n  - id: a\n    title: A\n   due: 2024-01-10\n", line: 4,
             en: "line 4 is indented by 3 spaces, which matches no level above it",
             vi: "dòng 4 thụt lề 3 dấu cách, không khớp với cấp nào ở phía trên",
             fixEn: "indent it by 4 spaces, like the line it belongs with",
             fixVi: "thụt lề dòng này 4 dấu cách, thẳng hàng với dòng cùng cấp phía trên"),
        Case(name: "a key one space right of the keys above it",
             yaml: "goals:\n  - id: a\n    title: A\n     due: 2024-01-10\n", line: 4,
             en: "line 4 is indented by 5 spaces, which matches no level above it",
             vi: "dòng 4 thụt lề 5 dấu cách, không khớp với cấp nào ở phía trên",
             fixEn: "the line should start at column 5",
             fixVi: "dòng này phải bắt đầu ở cột 5"),
        Case(name: "a list item without its dash", yaml: "goals:\n  - id: a\n    title: A\n    id: b\n    title: B\n    after: [b]\n",
             rule: .yamlDuplicateKey, line: 4,
             en: "a second 'id' in the same item: a new item starts here without its '- '",
             vi: "có 'id' thứ hai trong cùng một phần tử: một phần tử mới của danh sách bắt đầu ở đây nhưng thiếu '- '",
             fixEn: "start the new item with a dash: '- id: b', the dash two columns left of the keys",
             fixVi: "bắt đầu phần tử mới bằng dấu gạch: '- id: b', dấu gạch lùi sang trái hai cột so với các mục"),
        Case(name: "a double quote never closed",
             yaml: "name: \"Kế hoạch\ngoals:\n  - id: a\n", line: 1,
             en: "the quote opened on line 1 is never closed",
             vi: "dấu nháy mở ở dòng 1 chưa được đóng",
             fixEn: "end the value with \" on the same line: name: \"Kế hoạch\"",
             fixVi: "đóng giá trị bằng dấu \" ngay trên dòng đó: name: \"Kế hoạch\""),
        Case(name: "a single quote never closed",
             yaml: "goals:\n  - id: a\n    title: 'Báo cáo quý\n    due: 2024-01-10\n", line: 3,
             en: "the quote opened on line 3 is never closed",
             vi: "dấu nháy mở ở dòng 3 chưa được đóng",
             fixEn: "end the value with ' on the same line: title: 'Báo cáo quý'",
             fixVi: "đóng giá trị bằng dấu ' ngay trên dòng đó: title: 'Báo cáo quý'"),
        Case(name: "a single quote never closed, with double quotes inside",
             yaml: "goals:\n  - id: a\n    owner: 'Sở \"Tài chính\"\n    due: 2024-01-10\n", line: 3,
             en: "the quote opened on line 3 is never closed",
             vi: "dấu nháy mở ở dòng 3 chưa được đóng",
             fixEn: "end the value with ' on the same line: owner: 'Sở \"Tài chính\"'",
             fixVi: "đóng giá trị bằng dấu ' ngay trên dòng đó: owner: 'Sở \"Tài chính\"'"),
        Case(name: "a dash without a space",
             yaml: "goals:\n  -id: a\n    title: A\n", line: 3,
             en: "line 2 starts with '-' but no space after it, so it is not a list item",
             vi: "dòng 2 bắt đầu bằng '-' nhưng thiếu dấu cách sau nó, nên không phải là một phần tử của danh sách",
             fixEn: "write '- ' with a space:   - id: a",
             fixVi: "viết '- ' có dấu cách:   - id: a"),
        Case(name: "a key written twice", yaml: "goals:\n  - id: a\n    title: A\n    title: B\n",
             rule: .yamlDuplicateKey, line: 4,
             en: "duplicate key 'title' in this mapping",
             vi: "mục 'title' được viết hai lần trong cùng một nhóm",
             fixEn: "keep one 'title': delete the other, or merge the two values",
             fixVi: "chỉ giữ một mục 'title': xóa mục còn lại, hoặc gộp hai giá trị làm một"),
        Case(name: "no space after a key's colon",
             yaml: "goals:\n  - id: a\n    title: A\n    due:2024-01-10\n", line: 4,
             en: "'due:' has no space after the colon, so YAML does not read it as a key",
             vi: "sau dấu ':' của 'due' không có dấu cách, nên không được hiểu là một mục",
             fixEn: "put a space after the colon: due: 2024-01-10",
             fixVi: "thêm một dấu cách sau dấu ':': due: 2024-01-10"),
        Case(name: "no colon after a key",
             yaml: "goals:\n  - id: a\n    title Báo cáo quý\n    due: 2024-01-10\n", line: 3,
             en: "line 3 has no ':' after the key 'title'",
             vi: "dòng 3 thiếu dấu ':' sau tên mục 'title'",
             fixEn: "put a colon and a space after the key: title: Báo cáo quý",
             fixVi: "thêm dấu ':' và một dấu cách sau tên mục: title: Báo cáo quý"),
        Case(name: "a list item one space right of the items above it",
             yaml: "goals:\n- id: a\n  title: A\n - id: b\n", line: 4,
             en: "line 4 is indented by 1 space, which matches no level above it",
             vi: "dòng 4 thụt lề 1 dấu cách, không khớp với cấp nào ở phía trên",
             fixEn: "take the indentation away, like the line it belongs with",
             fixVi: "bỏ thụt lề, cho dòng này thẳng hàng với dòng cùng cấp phía trên"),
        Case(name: "a top-level key indented",
             yaml: "wf: 1\nname: A\n  goals: []\n", line: 3,
             en: "line 3 is indented by 2 spaces, which matches no level above it",
             vi: "dòng 3 thụt lề 2 dấu cách, không khớp với cấp nào ở phía trên",
             fixEn: "the line should start at column 1",
             fixVi: "dòng này phải bắt đầu ở cột 1"),
        Case(name: "text after a closing quote",
             yaml: "goals:\n  - id: a\n    title: \"Báo cáo\" quý IV\n", line: 3,
             en: "the value goes on after its closing quote",
             vi: "giá trị vẫn còn chữ ở sau dấu nháy đóng",
             fixEn: "put the value in single quotes instead: title: '\"Báo cáo\" quý IV'",
             fixVi: "đặt cả giá trị trong dấu nháy đơn thay cho nháy kép: title: '\"Báo cáo\" quý IV'"),
        Case(name: "a stray closing bracket",
             yaml: "goals:\n  - id: a\n    after: [b, c]]\n", line: 3,
             en: "']' closes nothing: no '[' was opened before it",
             vi: "']' không đóng gì cả: phía trước không có '[' nào được mở",
             fixEn: "delete the ']', or write the list in brackets: after: [b, c]",
             fixVi: "xóa ']', hoặc viết danh sách trong ngoặc vuông: after: [b, c]"),
        Case(name: "a list in brackets never closed",
             yaml: "goals:\n  - id: a\n    after: [b, c\n  - id: b\n", line: 3,
             en: "the list opened with '[' on line 3 is not closed",
             vi: "danh sách mở bằng '[' ở dòng 3 chưa được đóng",
             fixEn: "close it with ']' on the same line: after: [b, c]",
             fixVi: "đóng danh sách bằng ']' ngay trên dòng đó: after: [b, c]"),
        Case(name: "a group in braces never closed",
             yaml: "goals:\n  - {id: a, title: A\n  - id: b\n", line: 2,
             en: "the group opened with '{' on line 2 is not closed",
             vi: "nhóm mở bằng '{' ở dòng 2 chưa được đóng",
             fixEn: "close it with '}' on the same line: - {id: a, title: A}",
             fixVi: "đóng nhóm bằng '}' ngay trên dòng đó: - {id: a, title: A}"),
        Case(name: "a document with two '---'",
             yaml: "wf: 1\nname: A\n---\nname: B\n", line: 3,
             en: "the file holds more than one YAML document; a plan is one document",
             vi: "tệp chứa nhiều hơn một tài liệu (ngăn cách bằng dòng '---'); mỗi tệp chỉ chứa một kế hoạch",
             fixEn: "delete this '---' line, or put each plan in a file of its own",
             fixVi: "xóa dòng '---' này, hoặc tách mỗi kế hoạch ra một tệp riêng"),
        Case(name: "a value starting with '@'",
             yaml: "goals:\n  - id: a\n    title: @lanh-dao xem lại\n", line: 3,
             en: "a value cannot start with '@'",
             vi: "giá trị không được bắt đầu bằng '@'",
             fixEn: "put the whole value in quotes: title: \"@lanh-dao xem lại\"",
             fixVi: "đặt cả giá trị trong dấu nháy kép: title: \"@lanh-dao xem lại\""),
        Case(name: "a value starting with a backtick",
             yaml: "goals:\n  - id: a\n    title: `bản nháp` lần 2\n", line: 3,
             en: "a value cannot start with '`'",
             vi: "giá trị không được bắt đầu bằng '`'",
             fixEn: "put the whole value in quotes: title: \"`bản nháp` lần 2\"",
             fixVi: "đặt cả giá trị trong dấu nháy kép: title: \"`bản nháp` lần 2\""),
        Case(name: "a value starting with '* '",
             yaml: "goals:\n  - id: a\n    title: * quan trọng\n", line: 3,
             en: "a value cannot start with '*'",
             vi: "giá trị không được bắt đầu bằng '*'",
             fixEn: "put the whole value in quotes: title: \"* quan trọng\"",
             fixVi: "đặt cả giá trị trong dấu nháy kép: title: \"* quan trọng\""),
        Case(name: "an alias with no anchor",
             yaml: "goals:\n  - id: a\n    owner: *so-tc\n", line: 3,
             en: "'*so-tc' reuses the part marked '&so-tc', but no '&so-tc' comes before it",
             vi: "'*so-tc' dùng lại phần được đánh dấu '&so-tc', nhưng phía trên chưa có dấu '&so-tc' nào",
             fixEn: "mark the part to reuse with '&so-tc' above this line, or write the value out; a value that starts with '*' goes in double quotes",
             fixVi: "đánh dấu phần cần dùng lại bằng '&so-tc' ở phía trên dòng này, hoặc viết thẳng giá trị ra; giá trị bắt đầu bằng '*' thì đặt trong dấu nháy kép"),
        Case(name: "a merge of a plain value",
             yaml: "goals:\n  - <<: chung\n    id: a\n", line: 2,
             en: "a merge key '<<' takes a mapping or a list of mappings, found a scalar",
             vi: "'<<' chỉ ghép được một nhóm mục hoặc danh sách các nhóm mục, ở đây lại là một giá trị đơn",
             fixEn: "", fixVi: ""),
    ]

    @Test("one error, at the line, with the fix in both languages", arguments: cases)
    func advice(_ example: Case) {
        let document = YAMLParser.parse(example.yaml)
        let errors = document.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.message.en))")
        guard let error = errors.first else { return }
        #expect(error.rule == example.rule)
        #expect(error.range.start.line == example.line)
        #expect(error.message.en == example.en)
        #expect(error.message.vi == example.vi)
        if !example.fixEn.isEmpty {
            #expect(error.notes.map(\.message.en).contains(example.fixEn), "\(error.notes.map(\.message.en))")
            #expect(error.notes.map(\.message.vi).contains(example.fixVi), "\(error.notes.map(\.message.vi))")
        }
        // libyaml's words come last, after the plain ones, marked as its own.
        if example.rule == .yamlSyntax, let says = error.notes.last, example.name != "a document with two '---'",
           !example.name.contains("alias"), !example.name.contains("merge") {
            #expect(says.message.en.hasPrefix("YAML says: "))
            #expect(says.message.vi.hasPrefix("Trình đọc YAML báo: "))
            #expect(says.message.en.dropFirst("YAML says: ".count) == says.message.vi.dropFirst("Trình đọc YAML báo: ".count))
        }
    }

    /// Mistakes YAML itself reads without complaint: the text arrives as written, for the plan's
    /// own checks (dates, ids, lists) to speak to.
    @Test("read as written, for the plan's checks", arguments: [
        ("after: a, b\n", "after", "a, b"),
        ("due: 26.04.2024\n", "due", "26.04.2024"),
        ("id: báo-cáo-quý\n", "id", "báo-cáo-quý"),
        ("title: Việc#1\n", "title", "Việc#1"),
        ("\u{FEFF}wf: 1\r\nname: Kế hoạch\r\n", "name", "Kế hoạch"),
        ("wf: 1\nname:\tKế hoạch\n", "name", "Kế hoạch"),
        ("name:\n", "name", ""),
        ("after: a, b]\n", "after", "a, b]"),
    ])
    func readAsWritten(yaml: String, key: String, text: String) {
        let document = YAMLParser.parse(yaml)
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.message.en))")
        #expect(document.root?[key]?.scalar?.text == text)
    }

    @Test("a quoted value with ': ' is fine; libyaml's words stay as a note")
    func quotedIsFine() {
        #expect(YAMLParser.parse("title: \"Lấy ý kiến: các sở\"\n").diagnostics.isEmpty)
        let document = YAMLParser.parse("title: Lấy ý kiến: các sở\n")
        #expect(document.diagnostics.first?.notes.last?.message.en == "YAML says: mapping values are not allowed in this context")
        #expect(document.diagnostics.first?.notes.last?.message.vi == "Trình đọc YAML báo: mapping values are not allowed in this context")
    }

    @Test("a file that is not UTF-8 says how to save it")
    func notUTF8() {
        let document = YAMLParser.parse([UInt8]("name: K".utf8) + [0xE1, 0x28] + [UInt8]("\n".utf8))
        let error = document.diagnostics.first
        #expect(error?.message.vi == "tệp không phải văn bản UTF-8 hợp lệ")
        #expect(error?.notes.first?.message.vi.hasPrefix("lưu lại tệp với bảng mã UTF-8") == true)
    }

    @Test("an error libyaml words without advice still reads in Vietnamese")
    func generalWords() {
        let document = YAMLParser.parse("goals:\n  - id: a\n  title: A\n")
        let error = document.diagnostics.first
        #expect(document.diagnostics.count == 1)
        #expect(error?.message.vi.contains("YAML") == false, "\(error?.message.vi ?? "")")
        #expect(error?.notes.last?.message.vi.hasPrefix("Trình đọc YAML báo: ") == true)
    }
}

/// The advice reads the lines around libyaml's position by hand: on every mistake of the
/// table cut, doubled and shuffled at seeded points it must give one located error at most
/// per mistake, and never crash.
@Suite("YAML advice on broken variants")
struct YAMLAdviceVariantTests {

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func variantsNeverCrash(seed: UInt64) {
        var random = SplitMix64(state: seed)
        let pieces: [Character] = [" ", "\t", ":", "-", "\"", "'", "[", "]", "{", "}", "#", "\n", "*", "&", "@", "|", ">"]
        var checked = 0
        for example in YAMLAdviceTests.cases {
            for _ in 0..<40 {
                var text = Array(example.yaml)
                for _ in 0..<Int.random(in: 1...3, using: &random) where !text.isEmpty {
                    let at = Int.random(in: 0..<text.count, using: &random)
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0: text.remove(at: at)
                    case 1: text.insert(pieces.randomElement(using: &random) ?? " ", at: at)
                    default: text.insert(text[at], at: at)
                    }
                }
                let document = YAMLParser.parse(String(text))
                for diagnostic in document.diagnostics {
                    #expect(diagnostic.range.start.line >= 1 && diagnostic.range.start.column >= 1)
                    #expect(!diagnostic.message.en.isEmpty && !diagnostic.message.vi.isEmpty)
                }
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
