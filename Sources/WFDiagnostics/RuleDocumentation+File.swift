// MARK: - Rules about the file and its YAML structure

extension RuleDocumentation {
    static let yamlSyntax = RuleDocumentation(
        summary: "the file is not well-formed YAML",
        meaning: """
            The YAML reader could not read the file: a quote or bracket is not closed, the
            indentation does not line up, a tab indents a line, or a value holds characters that
            YAML reads as syntax. The same rule covers files that are not YAML text at all (a
            binary file, invalid UTF-8), several documents in one file (`---` between them), an
            alias `*name` with no anchor `&name` before it, and a merge key `<<` given something
            other than a mapping.
            """,
        why: """
            Nothing after the error can be checked, so wf reports where the reader stopped. The
            mistake is usually on that line or just above it.
            """,
        fix: """
            Look at the line shown and the one above. Close quotes and brackets, indent with
            spaces only, and quote a value that starts with `{`, `[`, `*`, `&`, `!`, `%` or `@`,
            or that holds `: ` or ` #`. Inside `[ ]`, a value with `${{ }}` must be quoted, since
            its braces would start a mapping. Keep one plan per file.
            """,
        wrong: Example(code: """
            steps:
              - id: bao-cao-quy
                uses: report
                with: { template: quarterly-report, output: out/bao-cao-quy-IV-2023.docx }
              - id: gui-lanh-dao
                uses: notify
                with:
                  to: [file:out/outbox.jsonl]
                  attach: [${{ steps.bao-cao-quy.outputs.path }}]
            """),
        right: Example(code: """
            steps:
              - id: bao-cao-quy
                uses: report
                with: { template: quarterly-report, output: out/bao-cao-quy-IV-2023.docx }
              - id: gui-lanh-dao
                uses: notify
                with:
                  to: [file:out/outbox.jsonl]
                  attach: ["${{ steps.bao-cao-quy.outputs.path }}"]
            """))

    static let yamlDuplicateKey = RuleDocumentation(
        summary: "a mapping has the same key twice",
        meaning: """
            One mapping holds the same key twice, such as two `due:` lines in one goal. Many YAML
            readers keep the last value without a word; wf refuses the file. The note points at
            the first occurrence.
            """,
        why: """
            Only one of the two values can be meant, and a deadline or a budget figure dropped
            without notice is the kind of mistake a plan checker is there to catch. The usual
            cause is a block copied from another item and edited halfway.
            """,
        fix: """
            Keep one of the two keys. To share a block between items and change one key, put the
            block under an `x-` key with an anchor and merge it with `<<: *name`: a key written
            next to the merge replaces the merged one and is not a duplicate.
            """,
        wrong: Example(code: """
            goals:
              - id: bao-cao-nq44
                title: Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44
                due: 2023-10-31
                progress: 40%
                due: 2023-11-15
            """),
        right: Example(code: """
            goals:
              - id: bao-cao-nq44
                title: Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44
                progress: 40%
                due: 2023-11-15
            """))

    static let yamlLimit = RuleDocumentation(
        summary: "the file is over a safety limit of the YAML reader",
        meaning: """
            The file is larger than the size limit (64 MiB unless `--max-size` says otherwise),
            nests more than 256 levels deep, or its aliases expand to more nodes than the reader
            allows (the "billion laughs" pattern, where each alias repeats the one before).
            """,
        why: """
            The limits keep `wf validate` in CI and the daily `wf run` fast and safe whatever the
            input: a broken or hostile file gets a located error instead of taking all the
            memory of the machine.
            """,
        fix: """
            A real plan is far below these limits, so the file is probably not a plan (a log, a
            data dump, a generated file) or its aliases nest inside each other. Keep large data
            in a CSV file that a budget checkpoint reads, flatten deep nesting, and let each
            alias point at a plain block. Raise the size limit with `--max-size` if you must.
            """,
        wrong: Example(code: """
            # each level repeats the one before nine times: 9⁶ copies of "nhắc"
            x-a: &a [nhắc, nhắc, nhắc, nhắc, nhắc, nhắc, nhắc, nhắc, nhắc]
            x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
            x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
            x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
            x-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
            """),
        right: Example(code: """
            x-nhac-viec: &nhac-viec [14d, 3d, 1d]

            events:
              - id: ngay-cds
                title: Ngày Chuyển đổi số quốc gia
                date: 2023-10-10
                remind: *nhac-viec
            """))

    static let version = RuleDocumentation(
        summary: "`wf:` does not name a format version this wf reads",
        meaning: """
            The top-level key `wf:` gives the version of the file format. This wf reads version
            1; the file asks for another version, or `wf:` holds something that is not a version
            number. (A file without `wf:` at all gets `missing-key`.)
            """,
        why: """
            The version lets later releases change the format without misreading older plans: a
            file written for another version may mean something different in this one.
            """,
        fix: """
            Write `wf: 1` as the first line of the plan. If the file was written for a newer
            release of wf, upgrade wf.
            """,
        wrong: Example(code: """
            wf: 2
            name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh
            """),
        right: Example(code: """
            wf: 1
            name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh
            """))

