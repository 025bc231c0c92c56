// MARK: - Rules about steps, plugins, expressions and secrets

extension RuleDocumentation {
    static let unknownPlugin = RuleDocumentation(
        summary: "a step uses a plugin that does not exist",
        meaning: """
            A step's `uses:` names no built-in plugin. The built-in plugins are `notify`,
            `report`, `deadline`, `budget` and `shell`; `wf plugins` lists them with their
            inputs. The note suggests the closest name.
            """,
        why: """
            The step cannot run, and neither can the steps that need it.
            """,
        fix: """
            Correct the name as the note suggests. To run a script, write `run:` instead of
            `uses:`.
            """,
        wrong: Example(code: """
            steps:
              - id: gui-lanh-dao
                uses: email
                with: { to: [file:out/outbox.jsonl], subject: Báo cáo Quý IV/2023 }
            """),
        right: Example(code: """
            steps:
              - id: gui-lanh-dao
                uses: notify
                with: { to: [file:out/outbox.jsonl], subject: Báo cáo Quý IV/2023 }
            """))

    static let pluginInput = RuleDocumentation(
        summary: "a step's `with:` does not match its plugin's inputs",
        meaning: """
            A step's `with:` gives an input its plugin does not have, lacks an input the plugin
            requires, or gives a value of the wrong type: a number, a whole number, true or
            false, a duration, a date, a percentage, a list of strings, or one of a fixed set
            of choices. Values with `${{ }}` are checked when the step runs.
            """,
        why: """
            A misspelt input would be ignored and the plugin would fall back to its default, so
            the step would quietly do something other than what the plan says.
            """,
        fix: """
            Use the names and types that `wf plugins NAME` lists; the note suggests the closest
            input name. Input names use underscores (`fail_on`), like the examples in the docs.
            """,
        wrong: Example(code: """
            steps:
              - id: kiem-tra-han
                uses: deadline
                with: { warn: 5 ngày, fail-on: never }
            """),
        right: Example(code: """
            steps:
              - id: kiem-tra-han
                uses: deadline
                with: { warn: 5wd, fail_on: never }
            """))

    static let expression = RuleDocumentation(
        summary: "a `${{ }}` expression is malformed or calls a function wrongly",
        meaning: """
            An expression cannot be parsed (an unclosed bracket or quote, `=` where `==` is
            meant, an unknown operator), calls a function wf does not have, gives a function
            the wrong number of arguments, or gives `format` a placeholder with no argument.
            The functions are `contains`, `startsWith`, `endsWith`, `format`, `join`,
            `length`, `toJSON`, `fromJSON`, `days_until`, `workdays_until`, `success`,
            `failure`, `always` and `cancelled`. (A name that does not exist, such as an unknown step or variable, is
            reported as `unknown-reference`.)
            """,
        why: """
            An expression that fails at run time fails its step on the day the step matters;
            checking it when the plan is validated finds the typo in CI instead.
            """,
        fix: """
            Correct the syntax or the function name as the message says. String literals use
            single quotes; comparisons use `==`, `!=`, `<`, `<=`, `>` and `>=`.
            """,
        wrong: Example(code: """
            steps:
              - id: nhac-han-de-an
                uses: notify
                if: ${{ workday_until('2023-11-30') <= 5 }}
                with: { to: [file:out/outbox.jsonl], subject: Sắp đến hạn Đề án CĐS }
            """),
        right: Example(code: """
            steps:
              - id: nhac-han-de-an
                uses: notify
                if: ${{ workdays_until('2023-11-30') <= 5 }}
                with: { to: [file:out/outbox.jsonl], subject: Sắp đến hạn Đề án CĐS }
            """))

    static let scriptInjection = RuleDocumentation(
        summary: "an expression is spliced into a `run:` script",
        meaning: """
            A `run:` script contains `${{ }}`. wf never pastes values into a script: a value
            holding a quote, a `;` or a `$( )` would run as shell code.
            """,
        why: """
            Values come from the plan, from `--var` on the command line and from the outputs of
            earlier steps: text that a script must treat as data, never execute. This is the
            script-injection hole that GitHub Actions workflows are known for.
            """,
        fix: """
            Pass the value through `env:` and use the environment variable in the script, in
            double quotes.
            """,
        wrong: Example(code: """
            vars:
              department: Sở Thông tin và Truyền thông tỉnh Bắc Ninh
            steps:
              - id: sao-luu
                run: ./scripts/backup.sh "${{ vars.department }}"
            """),
        right: Example(code: """
            vars:
              department: Sở Thông tin và Truyền thông tỉnh Bắc Ninh
            steps:
              - id: sao-luu
                run: ./scripts/backup.sh "$TARGET"
                env: { TARGET: "${{ vars.department }}" }
            """))

    static let undeclaredSecret = RuleDocumentation(
        summary: "an expression uses a secret that `secrets:` does not declare",
        meaning: """
            An expression reads `secrets.NAME`, and `NAME` is not in the top-level `secrets:`
            list.
            """,
        why: """
            Declared secrets are read from the environment and masked in every output, log,
            report and state record. An undeclared one would not be masked, and a missing
            environment variable would only show up when the step runs.
            """,
        fix: """
            Add the name to `secrets:`, and set the environment variable of that name where wf
            runs (a CI secret, or the environment of the cron job).
            """,
        wrong: Example(code: """
            secrets: [SMTP_PASSWORD]
            steps:
              - id: dong-bo-dti
                run: ./scripts/dong-bo-chi-so-dti.sh
                env: { API_TOKEN: "${{ secrets.DTI_API_TOKEN }}" }
            """),
        right: Example(code: """
            secrets: [SMTP_PASSWORD, DTI_API_TOKEN]
            steps:
              - id: dong-bo-dti
                run: ./scripts/dong-bo-chi-so-dti.sh
                env: { API_TOKEN: "${{ secrets.DTI_API_TOKEN }}" }
            """))
}
