/// What the rules about the plan (ids, references, dates, steps and expressions) mean, why
/// they matter and how to fix them: the text of `wf explain RULE`, docs/diagnostics.md and
/// docs/diagnostics.vi.md. Four entries per rule, in the order of `Rule`: a one-line summary
/// (lower-case, no full stop: it goes in a table), then the meaning, why it matters and how to
/// fix it, wrapped for a terminal, with `code` in backticks as in Markdown. The rule's wrong
/// and right examples are in `RuleDocumentation` (WFDiagnostics), which reads these entries.
@dynamicCallable
public enum PlanRuleText: String, MessageCatalog {
    case invalidIDSummary, invalidIDMeaning, invalidIDWhy, invalidIDFix
    case duplicateIDSummary, duplicateIDMeaning, duplicateIDWhy, duplicateIDFix
    case unknownReferenceSummary, unknownReferenceMeaning, unknownReferenceWhy, unknownReferenceFix
    case cycleSummary, cycleMeaning, cycleWhy, cycleFix
    case invalidDateSummary, invalidDateMeaning, invalidDateWhy, invalidDateFix
    case invalidDurationSummary, invalidDurationMeaning, invalidDurationWhy, invalidDurationFix
    case outOfPeriodSummary, outOfPeriodMeaning, outOfPeriodWhy, outOfPeriodFix
    case nonWorkingDaySummary, nonWorkingDayMeaning, nonWorkingDayWhy, nonWorkingDayFix
    case scheduleConflictSummary, scheduleConflictMeaning, scheduleConflictWhy, scheduleConflictFix
    case unknownPluginSummary, unknownPluginMeaning, unknownPluginWhy, unknownPluginFix
    case pluginInputSummary, pluginInputMeaning, pluginInputWhy, pluginInputFix
    case expressionSummary, expressionMeaning, expressionWhy, expressionFix
    case scriptInjectionSummary, scriptInjectionMeaning, scriptInjectionWhy, scriptInjectionFix
    case undeclaredSecretSummary, undeclaredSecretMeaning, undeclaredSecretWhy, undeclaredSecretFix

