/// The words of `wf explain` and of the diagnostics reference (docs/diagnostics.md in English,
/// docs/diagnostics.vi.md in Vietnamese) around each rule's own text (`FileRuleText`,
/// `PlanRuleText`): the headings of an explanation, the unknown-rule error, and the page's
/// sections on reading, formatting and silencing diagnostics.
@dynamicCallable
public enum ExplainText: String, MessageCatalog {
    case heading, whyItMatters, howToFix, wrong, right
    case unknownRule, unknownRuleDidYouMean
    case referenceTitle, otherLanguage, referenceIntro, referenceSeverities, referenceFormats
    case referenceSilencing, referenceSilencingComments, referenceRules
    case tableRule, tableSeverity, tableReports

    public var templates: (en: String, vi: String) {
        switch self {
        // MARK: wf explain
        case .heading: ("{rule} ({severity}): {summary}", "{rule} ({severity}): {summary}")
        case .whyItMatters: ("Why it matters", "Vì sao cần lưu ý")
        case .howToFix: ("How to fix it", "Cách sửa")
        case .wrong: ("Wrong", "Viết sai")
        case .right: ("Right", "Viết đúng")
        case .unknownRule: (
            "unknown rule '{name}' ('wf explain' lists the rules)",
            "không có quy tắc '{name}' ('wf explain' liệt kê các quy tắc)")
        case .unknownRuleDidYouMean: (
            "unknown rule '{name}'; did you mean '{suggestion}'? ('wf explain' lists the rules)",
            "không có quy tắc '{name}'; có phải ý bạn là '{suggestion}'? ('wf explain' liệt kê các quy tắc)")


        // MARK: The diagnostics reference
        case .referenceTitle: ("Diagnostics", "Lỗi và cảnh báo")
        case .otherLanguage: (
            "Đọc bằng tiếng Việt: [diagnostics.vi.md](diagnostics.vi.md)",
            "In English: [diagnostics.md](diagnostics.md)")
        case .referenceIntro: ("""
            `wf validate` and `wf run` report every problem they find in a plan, not just the
            first, each at the place in the file it is about:

            ```
            workflows/q4-plan.yaml:41:13: error: step 'gui-lanh-dao' needs unknown id 'bao-cao-qui' [unknown-reference]
               41 |     needs: [bao-cao-qui]
                  |             ^~~~~~~~~~~
            note: did you mean 'bao-cao-quy'?
            ```

            Lines and columns start at 1, and columns count characters, so the caret sits under
            the right letter of a Vietnamese title. The name in brackets is the rule: it never
            changes, it is what `# wf-ignore:` takes, and `wf explain RULE` prints its section of
            this page.
            """, """
            `wf validate` và `wf run` báo mọi vấn đề tìm thấy trong một kế hoạch, không chỉ vấn đề
            đầu tiên, mỗi vấn đề kèm vị trí trong tệp mà nó nói tới:

            ```
            workflows/q4-plan.yaml:41:13: lỗi: bước 'gui-lanh-dao' cần mã 'bao-cao-qui' nhưng kế hoạch không có [unknown-reference]
               41 |     needs: [bao-cao-qui]
                  |             ^~~~~~~~~~~
            ghi chú: có phải ý bạn là 'bao-cao-quy'?
            ```

            Dòng và cột đếm từ 1, và cột đếm theo từng chữ, nên dấu `^` nằm đúng dưới chữ cái của
            một tiêu đề tiếng Việt. Tên trong ngoặc vuông là quy tắc: tên này không bao giờ thay
            đổi, là tên mà `# wf-ignore:` nhận, và `wf explain RULE` in ra phần nói về quy tắc đó
            trong trang này (`wf explain RULE --lang vi` in bằng tiếng Việt).
            """)
        case .referenceSeverities: ("""
            ## Severities

            An **error** makes `wf validate` exit with status 1, and `wf run` does not run a plan
            that has one. A **warning** (`out-of-period`, `schedule-conflict`, `non-working-day`)
            is shown but does not fail the check, unless `wf validate --strict` is used.
            """, """
            ## Mức độ

            Một **lỗi** khiến `wf validate` kết thúc với mã thoát 1, và `wf run` không chạy kế
            hoạch còn lỗi. Một **cảnh báo** (`out-of-period`, `schedule-conflict`,
            `non-working-day`) được hiển thị nhưng không làm việc kiểm tra thất bại, trừ khi dùng
            `wf validate --strict`.
            """)
        case .referenceFormats: ("""
            ## Output formats

            `--format` chooses how diagnostics are printed:

            - `human` (the default): as above, followed by a summary line such as
              `2 errors and 1 warning in 3 files`. Colour on a terminal unless `NO_COLOR` is set
              or `TERM=dumb`; `FORCE_COLOR` or `--color always` colours into a pipe too, and
              `--color never` (`--no-color`) never colours. `--lang vi|en` chooses the language of
              the messages (else `WF_LANG`, the plan's `lang:`, the locale).
            - `github`: one GitHub Actions workflow command per diagnostic
              (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`), which
              GitHub shows as annotations on the pull request. Notes follow the message.
            - `json`: one object, keys always in this order:
              `{"files", "errors", "warnings", "diagnostics": [{"file", "line", "column",
              "end_line", "end_column", "severity", "rule", "message", "notes": [{"message",
              "line", "column"}]}]}`. `files` counts the files checked; a note without a place
              has `null` line and column.
            - `sarif`: SARIF 2.1.0, for GitHub code scanning
              (`github/codeql-action/upload-sarif`) and SARIF viewers. Every rule is described
              in `tool.driver.rules`, with a link to its section here. Files are addressed
              relative to `%SRCROOT%` (the repository root, else the current folder), declared in
              `originalUriBaseIds`.

            In the `json`, `github` and `sarif` formats `endColumn` is the column just after the
            range. In every format, diagnostics are listed file by file, in the order of their
            position in the file.
            """, """
            ## Cách in kết quả

            `--format` chọn cách in lỗi và cảnh báo:

            - `human` (mặc định): như trên, cuối cùng là một dòng tổng kết như
              `2 lỗi và 1 cảnh báo trong 3 tệp`. Tô màu khi in ra màn hình, trừ khi có biến môi
              trường `NO_COLOR` hoặc `TERM=dumb`; `FORCE_COLOR` hoặc `--color always` tô màu cả
              khi chuyển sang chương trình khác, còn `--color never` (`--no-color`) không bao giờ
              tô màu. `--lang vi|en` chọn ngôn ngữ của thông báo (nếu không có thì theo
              `WF_LANG`, `lang:` của kế hoạch, rồi ngôn ngữ của hệ thống).
            - `github`: mỗi lỗi hoặc cảnh báo là một lệnh của GitHub Actions
              (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`), được
              GitHub hiển thị thành chú thích ngay trên pull request. Ghi chú đi sau thông báo.
            - `json`: một đối tượng, các mục luôn theo thứ tự này:
              `{"files", "errors", "warnings", "diagnostics": [{"file", "line", "column",
              "end_line", "end_column", "severity", "rule", "message", "notes": [{"message",
              "line", "column"}]}]}`. `files` là số tệp đã kiểm tra; ghi chú không có vị trí thì
              dòng và cột là `null`.
            - `sarif`: SARIF 2.1.0, cho GitHub code scanning
              (`github/codeql-action/upload-sarif`) và các chương trình xem SARIF. Mỗi quy tắc
              được mô tả trong `tool.driver.rules`, kèm liên kết tới phần nói về quy tắc đó trong
              bản tiếng Anh của trang này. Đường dẫn tệp được ghi tương đối so với `%SRCROOT%`
              (thư mục gốc của kho mã, nếu không có thì thư mục hiện tại), khai báo trong
              `originalUriBaseIds`.

            Trong các cách in `json`, `github` và `sarif`, `endColumn` là cột ngay sau đoạn được
            chỉ ra. Ở mọi cách in, lỗi và cảnh báo được liệt kê theo từng tệp, theo thứ tự vị trí
            trong tệp.
            """)
        case .referenceSilencing: ("""
            ## Silencing a diagnostic

            A comment `# wf-ignore: RULE` at the end of a line silences that rule for the
            diagnostics that start on that line. Several rules are separated by commas, and
            text after ` -- ` is a reason for the reader. A comment
            `# wf-ignore-next-line: RULE` does the same for the line below it.
            """, """
            ## Tắt một lỗi hoặc cảnh báo

            Chú thích `# wf-ignore: RULE` ở cuối một dòng tắt quy tắc đó cho các lỗi và cảnh báo
            bắt đầu trên dòng ấy. Nhiều quy tắc thì viết cách nhau bằng dấu phẩy, và phần chữ sau
            ` -- ` là lý do, để người đọc hiểu. Chú thích `# wf-ignore-next-line: RULE` làm điều
            tương tự cho dòng ngay bên dưới.
            """)
        case .referenceSilencingComments: ("""
            As in YAML, `#` starts a comment at the start of a line or after a space or a tab,
            and not inside a quoted string: `title: "Kế hoạch # 3"` holds no comment. Inside a
            block scalar (`run: |`) a trailing `# wf-ignore:` counts too, so a script line can
            be silenced; the shell reads it as a comment. A rule name that does not exist is
            reported as a warning, so that a typo does not silently keep a diagnostic.
            """, """
            Giống như trong YAML, `#` mở đầu một chú thích khi đứng đầu dòng hoặc sau một dấu cách
            hay ký tự tab, và không có tác dụng bên trong chuỗi văn bản đặt trong dấu nháy kép:
            `title: "Kế hoạch # 3"` không chứa chú thích nào. Trong một đoạn văn bản nhiều dòng
            (`run: |`), `# wf-ignore:` ở cuối dòng cũng có tác dụng, nên có thể tắt thông báo cho
            một dòng lệnh; shell đọc nó như một chú thích. Tên quy tắc không có sẽ bị báo thành
            cảnh báo, để một lỗi gõ không lặng lẽ giữ lại một thông báo.
            """)
        case .referenceRules: ("Rules", "Các quy tắc")
        case .tableRule: ("Rule", "Quy tắc")
        case .tableSeverity: ("Severity", "Mức độ")
        case .tableReports: ("Reports", "Báo khi")
        }
    }
}
