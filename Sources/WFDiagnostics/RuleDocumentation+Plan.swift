// MARK: - Rules about the plan: ids, references, dates, steps and expressions

extension RuleDocumentation {
    static let invalidID = RuleDocumentation(
        summary: "an id is not a lower-case ASCII slug",
        meaning: """
            Ids are slugs: lower-case ASCII letters, digits and hyphens, starting with a letter
            or a digit (`[a-z0-9][a-z0-9-]*`). Vietnamese letters, capitals, spaces and
            underscores are not allowed in an id; the `title` holds the text in full.
            """,
        why: """
            Ids appear in expressions (`steps.bao-cao-quy.outputs.path`), in file names, in the
            run history and in addresses, where diacritics and spaces break or get mangled.
            """,
        fix: """
            Write the id without diacritics, in lower case, with hyphens between words: `Báo cáo
            quý` becomes `bao-cao-quy`, `Nghị quyết 44` becomes `nq44`. Then update `after:`,
            `needs:` and expressions that name it.
            """,
        wrong: Example(code: """
            goals:
              - id: Báo_cáo_NQ44
                title: Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44
                due: 2023-10-31
            """),
        right: Example(code: """
            goals:
              - id: bao-cao-nq44
                title: Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44
                due: 2023-10-31
            """))

    static let duplicateID = RuleDocumentation(
        summary: "two items, steps, owners or secrets share a name",
        meaning: """
            Ids must be unique across goals, events, their `prepare` items, checkpoints and
            steps; an owner or a secret may not be declared twice either. The note points at
            the first one.
            """,
        why: """
            `after:`, `needs:` and expressions find items by id. With two items of one id a
            reference could mean either, and the run history would mix their results.
            """,
        fix: """
            Rename one of the two, and update the references that meant it.
            """,
        wrong: Example(code: """
            goals:
              - id: bao-cao-quy
                title: Báo cáo kết quả thực hiện nhiệm vụ Quý IV
                due: 2023-12-20
            steps:
              - id: bao-cao-quy
                uses: report
                with: { template: quarterly-report, output: out/bao-cao-quy.docx }
            """),
        right: Example(code: """
            goals:
              - id: bao-cao-quy
                title: Báo cáo kết quả thực hiện nhiệm vụ Quý IV
                due: 2023-12-20
            steps:
              - id: soan-bao-cao-quy
                uses: report
                with: { template: quarterly-report, output: out/bao-cao-quy.docx }
            """))

    static let unknownReference = RuleDocumentation(
        summary: "a name refers to an item, step, owner, variable or output the plan does not have",
        meaning: """
            An `after:`, a `needs:`, an `owner:` or an `owner:ID` channel names an item, step or
            owner that the plan does not declare, or an expression `${{ }}` reads something
            that does not exist: an undeclared variable (`vars.x`), an unknown goal, event,
            checkpoint, step or owner, an output the step's plugin does not declare, or a
            context other than `vars`, `plan`, `goals`, `events`, `checkpoints`, `steps`,
            `owners`, `run`, `env` and `secrets`. The note suggests the closest name that
            exists.
            """,
        why: """
            A dependency on a missing item orders nothing, so a step could run before its input
            is ready; a reminder for an unknown owner reaches nobody; an expression that reads
            nothing fails its step on the day it runs.
            """,
        fix: """
            Correct the name as the note suggests, or declare what it should name. Ids are used
            as they are written (`steps.bao-cao-quy.outputs.path`); `wf plugins NAME` lists the
            outputs of a plugin.
            """,
        wrong: Example(code: """
            steps:
              - id: bao-cao-quy
                uses: report
                with: { template: quarterly-report, output: out/bao-cao-quy-IV-2023.docx }
              - id: gui-lanh-dao
                uses: notify
                needs: [bao-cao-qui]
                with: { to: [file:out/outbox.jsonl] }
            """),
        right: Example(code: """
            steps:
              - id: bao-cao-quy
                uses: report
                with: { template: quarterly-report, output: out/bao-cao-quy-IV-2023.docx }
              - id: gui-lanh-dao
                uses: notify
                needs: [bao-cao-quy]
                with: { to: [file:out/outbox.jsonl] }
            """))