    public var templates: (en: String, vi: String) {
        switch self {
        // MARK: invalidID
        case .invalidIDSummary:
            ("an id is not a lower-case ASCII slug",
             "một mã không viết bằng chữ thường không dấu, chữ số và dấu gạch ngang")
        case .invalidIDMeaning: ("""
            Ids are slugs: lower-case ASCII letters, digits and hyphens, starting with a letter
            or a digit (`[a-z0-9][a-z0-9-]*`). Vietnamese letters, capitals, spaces and
            underscores are not allowed in an id; the `title` holds the text in full.
            """, """
            Mã chỉ gồm chữ cái ASCII viết thường (không dấu), chữ số và dấu gạch ngang, bắt đầu bằng
            một chữ cái hoặc chữ số (`[a-z0-9][a-z0-9-]*`). Mã không được có chữ tiếng Việt có dấu,
            chữ hoa, dấu cách hay dấu gạch dưới; tên đầy đủ viết ở `title`.
            """)
        case .invalidIDWhy: ("""
            Ids appear in expressions (`steps.bao-cao-quy.outputs.path`), in file names, in the
            run history and in addresses, where diacritics and spaces break or get mangled.
            """, """
            Mã xuất hiện trong biểu thức (`steps.bao-cao-quy.outputs.path`), trong tên tệp, trong
            lịch sử các lần chạy và trong địa chỉ, là những chỗ mà dấu tiếng Việt và dấu cách gây
            lỗi hoặc bị biến dạng.
            """)
        case .invalidIDFix: ("""
            Write the id without diacritics, in lower case, with hyphens between words: `Báo cáo
            quý` becomes `bao-cao-quy`, `Nghị quyết 44` becomes `nq44`. Then update `after:`,
            `needs:` and expressions that name it.
            """, """
            Viết mã không dấu, chữ thường, các từ nối bằng dấu gạch ngang: `Báo cáo quý` thành
            `bao-cao-quy`, `Nghị quyết 44` thành `nq44`. Sau đó sửa lại các chỗ `after:`,
            `needs:` và các biểu thức có nhắc tới mã đó.
            """)
        // MARK: duplicateID
        case .duplicateIDSummary:
            ("two items, steps, owners or secrets share a name",
             "hai việc, hai bước, hai đơn vị hoặc hai thông tin bí mật trùng tên")
        case .duplicateIDMeaning: ("""
            Ids must be unique across goals, events, their `prepare` items, checkpoints and
            steps; an owner or a secret may not be declared twice either. The note points at
            the first one.
            """, """
            Mã phải khác nhau trên toàn bộ các nhiệm vụ, sự kiện, việc chuẩn bị (`prepare`) của
            chúng, mốc giải ngân và bước; một đơn vị hay một thông tin bí mật (secret) cũng không
            được khai báo hai lần. Ghi chú chỉ ra chỗ khai báo đầu tiên.
            """)
        case .duplicateIDWhy: ("""
            `after:`, `needs:` and expressions find items by id. With two items of one id a
            reference could mean either, and the run history would mix their results.
            """, """
            `after:`, `needs:` và biểu thức tìm việc theo mã. Nếu hai việc cùng một mã, một chỗ nhắc
            tới mã đó có thể hiểu là việc nào cũng được, và lịch sử các lần chạy sẽ trộn lẫn kết quả
            của chúng.
            """)
        case .duplicateIDFix: ("""
            Rename one of the two, and update the references that meant it.
            """, """
            Đổi tên một trong hai, và sửa các chỗ nhắc tới việc được đổi tên.
            """)
        // MARK: unknownReference
        case .unknownReferenceSummary:
            ("a name refers to an item, step, owner, variable or output the plan does not have",
             "một tên chỉ tới việc, bước, đơn vị, biến hoặc kết quả mà kế hoạch không có")
        case .unknownReferenceMeaning: ("""
            An `after:`, a `needs:`, an `owner:` or an `owner:ID` channel names an item, step or
            owner that the plan does not declare, or an expression `${{ }}` reads something
            that does not exist: an undeclared variable (`vars.x`), an unknown goal, event,
            checkpoint, step or owner, an output the step's plugin does not declare, or a
            context other than `vars`, `plan`, `goals`, `events`, `checkpoints`, `steps`,
            `owners`, `run`, `env` and `secrets`. The note suggests the closest name that
            exists.
            """, """
            Một `after:`, `needs:`, `owner:` hoặc kênh `owner:ID` nêu tên một việc, một bước hay một
            đơn vị mà kế hoạch không khai báo, hoặc một biểu thức `${{ }}` đọc một thứ không tồn
            tại: một biến chưa khai báo (`vars.x`), một nhiệm vụ, sự kiện, mốc giải ngân, bước hay
            đơn vị không có, một kết quả mà mô-đun của bước không khai báo, hoặc một nhóm dữ liệu
            khác với `vars`, `plan`, `goals`, `events`, `checkpoints`, `steps`, `owners`, `run`,
            `env` và `secrets`. Ghi chú gợi ý tên gần giống nhất đang có.
            """)
        case .unknownReferenceWhy: ("""
            A dependency on a missing item orders nothing, so a step could run before its input
            is ready; a reminder for an unknown owner reaches nobody; an expression that reads
            nothing fails its step on the day it runs.
            """, """
            Phụ thuộc vào một việc không có thì không sắp được thứ tự nào, nên một bước có thể chạy
            trước khi tham số của nó sẵn sàng; nhắc việc gửi cho một đơn vị không có thì không đến
            tay ai; biểu thức không đọc được gì sẽ làm bước của nó thất bại đúng vào ngày chạy.
            """)
        case .unknownReferenceFix: ("""
            Correct the name as the note suggests, or declare what it should name. Ids are used
            as they are written (`steps.bao-cao-quy.outputs.path`); `wf plugins NAME` lists the
            outputs of a plugin.
            """, """
            Sửa tên theo gợi ý của ghi chú, hoặc khai báo thứ mà tên đó cần chỉ tới. Mã được dùng
            đúng như khi viết (`steps.bao-cao-quy.outputs.path`); `wf plugins NAME` liệt kê các kết
            quả của một mô-đun.
            """)
        // MARK: cycle
        case .cycleSummary:
            ("items depend on each other in a loop",
             "các việc phụ thuộc lẫn nhau thành vòng")
        case .cycleMeaning: ("""
            Following `after:`, `needs:`, `prepare:` and the step outputs that expressions use
            leads back to where it started. The message names the whole loop, and a note shows
            each dependency in it.
            """, """
            Lần theo `after:`, `needs:`, `prepare:` và các kết quả của bước mà biểu thức dùng tới
            thì quay lại đúng chỗ xuất phát. Thông báo nêu toàn bộ vòng phụ thuộc, và mỗi ghi chú
            chỉ ra một mối phụ thuộc trong vòng.
            """)
        case .cycleWhy: ("""
            No order satisfies a loop: none of its items could ever start, and their deadline
            status (`blocked`) would never change.
            """, """
            Không có thứ tự nào thỏa mãn một vòng phụ thuộc: không việc nào trong vòng có thể bắt
            đầu, và trạng thái thời hạn của chúng (`blocked`) sẽ không bao giờ thay đổi.
            """)
        case .cycleFix: ("""
            Decide which of the dependencies is not real and remove it. Often one `after:` was
            written on the wrong item.
            """, """
            Xác định mối phụ thuộc nào không có thật và bỏ nó đi. Thường là một `after:` bị viết
            nhầm vào việc khác.
            """)
        // MARK: invalidDate
        case .invalidDateSummary:
            ("a date cannot be read or does not exist",
             "một ngày không đọc được hoặc không có thật")
        case .invalidDateMeaning: ("""
            Dates are written `2023-10-10` or, day first as in Vietnamese documents,
            `10/10/2023`, optionally with a time: `2023-10-10T08:00`. A goal's or prepare item's
            `due:` and a checkpoint's `date:` may also be a deadline phrase (`Quý II/2025`,
            `Trước 15/10/2025`, `Thường xuyên`). Other forms, words, and days that do not exist
            (`31/11/2023`, `29/02/2023`) are rejected. The message says what is wrong: the
            month's length, a month written first (`04/26/2024`, with `26/04/2024` suggested),
            a two-digit year, dots or dashes instead of `/`; a near-miss phrase gets a
            suggestion (`Quí II/2025` → `Quý II/2025`).
            """, """
            Ngày viết là `2023-10-10` hoặc, ngày trước tháng sau như trong văn bản tiếng Việt,
            `10/10/2023`, có thể kèm giờ: `2023-10-10T08:00`. `due:` của một nhiệm vụ hay việc chuẩn
            bị và `date:` của một mốc giải ngân cũng có thể là một cụm từ chỉ thời hạn
            (`Quý II/2025`, `Trước 15/10/2025`, `Thường xuyên`). Các cách viết khác, các từ ngữ
            khác, và những ngày không có thật (`31/11/2023`, `29/02/2023`) đều bị từ chối. Thông báo
            nói rõ chỗ sai: số ngày của tháng, tháng viết trước (`04/26/2024`, gợi ý `26/04/2024`),
            năm viết hai chữ số, dấu chấm hoặc gạch ngang thay cho `/`; một cụm từ gần đúng sẽ được
            gợi ý cách viết đúng (`Quí II/2025` → `Quý II/2025`).
            """)
        case .invalidDateWhy: ("""
            A misread date puts a deadline in the wrong month, and every status, reminder and
            report computed from it is then wrong.
            """, """
            Đọc sai một ngày là đặt thời hạn vào nhầm tháng, và mọi trạng thái, nhắc việc, báo cáo
            tính từ ngày đó đều sai theo.
            """)
        case .invalidDateFix: ("""
            Write the date as `YYYY-MM-DD` or `DD/MM/YYYY` (day first, four-digit year), and
            check that the day exists; or write one of the phrases the message lists.
            """, """
            Viết ngày theo dạng `YYYY-MM-DD` hoặc `DD/MM/YYYY` (ngày trước, năm đủ bốn chữ số), và
            kiểm tra ngày đó có thật; hoặc viết một trong các cụm từ mà thông báo liệt kê.
            """)
        // MARK: invalidDuration
        case .invalidDurationSummary:
            ("a duration cannot be read",
             "một khoảng thời gian không đọc được")
        case .invalidDurationMeaning: ("""
            Durations are a number and a unit, without a space: `14d` calendar days, `10wd`
            working days, `2w` weeks, `4h` hours, `30m` minutes, `45s` seconds; a leading `-`
            means before. They appear in `remind:`, in the `due:` of a `prepare` item, in
            `warn:` and in `timeout:` (which takes s, m, h or d and must be positive).
            """, """
            Khoảng thời gian gồm một số và một đơn vị, viết liền không có dấu cách: `14d` là 14
            ngày, `10wd` là 10 ngày làm việc, `2w` là 2 tuần, `4h` là 4 giờ, `30m` là 30 phút, `45s`
            là 45 giây; dấu `-` ở đầu nghĩa là trước đó. Khoảng thời gian dùng trong `remind:`,
            trong `due:` của một việc chuẩn bị (`prepare`), trong `warn:` và trong `timeout:` (chỉ
            nhận s, m, h hoặc d và phải lớn hơn 0).
            """)
        case .invalidDurationWhy: ("""
            Reminders and relative deadlines are computed from durations; one that cannot be
            read would silently drop a reminder or a deadline.
            """, """
            Nhắc việc và thời hạn tương đối đều được tính từ khoảng thời gian; một khoảng không đọc
            được sẽ lặng lẽ làm mất một nhắc việc hay một thời hạn.
            """)
        case .invalidDurationFix: ("""
            Write the number and the unit together: `3 ngày` becomes `3d`, `10 ngày làm việc`
            becomes `10wd`, `2 tuần` becomes `2w`.
            """, """
            Viết số và đơn vị liền nhau: `3 ngày` thành `3d`, `10 ngày làm việc` thành `10wd`,
            `2 tuần` thành `2w`.
            """)
        // MARK: outOfPeriod
        case .outOfPeriodSummary:
            ("a date falls outside the plan's period",
             "một ngày nằm ngoài kỳ của kế hoạch")
        case .outOfPeriodMeaning: ("""
            A goal's due date, an event, a `prepare` item with a date of its own or a checkpoint
            falls outside the `period:` of the plan (a `prepare` item due relative to its event,
            such as `-10wd`, is not checked). The note points at the period.
            """, """
            Thời hạn của một nhiệm vụ, một sự kiện, một việc chuẩn bị (`prepare`) có ngày riêng hoặc
            một mốc giải ngân nằm ngoài kỳ `period:` của kế hoạch (việc chuẩn bị có thời hạn tính
            theo sự kiện, như `-10wd`, thì không bị kiểm tra). Ghi chú chỉ ra kỳ của kế hoạch.
            """)
        case .outOfPeriodWhy: ("""
            It is usually a typo in the year or month, or an item copied from last quarter's
            plan without its date. It is a warning, not an error, because a plan may track an
            item on purpose that ends after the quarter.
            """, """
            Thường là gõ nhầm năm hoặc tháng, hoặc một việc chép từ kế hoạch quý trước mà chưa sửa
            ngày. Đây là cảnh báo, không phải lỗi, vì kế hoạch có thể cố ý theo dõi một việc kết
            thúc sau khi hết quý.
            """)
        case .outOfPeriodFix: ("""
            Correct the date, widen the period (`2023-H2`, or `{ start: 2023-10-01, end:
            2024-01-15 }`), or move the item to the plan of its own period. For a deliberate
            exception, write `# wf-ignore: out-of-period` at the end of the line. `wf validate
            --strict` makes warnings fail the check.
            """, """
            Sửa ngày, mở rộng kỳ (`2023-H2`, hoặc `{ start: 2023-10-01, end: 2024-01-15 }`), hoặc
            chuyển việc sang kế hoạch của đúng kỳ. Với một ngoại lệ có chủ ý, viết
            `# wf-ignore: out-of-period` ở cuối dòng. `wf validate --strict` khiến cả cảnh báo cũng
            làm việc kiểm tra không đạt.
            """)
        // MARK: nonWorkingDay
        case .nonWorkingDaySummary:
            ("a date written in the plan falls on a weekend or a holiday",
             "một ngày ghi trong kế hoạch rơi vào cuối tuần hoặc ngày lễ")
        case .nonWorkingDayMeaning: ("""
            A goal's or `prepare` item's due date, an event's date or a checkpoint's date,
            written as a date, falls on a day off of the plan's calendar (`calendar:`, the
            Vietnamese calendar by default): a Saturday or Sunday, a public holiday such as
            30/4, Tết or 2/9, a swapped day off, or a day the plan itself takes off. The message
            names the day and the working day before it. Dates written as phrases ("Quý
            II/2025", "Trước 15/10/2025") are not checked: wf already moves them to a working day.
            """, """
            Thời hạn của một nhiệm vụ hay việc chuẩn bị (`prepare`), ngày của một sự kiện hay của
            một mốc giải ngân, khi viết dưới dạng ngày, rơi vào ngày nghỉ theo lịch của kế hoạch
            (`calendar:`, mặc định là lịch Việt Nam): thứ Bảy hoặc Chủ nhật, ngày lễ như 30/4, Tết
            hay 2/9, ngày nghỉ hoán đổi, hoặc ngày nghỉ riêng do kế hoạch quy định. Thông báo nêu
            ngày đó và ngày làm việc liền trước. Ngày viết bằng cụm từ ("Quý II/2025", "Trước
            15/10/2025") không bị kiểm tra: wf đã tự chuyển chúng về một ngày làm việc.
            """)
        case .nonWorkingDayWhy: ("""
            Nobody is at work to finish or receive the task on that day: a deadline on a day off
            really falls on the working day before, and the reminders and the report count
            working days. It is usually a date copied from another year, whose weekdays differ.
            It is a warning, not an error: an event on a Saturday may be meant.
            """, """
            Vào ngày đó không ai làm việc để hoàn thành hay tiếp nhận nhiệm vụ: thời hạn rơi vào
            ngày nghỉ thực chất là ngày làm việc liền trước, và nhắc việc cùng báo cáo đều tính theo
            ngày làm việc. Thường đó là một ngày chép từ năm khác, khi các thứ trong tuần đã khác.
            Đây là cảnh báo, không phải lỗi: một sự kiện vào thứ Bảy có thể là có chủ ý.
            """)
        case .nonWorkingDayFix: ("""
            Write the working day before (the message names it), or a phrase that says what is
            meant ("Tháng 8/2026" is due on its last working day). For a date that is meant
            (an event held on a weekend), write `# wf-ignore: non-working-day` at the end of
            the line.
            """, """
            Viết ngày làm việc liền trước (thông báo có nêu), hoặc một cụm từ nói đúng ý ("Tháng
            8/2026" có thời hạn là ngày làm việc cuối cùng của tháng). Với một ngày có chủ ý (sự
            kiện tổ chức vào cuối tuần), viết `# wf-ignore: non-working-day` ở cuối dòng.
            """)
        // MARK: scheduleConflict
        case .scheduleConflictSummary:
            ("an item is due before something it depends on, or a `prepare` item after its event",
             "một việc có thời hạn trước việc mà nó phụ thuộc, hoặc một việc chuẩn bị (`prepare`) đến hạn sau sự kiện của nó")
        case .scheduleConflictMeaning: ("""
            An item with `after:` is due earlier than an item it comes after, or a `prepare`
            item is due after the date of its event. The note shows the other date.
            """, """
            Một việc có `after:` lại có thời hạn sớm hơn thời hạn của một việc phải xong trước nó,
            hoặc một việc chuẩn bị (`prepare`) có thời hạn sau ngày diễn ra sự kiện của nó. Ghi chú
            cho biết ngày của việc kia.
            """)
        case .scheduleConflictWhy: ("""
            The plan cannot be carried out as written: the later task's deadline passes before
            its input exists. It is a warning because some dates are fixed by a higher authority
            and cannot move, but the conflict still needs a decision.
            """, """
            Kế hoạch không thể thực hiện như đã viết: thời hạn của việc làm sau đã qua trước khi có
            kết quả của việc làm trước. Đây là cảnh báo vì có những ngày do cấp trên ấn định, không
            thể dời, nhưng chỗ vướng này vẫn cần được quyết định cách xử lý.
            """)
        case .scheduleConflictFix: ("""
            Move one of the dates, or remove the dependency if it is not real. Give a `prepare`
            item a date before the event, or a relative due such as `-10wd`.
            """, """
            Dời một trong hai ngày, hoặc bỏ mối phụ thuộc nếu nó không có thật. Cho việc chuẩn bị
            (`prepare`) một ngày trước sự kiện, hoặc một thời hạn tính theo sự kiện như `-10wd`.
            """)
        // MARK: unknownPlugin
        case .unknownPluginSummary:
            ("a step uses a plugin that does not exist",
             "một bước dùng mô-đun không có")
        case .unknownPluginMeaning: ("""
            A step's `uses:` names no built-in plugin. The built-in plugins are `notify`,
            `report`, `deadline`, `budget` and `shell`; `wf plugins` lists them with their
            inputs. The note suggests the closest name.
            """, """
            `uses:` của một bước không nêu tên mô-đun có sẵn nào. Các mô-đun có sẵn là `notify`,
            `report`, `deadline`, `budget` và `shell`; `wf plugins` liệt kê chúng cùng các tham số.
            Ghi chú gợi ý tên gần giống nhất.
            """)
        case .unknownPluginWhy: ("""
            The step cannot run, and neither can the steps that need it.
            """, """
            Bước này không chạy được, và các bước cần đến nó cũng vậy.
            """)
        case .unknownPluginFix: ("""
            Correct the name as the note suggests. To run a script, write `run:` instead of
            `uses:`.
            """, """
            Sửa tên theo gợi ý của ghi chú. Để chạy một đoạn lệnh (script), viết `run:` thay cho
            `uses:`.
            """)
        // MARK: pluginInput
        case .pluginInputSummary:
            ("a step's `with:` does not match its plugin's inputs",
             "`with:` của một bước không khớp với các tham số của mô-đun")
        case .pluginInputMeaning: ("""
            A step's `with:` gives an input its plugin does not have, lacks an input the plugin
            requires, or gives a value of the wrong type: a number, a whole number, true or
            false, a duration, a date, a percentage, a list of strings, or one of a fixed set
            of choices. Values with `${{ }}` are checked when the step runs.
            """, """
            `with:` của một bước có một tham số mà mô-đun không có, thiếu một tham số bắt buộc, hoặc
            cho giá trị sai loại: một số, một số nguyên, true hoặc false, một khoảng thời gian, một
            ngày, một tỷ lệ phần trăm, một danh sách chuỗi văn bản, hoặc một trong các lựa chọn cố
            định. Giá trị có `${{ }}` được kiểm tra khi bước chạy.
            """)
        case .pluginInputWhy: ("""
            A misspelt input would be ignored and the plugin would fall back to its default, so
            the step would quietly do something other than what the plan says.
            """, """
            Một tham số viết sai chính tả sẽ bị bỏ qua và mô-đun dùng giá trị mặc định, nên bước sẽ
            lặng lẽ làm một việc khác với điều kế hoạch ghi.
            """)
        case .pluginInputFix: ("""
            Use the names and types that `wf plugins NAME` lists; the note suggests the closest
            input name. Input names use underscores (`fail_on`), like the examples in the docs.
            """, """
            Dùng đúng tên và loại giá trị mà `wf plugins NAME` liệt kê; ghi chú gợi ý tên tham số
            gần giống nhất. Tên tham số dùng dấu gạch dưới (`fail_on`), như trong các ví dụ của tài
            liệu.
            """)
        // MARK: expression
        case .expressionSummary:
            ("a `${{ }}` expression is malformed or calls a function wrongly",
             "một biểu thức `${{ }}` viết sai hoặc gọi hàm sai")
        case .expressionMeaning: ("""
            An expression cannot be parsed (an unclosed bracket or quote, `=` where `==` is
            meant, an unknown operator), calls a function wf does not have, gives a function
            the wrong number of arguments, or gives `format` a placeholder with no argument.
            The functions are `contains`, `startsWith`, `endsWith`, `format`, `join`,
            `length`, `toJSON`, `fromJSON`, `days_until`, `workdays_until`, `success`,
            `failure`, `always` and `cancelled`. (A name that does not exist, such as an unknown step or variable, is
            reported as `unknown-reference`.)
            """, """
            Một biểu thức không đọc được (dấu ngoặc hoặc dấu nháy chưa đóng, `=` ở chỗ cần `==`, một
            phép toán không có), gọi một hàm mà wf không có, truyền sai số lượng đối số cho một hàm,
            hoặc cho `format` một chỗ trống không có đối số tương ứng. Các hàm gồm `contains`,
            `startsWith`, `endsWith`, `format`, `join`, `length`, `toJSON`, `fromJSON`,
            `days_until`, `workdays_until`, `success`, `failure`, `always` và `cancelled`. (Một tên
            không tồn tại, như một bước hay một biến không có, được báo theo quy tắc
            `unknown-reference`.)
            """)
        case .expressionWhy: ("""
            An expression that fails at run time fails its step on the day the step matters;
            checking it when the plan is validated finds the typo in CI instead.
            """, """
            Một biểu thức lỗi lúc chạy sẽ làm bước của nó thất bại đúng vào ngày bước đó cần chạy;
            kiểm tra biểu thức ngay khi kiểm tra kế hoạch giúp phát hiện lỗi gõ trong CI từ trước.
            """)
        case .expressionFix: ("""
            Correct the syntax or the function name as the message says. String literals use
            single quotes; comparisons use `==`, `!=`, `<`, `<=`, `>` and `>=`.
            """, """
            Sửa cú pháp hoặc tên hàm như thông báo nêu. Chuỗi văn bản đặt trong dấu nháy đơn; phép
            so sánh dùng `==`, `!=`, `<`, `<=`, `>` và `>=`.
            """)
        // MARK: scriptInjection
        case .scriptInjectionSummary:
            ("an expression is spliced into a `run:` script",
             "một biểu thức được chèn thẳng vào đoạn lệnh `run:`")
        case .scriptInjectionMeaning: ("""
            A `run:` script contains `${{ }}`. wf never pastes values into a script: a value
            holding a quote, a `;` or a `$( )` would run as shell code.
            """, """
            Đoạn lệnh `run:` có chứa `${{ }}`. wf không bao giờ dán giá trị vào đoạn lệnh: một giá
            trị có dấu nháy, dấu `;` hoặc `$( )` sẽ bị chạy như lệnh shell.
            """)
        case .scriptInjectionWhy: ("""
            Values come from the plan, from `--var` on the command line and from the outputs of
            earlier steps: text that a script must treat as data, never execute. This is the
            script-injection hole that GitHub Actions workflows are known for.
            """, """
            Giá trị đến từ kế hoạch, từ `--var` trên dòng lệnh và từ kết quả của các bước trước:
            đoạn lệnh phải coi chúng là dữ liệu, không bao giờ được chạy chúng như lệnh. Đây chính
            là lỗ hổng chèn lệnh (script injection) mà các quy trình GitHub Actions hay mắc phải.
            """)
        case .scriptInjectionFix: ("""
            Pass the value through `env:` and use the environment variable in the script, in
            double quotes.
            """, """
            Truyền giá trị qua `env:` và dùng biến môi trường đó trong đoạn lệnh, đặt trong dấu nháy
            kép.
            """)
        // MARK: undeclaredSecret
        case .undeclaredSecretSummary:
            ("an expression uses a secret that `secrets:` does not declare",
             "một biểu thức dùng thông tin bí mật (secret) mà `secrets:` không khai báo")
        case .undeclaredSecretMeaning: ("""
            An expression reads `secrets.NAME`, and `NAME` is not in the top-level `secrets:`
            list.
            """, """
            Một biểu thức đọc `secrets.NAME`, nhưng `NAME` không có trong danh sách `secrets:` ở cấp
            ngoài cùng của kế hoạch.
            """)
        case .undeclaredSecretWhy: ("""
            Declared secrets are read from the environment and masked in every output, log,
            report and state record. An undeclared one would not be masked, and a missing
            environment variable would only show up when the step runs.
            """, """
            Thông tin bí mật đã khai báo được đọc từ biến môi trường và được che đi trong mọi kết
            quả, nhật ký, báo cáo và bản ghi trạng thái. Thông tin chưa khai báo sẽ không được che,
            và nếu thiếu biến môi trường thì chỉ đến khi bước chạy mới lộ ra.
            """)
        case .undeclaredSecretFix: ("""
            Add the name to `secrets:`, and set the environment variable of that name where wf
            runs (a CI secret, or the environment of the cron job).
            """, """
            Thêm tên đó vào `secrets:`, và đặt biến môi trường cùng tên ở nơi wf chạy (một secret
            của CI, hoặc môi trường của tác vụ cron).
            """)
        }
    }
}
