/// What the rules about the file and its YAML structure mean, why they matter and how to fix
/// them: the text of `wf explain RULE`, docs/diagnostics.md and
/// docs/diagnostics.vi.md. Four entries per rule, in the order of `Rule`: a one-line summary
/// (lower-case, no full stop: it goes in a table), then the meaning, why it matters and how to
/// fix it, wrapped for a terminal, with `code` in backticks as in Markdown. The rule's wrong
/// and right examples are in `RuleDocumentation` (WFDiagnostics), which reads these entries.
@dynamicCallable
public enum FileRuleText: String, MessageCatalog {
    case yamlSyntaxSummary, yamlSyntaxMeaning, yamlSyntaxWhy, yamlSyntaxFix
    case yamlDuplicateKeySummary, yamlDuplicateKeyMeaning, yamlDuplicateKeyWhy, yamlDuplicateKeyFix
    case yamlLimitSummary, yamlLimitMeaning, yamlLimitWhy, yamlLimitFix
    case versionSummary, versionMeaning, versionWhy, versionFix
    case unknownKeySummary, unknownKeyMeaning, unknownKeyWhy, unknownKeyFix
    case missingKeySummary, missingKeyMeaning, missingKeyWhy, missingKeyFix
    case typeMismatchSummary, typeMismatchMeaning, typeMismatchWhy, typeMismatchFix
    case invalidValueSummary, invalidValueMeaning, invalidValueWhy, invalidValueFix
    case ioSummary, ioMeaning, ioWhy, ioFix