    static let cycle = RuleDocumentation(
        summary: "items depend on each other in a loop",
        meaning: """
            Following `after:`, `needs:`, `prepare:` and the step outputs that expressions use
            leads back to where it started. The message names the whole loop, and a note shows
            each dependency in it.
            """,
        why: """
            No order satisfies a loop: none of its items could ever start, and their deadline
            status (`blocked`) would never change.
            """,
        fix: """
            Decide which of the dependencies is not real and remove it. Often one `after:` was
            written on the wrong item.
            """,
        wrong: Example(code: """
            goals:
              - id: bao-cao-nq44
                title: Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44
                due: 2023-10-31
                after: [de-an-cds]
              - id: de-an-cds
                title: Đề án ứng dụng CNTT và CĐS giai đoạn 2024–2030
                due: 2023-11-30
                after: [bao-cao-nq44]
            """),
        right: Example(code: """
            goals:
              - id: bao-cao-nq44
                title: Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44
                due: 2023-10-31
              - id: de-an-cds
                title: Đề án ứng dụng CNTT và CĐS giai đoạn 2024–2030
                due: 2023-11-30
                after: [bao-cao-nq44]
            """))

    static let invalidDate = RuleDocumentation(
        summary: "a date cannot be read or does not exist",
        meaning: """
            Dates are written `2023-10-10` or, day first as in Vietnamese documents,
            `10/10/2023`, optionally with a time: `2023-10-10T08:00`. A goal's or prepare item's
            `due:` and a checkpoint's `date:` may also be a deadline phrase (`Quý II/2025`,
            `Trước 15/10/2025`, `Thường xuyên`). Other forms, words, and days that do not exist
            (`31/11/2023`, `29/02/2023`) are rejected. The message says what is wrong: the
            month's length, a month written first (`04/26/2024`, with `26/04/2024` suggested),
            a two-digit year, dots or dashes instead of `/`; a near-miss phrase gets a
            suggestion (`Quí II/2025` → `Quý II/2025`).
            """,
        why: """
            A misread date puts a deadline in the wrong month, and every status, reminder and
            report computed from it is then wrong.
            """,
        fix: """
            Write the date as `YYYY-MM-DD` or `DD/MM/YYYY` (day first, four-digit year), and
            check that the day exists; or write one of the phrases the message lists.
            """,
        wrong: Example(code: """
            events:
              - id: ngay-cds
                title: Ngày Chuyển đổi số quốc gia
                date: ngày 10 tháng 10
            """),
        right: Example(code: """
            events:
              - id: ngay-cds
                title: Ngày Chuyển đổi số quốc gia
                date: 10/10/2023
            """))

    static let invalidDuration = RuleDocumentation(
        summary: "a duration cannot be read",
        meaning: """
            Durations are a number and a unit, without a space: `14d` calendar days, `10wd`
            working days, `2w` weeks, `4h` hours, `30m` minutes, `45s` seconds; a leading `-`
            means before. They appear in `remind:`, in the `due:` of a `prepare` item, in
            `warn:` and in `timeout:` (which takes s, m, h or d and must be positive).
            """,
        why: """
            Reminders and relative deadlines are computed from durations; one that cannot be
            read would silently drop a reminder or a deadline.
            """,
        fix: """
            Write the number and the unit together: `3 ngày` becomes `3d`, `10 ngày làm việc`
            becomes `10wd`, `2 tuần` becomes `2w`.
            """,
        wrong: Example(code: """
            events:
              - id: ngay-cds
                title: Ngày Chuyển đổi số quốc gia
                date: 2023-10-10
                remind: [2 tuần, 3 ngày, 1d]
            """),
        right: Example(code: """
            events:
              - id: ngay-cds
                title: Ngày Chuyển đổi số quốc gia
                date: 2023-10-10
                remind: [2w, 3d, 1d]
            """))