    static let unknownKey = RuleDocumentation(
        summary: "a key the format does not have at that place",
        meaning: """
            A mapping holds a key that wf does not know there: a typo (`tittle`, `deu`), a key of
            another kind of item (`date` on a goal, `due` on an event), or a key meant for
            another tool. The note suggests the closest key wf knows.
            """,
        why: """
            The value of an unknown key would be ignored, and that is almost never what the
            author meant: a misspelt `due` leaves a goal with no deadline to check.
            """,
        fix: """
            Correct the spelling as the note suggests, or move the key to the item it belongs
            to. Keys for your own use go at the top level with an `x-` prefix (the place for
            anchors); values for expressions go under `vars:`.
            """,
        wrong: Example(code: """
            goals:
              - id: de-an-cds
                title: Đề án ứng dụng CNTT và CĐS tỉnh Bắc Ninh giai đoạn 2024–2030
                deu: 2023-11-30
            """),
        right: Example(code: """
            goals:
              - id: de-an-cds
                title: Đề án ứng dụng CNTT và CĐS tỉnh Bắc Ninh giai đoạn 2024–2030
                due: 2023-11-30
            """))

    static let missingKey = RuleDocumentation(
        summary: "a required key is absent",
        meaning: """
            An item lacks a key it must have: `wf` and `name` at the top of the file; `id`,
            `title` and `due` on a goal or a `prepare` item; `id`, `title` and `date` on an
            event; `id`, `title`, `date` and `budget` on a checkpoint; `id` and one of `uses` or
            `run` on a step. An empty file is reported under this rule too.
            """,
        why: """
            Without these keys wf cannot place the item on the calendar, name it in reminders
            and reports, or run it.
            """,
        fix: """
            Add the key to the item the diagnostic points at. A checkpoint's `budget` needs
            `allocated` and `spent`, or a CSV `file`.
            """,
        wrong: Example(code: """
            checkpoints:
              - id: giai-ngan-q4
                title: Rà soát giải ngân dự toán Quý IV
                date: 2023-12-15
            """),
        right: Example(code: """
            checkpoints:
              - id: giai-ngan-q4
                title: Rà soát giải ngân dự toán Quý IV
                date: 2023-12-15
                budget: { allocated: 1_200_000_000, spent: 850_000_000, currency: VND }
            """))

    static let typeMismatch = RuleDocumentation(
        summary: "a value has the wrong shape: a list, a mapping or a single value",
        meaning: """
            A key holds the wrong kind of value: a list where wf expects a mapping, a mapping
            where it expects a single value, a single value where it expects a list, or a value
            that is not a string, number or boolean where one is needed.
            """,
        why: """
            wf reads each key with one meaning. Guessing what another shape was meant to say
            would accept plans that do something other than what they seem to.
            """,
        fix: """
            Write the shape the message asks for: a list as `[a, b]` or as lines starting with
            `- `; a mapping as `key: value` lines or `{ key: value }`. Owners, for example, are a
            mapping from an owner id to its details, not a list of names.
            """,
        wrong: Example(code: """
            owners:
              - cntt
              - vp
            """),
        right: Example(code: """
            owners:
              cntt:
                name: Phòng Công nghệ thông tin
                notify: [mailto:cntt@bacninh.gov.vn]
              vp:
                name: Văn phòng Sở
                notify: [file:out/outbox.jsonl]
            """))

    static let invalidValue = RuleDocumentation(
        summary: "a value has the right shape but is not one wf accepts",
        meaning: """
            The value is of the right kind but not allowed there: a `period` that is not a year,
            half, quarter, month or `{start, end}`, a period that ends before it starts, an
            unknown `timezone`, a `lang` other than `vi` or `en`, an unknown `calendar`, a
            notification channel with an unknown scheme, a step with both `uses` and `run`, a
            `retry` count out of range.
            """,
        why: """
            wf would otherwise have to guess, and a guess about which quarter a plan covers or
            where a reminder goes is worse than an error in CI.
            """,
        fix: """
            Use one of the forms the message lists. Periods are written `2023`, `2023-H2`,
            `2023-Q4`, `2023-10` or `{ start: 2023-10-01, end: 2023-12-31 }`; channels are
            `console:`, `file:PATH`, `eml:DIR`, `mailto:ADDRESS`, `https://…` or `owner:ID`.
            """,
        wrong: Example(code: """
            wf: 1
            name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh
            period: Quý IV/2023
            lang: vn
            """),
        right: Example(code: """
            wf: 1
            name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh
            period: 2023-Q4
            lang: vi
            """))

    static let io = RuleDocumentation(
        summary: "the file cannot be read",
        meaning: """
            wf could not read the file: there is no file at that path, the path is a folder
            given where a file was expected, permission is denied, or reading failed. (A file
            over the size limit gets `yaml-limit`; a binary file gets `yaml-syntax`.)
            """,
        why: """
            Nothing in the file can be checked. In CI it usually means a wrong path in the CI
            configuration or a file that was not checked out.
            """,
        fix: """
            Check the path and the permissions. `wf validate` takes files and folders, and in a
            folder it checks every `*.yaml` and `*.yml` file, so passing the folder avoids
            spelling each name. The example is a command line, as this rule is about the path.
            """,
        wrong: Example(code: """
            wf validate workflow/ke-hoach-q4.yml
            """, language: "sh"),
        right: Example(code: """
            wf validate workflows/
            """, language: "sh"))
}