    public var templates: (en: String, vi: String) {
        switch self {
        // MARK: yamlSyntax
        case .yamlSyntaxSummary:
            ("the file is not well-formed YAML",
             "tệp không viết đúng cú pháp YAML")
        case .yamlSyntaxMeaning: ("""
            The YAML reader could not read the file: a quote or bracket is not closed, the
            indentation does not line up, a tab indents a line, or a value holds characters that
            YAML reads as syntax. The same rule covers files that are not YAML text at all (a
            binary file, invalid UTF-8), several documents in one file (`---` between them), an
            alias `*name` with no anchor `&name` before it, and a merge key `<<` given something
            other than a mapping.
            """, """
            wf không đọc được tệp: một dấu nháy hoặc dấu ngoặc chưa đóng, thụt lề không thẳng hàng,
            một dòng thụt lề bằng ký tự tab, hoặc một giá trị chứa ký tự mà YAML hiểu là cú pháp.
            Quy tắc này cũng áp dụng cho tệp hoàn toàn không phải văn bản YAML (tệp nhị phân, văn
            bản không đúng mã UTF-8), tệp chứa nhiều tài liệu (ngăn cách bởi `---`), chỗ dùng lại
            `*name` mà trước đó chưa có điểm đánh dấu `&name`, và mục gộp `<<` nhận một giá trị
            không phải nhóm mục.
            """)
        case .yamlSyntaxWhy: ("""
            Nothing after the error can be checked, so wf reports where the reader stopped. The
            mistake is usually on that line or just above it.
            """, """
            Không kiểm tra được gì sau chỗ lỗi, nên wf báo vị trí mà việc đọc dừng lại. Chỗ sai
            thường nằm ở chính dòng đó hoặc ngay dòng phía trên.
            """)
        case .yamlSyntaxFix: ("""
            Look at the line shown and the one above. Close quotes and brackets, indent with
            spaces only, and quote a value that starts with `{`, `[`, `*`, `&`, `!`, `%` or `@`,
            or that holds `: ` or ` #`. Inside `[ ]`, a value with `${{ }}` must be quoted, since
            its braces would start a mapping. Keep one plan per file.
            """, """
            Xem dòng được chỉ ra và dòng phía trên. Đóng đủ dấu nháy và dấu ngoặc, chỉ thụt lề bằng
            dấu cách, và đặt trong dấu nháy kép mọi giá trị bắt đầu bằng `{`, `[`, `*`, `&`, `!`,
            `%` hoặc `@`, hay có chứa `: ` hoặc ` #`. Trong `[ ]`, giá trị có `${{ }}` phải đặt
            trong dấu nháy kép, vì dấu ngoặc nhọn của nó sẽ bị hiểu là mở một nhóm mục. Mỗi tệp chỉ
            chứa một kế hoạch.
            """)
        // MARK: yamlDuplicateKey
        case .yamlDuplicateKeySummary:
            ("a mapping has the same key twice",
             "một nhóm mục có cùng một mục hai lần")
        case .yamlDuplicateKeyMeaning: ("""
            One mapping holds the same key twice, such as two `due:` lines in one goal. Many YAML
            readers keep the last value without a word; wf refuses the file. The note points at
            the first occurrence.
            """, """
            Một nhóm mục có cùng một mục hai lần, chẳng hạn hai dòng `due:` trong một nhiệm vụ.
            Nhiều chương trình đọc YAML lặng lẽ giữ giá trị sau cùng; wf thì từ chối tệp. Ghi chú
            chỉ ra chỗ mục đó xuất hiện lần đầu.
            """)
        case .yamlDuplicateKeyWhy: ("""
            Only one of the two values can be meant, and a deadline or a budget figure dropped
            without notice is the kind of mistake a plan checker is there to catch. The usual
            cause is a block copied from another item and edited halfway.
            """, """
            Chỉ một trong hai giá trị là đúng ý người viết, và một thời hạn hay một con số ngân sách
            bị bỏ đi mà không ai hay chính là loại sai sót mà việc kiểm tra kế hoạch cần phát hiện.
            Nguyên nhân thường gặp là một đoạn được chép từ việc khác rồi mới sửa được một nửa.
            """)
        case .yamlDuplicateKeyFix: ("""
            Keep one of the two keys. To share a block between items and change one key, put the
            block under an `x-` key with an anchor and merge it with `<<: *name`: a key written
            next to the merge replaces the merged one and is not a duplicate.
            """, """
            Giữ lại một trong hai mục. Để dùng chung một đoạn cho nhiều việc mà chỉ đổi một mục, đặt
            đoạn đó dưới một mục có tiền tố `x-` kèm điểm đánh dấu, rồi gộp vào bằng `<<: *name`:
            mục viết bên cạnh chỗ gộp sẽ thay cho mục được gộp vào và không bị coi là trùng.
            """)
        // MARK: yamlLimit
        case .yamlLimitSummary:
            ("the file is over a safety limit of the YAML reader",
             "tệp vượt quá một giới hạn an toàn khi đọc YAML")
        case .yamlLimitMeaning: ("""
            The file is larger than the size limit (64 MiB unless `--max-size` says otherwise),
            nests more than 256 levels deep, or its aliases expand to more nodes than the reader
            allows (the "billion laughs" pattern, where each alias repeats the one before).
            """, """
            Tệp lớn hơn giới hạn dung lượng (64 MiB, trừ khi `--max-size` quy định khác), lồng nhau
            sâu quá 256 cấp, hoặc các chỗ dùng lại (`*name`) bung ra nhiều phần tử hơn mức cho phép
            (kiểu "billion laughs", trong đó mỗi chỗ dùng lại nhân bản chỗ đứng trước nó nhiều lần).
            """)
        case .yamlLimitWhy: ("""
            The limits keep `wf validate` in CI and the daily `wf run` fast and safe whatever the
            input: a broken or hostile file gets a located error instead of taking all the
            memory of the machine.
            """, """
            Các giới hạn này giúp `wf validate` trong CI và lệnh `wf run` hằng ngày luôn nhanh và an
            toàn với bất kỳ tệp nào: một tệp hỏng hoặc cố tình gây hại sẽ nhận một lỗi có vị trí rõ
            ràng thay vì chiếm hết bộ nhớ của máy.
            """)
        case .yamlLimitFix: ("""
            A real plan is far below these limits, so the file is probably not a plan (a log, a
            data dump, a generated file) or its aliases nest inside each other. Keep large data
            in a CSV file that a budget checkpoint reads, flatten deep nesting, and let each
            alias point at a plain block. Raise the size limit with `--max-size` if you must.
            """, """
            Một kế hoạch thật nhỏ hơn các giới hạn này rất nhiều, nên có lẽ tệp không phải là kế
            hoạch (một tệp nhật ký, một bản kết xuất dữ liệu, một tệp sinh tự động) hoặc các chỗ
            dùng lại lồng vào nhau. Để dữ liệu lớn trong một tệp CSV mà mốc giải ngân đọc vào, bớt
            các cấp lồng nhau, và cho mỗi chỗ dùng lại trỏ tới một đoạn đơn giản. Nếu thật sự cần,
            tăng giới hạn dung lượng bằng `--max-size`.
            """)
        // MARK: version
        case .versionSummary:
            ("`wf:` does not name a format version this wf reads",
             "`wf:` không ghi một phiên bản định dạng mà bản wf này đọc được")
        case .versionMeaning: ("""
            The top-level key `wf:` gives the version of the file format. This wf reads version
            1; the file asks for another version, or `wf:` holds something that is not a version
            number. (A file without `wf:` at all gets `missing-key`.)
            """, """
            Mục `wf:` ở đầu tệp cho biết phiên bản của định dạng tệp. Bản wf này đọc phiên bản 1;
            tệp lại yêu cầu một phiên bản khác, hoặc `wf:` chứa một giá trị không phải số phiên bản.
            (Tệp hoàn toàn không có `wf:` sẽ nhận lỗi `missing-key`.)
            """)
        case .versionWhy: ("""
            The version lets later releases change the format without misreading older plans: a
            file written for another version may mean something different in this one.
            """, """
            Số phiên bản cho phép các bản phát hành sau thay đổi định dạng mà không đọc sai các kế
            hoạch cũ: một tệp viết cho phiên bản khác có thể mang nghĩa khác trong phiên bản này.
            """)
        case .versionFix: ("""
            Write `wf: 1` as the first line of the plan. If the file was written for a newer
            release of wf, upgrade wf.
            """, """
            Viết `wf: 1` ở dòng đầu tiên của kế hoạch. Nếu tệp được viết cho một bản wf mới hơn, hãy
            nâng cấp wf.
            """)
        // MARK: unknownKey
        case .unknownKeySummary:
            ("a key the format does not have at that place",
             "một mục mà định dạng không có ở vị trí đó")
        case .unknownKeyMeaning: ("""
            A mapping holds a key that wf does not know there: a typo (`tittle`, `deu`), a key of
            another kind of item (`date` on a goal, `due` on an event), or a key meant for
            another tool. The note suggests the closest key wf knows.
            """, """
            Một nhóm mục chứa một mục mà wf không biết ở vị trí đó: gõ sai chính tả (`tittle`,
            `deu`), mục của một loại việc khác (`date` trong một nhiệm vụ, `due` trong một sự kiện),
            hoặc mục dành cho một công cụ khác. Ghi chú gợi ý mục gần giống nhất mà wf biết.
            """)
        case .unknownKeyWhy: ("""
            The value of an unknown key would be ignored, and that is almost never what the
            author meant: a misspelt `due` leaves a goal with no deadline to check.
            """, """
            Giá trị của một mục không có trong định dạng sẽ bị bỏ qua, và điều đó hầu như không bao
            giờ là ý người viết: một mục `due` viết sai chính tả khiến nhiệm vụ không còn thời hạn
            nào để kiểm tra.
            """)
        case .unknownKeyFix: ("""
            Correct the spelling as the note suggests, or move the key to the item it belongs
            to. Keys for your own use go at the top level with an `x-` prefix (the place for
            anchors); values for expressions go under `vars:`.
            """, """
            Sửa chính tả theo gợi ý của ghi chú, hoặc chuyển mục về đúng việc mà nó thuộc về. Mục
            dành cho việc riêng của bạn đặt ở cấp ngoài cùng, với tiền tố `x-` (nơi đặt các điểm
            đánh dấu); giá trị dùng trong biểu thức đặt dưới `vars:`.
            """)
        // MARK: missingKey
        case .missingKeySummary:
            ("a required key is absent",
             "thiếu một mục bắt buộc")
        case .missingKeyMeaning: ("""
            An item lacks a key it must have: `wf` and `name` at the top of the file; `id`,
            `title` and `due` on a goal or a `prepare` item; `id`, `title` and `date` on an
            event; `id`, `title`, `date` and `budget` on a checkpoint; `id` and one of `uses` or
            `run` on a step. An empty file is reported under this rule too.
            """, """
            Một việc thiếu mục bắt buộc phải có: `wf` và `name` ở đầu tệp; `id`, `title` và `due`
            trong một nhiệm vụ hoặc một việc chuẩn bị (`prepare`); `id`, `title` và `date` trong một
            sự kiện; `id`, `title`, `date` và `budget` trong một mốc giải ngân; `id` và một trong
            hai mục `uses` hoặc `run` trong một bước. Tệp rỗng cũng được báo theo quy tắc này.
            """)
        case .missingKeyWhy: ("""
            Without these keys wf cannot place the item on the calendar, name it in reminders
            and reports, or run it.
            """, """
            Thiếu các mục này thì wf không thể xếp việc vào lịch, nêu tên việc trong nhắc việc và
            báo cáo, hay chạy việc đó.
            """)
        case .missingKeyFix: ("""
            Add the key to the item the diagnostic points at. A checkpoint's `budget` needs
            `allocated` and `spent`, or a CSV `file`.
            """, """
            Thêm mục còn thiếu vào việc mà thông báo chỉ ra. Mục `budget` của một mốc giải ngân cần
            có `allocated` và `spent`, hoặc một tệp CSV ở `file`.
            """)
        // MARK: typeMismatch
        case .typeMismatchSummary:
            ("a value has the wrong shape: a list, a mapping or a single value",
             "một giá trị sai dạng: danh sách, nhóm mục hay giá trị đơn")
        case .typeMismatchMeaning: ("""
            A key holds the wrong kind of value: a list where wf expects a mapping, a mapping
            where it expects a single value, a single value where it expects a list, or a value
            that is not a string, number or boolean where one is needed.
            """, """
            Một mục chứa giá trị sai dạng: một danh sách ở chỗ wf cần một nhóm mục, một nhóm mục ở
            chỗ cần một giá trị đơn, một giá trị đơn ở chỗ cần một danh sách, hoặc một giá trị không
            phải chuỗi văn bản, số, hay true hoặc false ở chỗ cần một trong các loại đó.
            """)
        case .typeMismatchWhy: ("""
            wf reads each key with one meaning. Guessing what another shape was meant to say
            would accept plans that do something other than what they seem to.
            """, """
            wf hiểu mỗi mục theo đúng một nghĩa. Nếu tự đoán ý của một giá trị viết sai dạng, wf sẽ
            chấp nhận những kế hoạch chạy khác với điều mà chúng có vẻ muốn nói.
            """)
        case .typeMismatchFix: ("""
            Write the shape the message asks for: a list as `[a, b]` or as lines starting with
            `- `; a mapping as `key: value` lines or `{ key: value }`. Owners, for example, are a
            mapping from an owner id to its details, not a list of names.
            """, """
            Viết đúng dạng mà thông báo yêu cầu: danh sách viết là `[a, b]` hoặc các dòng bắt đầu
            bằng `- `; nhóm mục viết là các dòng `key: value` hoặc `{ key: value }`. Ví dụ, `owners`
            là một nhóm mục đi từ mã của đơn vị tới thông tin của đơn vị đó, không phải một danh
            sách tên.
            """)
        // MARK: invalidValue
        case .invalidValueSummary:
            ("a value has the right shape but is not one wf accepts",
             "một giá trị đúng dạng nhưng không phải giá trị wf chấp nhận")
        case .invalidValueMeaning: ("""
            The value is of the right kind but not allowed there: a `period` that is not a year,
            half, quarter, month or `{start, end}`, a period that ends before it starts, an
            unknown `timezone`, a `lang` other than `vi` or `en`, an unknown `calendar`, a
            notification channel with an unknown scheme, a step with both `uses` and `run`, a
            `retry` count out of range.
            """, """
            Giá trị đúng loại nhưng không được phép ở vị trí đó: một `period` không phải năm, nửa
            năm, quý, tháng hay `{start, end}`, một kỳ kết thúc trước khi bắt đầu, một `timezone`
            không có, một `lang` khác `vi` và `en`, một `calendar` không có, một kênh thông báo có
            kiểu địa chỉ không có, một bước có cả `uses` lẫn `run`, một số lần `retry` ngoài khoảng
            cho phép.
            """)
        case .invalidValueWhy: ("""
            wf would otherwise have to guess, and a guess about which quarter a plan covers or
            where a reminder goes is worse than an error in CI.
            """, """
            Nếu không báo lỗi, wf sẽ phải đoán, mà đoán sai kế hoạch thuộc quý nào hay nhắc việc gửi
            đi đâu thì còn tệ hơn một lỗi trong CI.
            """)
        case .invalidValueFix: ("""
            Use one of the forms the message lists. Periods are written `2023`, `2023-H2`,
            `2023-Q4`, `2023-10` or `{ start: 2023-10-01, end: 2023-12-31 }`; channels are
            `console:`, `file:PATH`, `eml:DIR`, `mailto:ADDRESS`, `https://…` or `owner:ID`.
            """, """
            Dùng một trong các cách viết mà thông báo liệt kê. Kỳ viết là `2023`, `2023-H2`,
            `2023-Q4`, `2023-10` hoặc `{ start: 2023-10-01, end: 2023-12-31 }`; kênh thông báo là
            `console:`, `file:PATH`, `eml:DIR`, `mailto:ADDRESS`, `https://…` hoặc `owner:ID`.
            """)
        // MARK: io
        case .ioSummary:
            ("the file cannot be read",
             "không đọc được tệp")
        case .ioMeaning: ("""
            wf could not read the file: there is no file at that path, the path is a folder
            given where a file was expected, permission is denied, or reading failed. (A file
            over the size limit gets `yaml-limit`; a binary file gets `yaml-syntax`.)
            """, """
            wf không đọc được tệp: không có tệp nào ở đường dẫn đó, đường dẫn là một thư mục trong
            khi cần một tệp, không có quyền đọc, hoặc việc đọc bị lỗi. (Tệp vượt giới hạn dung lượng
            nhận lỗi `yaml-limit`; tệp nhị phân nhận lỗi `yaml-syntax`.)
            """)
        case .ioWhy: ("""
            Nothing in the file can be checked. In CI it usually means a wrong path in the CI
            configuration or a file that was not checked out.
            """, """
            Không kiểm tra được gì trong tệp. Trong CI, lỗi này thường do đường dẫn ghi sai trong
            cấu hình CI hoặc tệp chưa được lấy về (checkout).
            """)
        case .ioFix: ("""
            Check the path and the permissions. `wf validate` takes files and folders, and in a
            folder it checks every `*.yaml` and `*.yml` file, so passing the folder avoids
            spelling each name. The example is a command line, as this rule is about the path.
            """, """
            Kiểm tra đường dẫn và quyền truy cập. `wf validate` nhận cả tệp lẫn thư mục, và với một
            thư mục thì kiểm tra mọi tệp `*.yaml` và `*.yml` trong đó, nên đưa cả thư mục vào sẽ
            không phải gõ từng tên tệp. Ví dụ là một dòng lệnh, vì quy tắc này nói về đường dẫn.
            """)
        }
    }
}