    static let outOfPeriod = RuleDocumentation(
        summary: "a date falls outside the plan's period",
        meaning: """
            A goal's due date, an event, a `prepare` item with a date of its own or a checkpoint
            falls outside the `period:` of the plan (a `prepare` item due relative to its event,
            such as `-10wd`, is not checked). The note points at the period.
            """,
        why: """
            It is usually a typo in the year or month, or an item copied from last quarter's
            plan without its date. It is a warning, not an error, because a plan may track an
            item on purpose that ends after the quarter.
            """,
        fix: """
            Correct the date, widen the period (`2023-H2`, or `{ start: 2023-10-01, end:
            2024-01-15 }`), or move the item to the plan of its own period. For a deliberate
            exception, write `# wf-ignore: out-of-period` at the end of the line. `wf validate
            --strict` makes warnings fail the check.
            """,
        wrong: Example(code: """
            period: 2023-Q4
            goals:
              - id: de-an-cds
                title: Đề án ứng dụng CNTT và CĐS giai đoạn 2024–2030
                due: 2022-11-30
            """),
        right: Example(code: """
            period: 2023-Q4
            goals:
              - id: de-an-cds
                title: Đề án ứng dụng CNTT và CĐS giai đoạn 2024–2030
                due: 2023-11-30
            """))

    static let nonWorkingDay = RuleDocumentation(
        summary: "a date written in the plan falls on a weekend or a holiday",
        meaning: """
            A goal's or `prepare` item's due date, an event's date or a checkpoint's date,
            written as a date, falls on a day off of the plan's calendar (`calendar:`, the
            Vietnamese calendar by default): a Saturday or Sunday, a public holiday such as
            30/4, Tết or 2/9, a swapped day off, or a day the plan itself takes off. The message
            names the day and the working day before it. Dates written as phrases ("Quý
            II/2025", "Trước 15/10/2025") are not checked: wf already moves them to a working day.
            """,
        why: """
            Nobody is at work to finish or receive the task on that day: a deadline on a day off
            really falls on the working day before, and the reminders and the report count
            working days. It is usually a date copied from another year, whose weekdays differ.
            It is a warning, not an error: an event on a Saturday may be meant.
            """,
        fix: """
            Write the working day before (the message names it), or a phrase that says what is
            meant ("Tháng 8/2026" is due on its last working day). For a date that is meant
            (an event held on a weekend), write `# wf-ignore: non-working-day` at the end of
            the line.
            """,
        wrong: Example(code: """
            goals:
              - id: bao-cao-quy
                title: Báo cáo quý II
                due: 2024-04-30
            """),
        right: Example(code: """
            goals:
              - id: bao-cao-quy
                title: Báo cáo quý II
                due: 2024-04-26
            """))

    static let scheduleConflict = RuleDocumentation(
        summary: "an item is due before something it depends on, or a `prepare` item after its event",
        meaning: """
            An item with `after:` is due earlier than an item it comes after, or a `prepare`
            item is due after the date of its event. The note shows the other date.
            """,
        why: """
            The plan cannot be carried out as written: the later task's deadline passes before
            its input exists. It is a warning because some dates are fixed by a higher authority
            and cannot move, but the conflict still needs a decision.
            """,
        fix: """
            Move one of the dates, or remove the dependency if it is not real. Give a `prepare`
            item a date before the event, or a relative due such as `-10wd`.
            """,
        wrong: Example(code: """
            goals:
              - id: bao-cao-nq44
                title: Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44
                due: 2023-10-31
              - id: de-an-cds
                title: Đề án ứng dụng CNTT và CĐS giai đoạn 2024–2030
                due: 2023-10-20
                after: [bao-cao-nq44]
            """),
        right: Example(code: """
            goals:
              - id: bao-cao-nq44
                title: Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44
                due: 2023-10-31
              - id: de-an-cds
                title: Đề án ứng dụng CNTT và CĐS giai đoạn 2024–2030
                due: 2023-11-30
                after: [bao-cao-nq44]
            """))
}
