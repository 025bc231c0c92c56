import WFLocalization

// MARK: - Rules about the file and its YAML structure

extension RuleDocumentation {
    static let yamlSyntax = RuleDocumentation(
        summary: FileRuleText.yamlSyntaxSummary.message,
        meaning: FileRuleText.yamlSyntaxMeaning.message,
        why: FileRuleText.yamlSyntaxWhy.message,
        fix: FileRuleText.yamlSyntaxFix.message,
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
        summary: FileRuleText.yamlDuplicateKeySummary.message,
        meaning: FileRuleText.yamlDuplicateKeyMeaning.message,
        why: FileRuleText.yamlDuplicateKeyWhy.message,
        fix: FileRuleText.yamlDuplicateKeyFix.message,
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
        summary: FileRuleText.yamlLimitSummary.message,
        meaning: FileRuleText.yamlLimitMeaning.message,
        why: FileRuleText.yamlLimitWhy.message,
        fix: FileRuleText.yamlLimitFix.message,
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
        summary: FileRuleText.versionSummary.message,
        meaning: FileRuleText.versionMeaning.message,
        why: FileRuleText.versionWhy.message,
        fix: FileRuleText.versionFix.message,
        wrong: Example(code: """
            wf: 2
            name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh
            """),
        right: Example(code: """
            wf: 1
            name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh
            """))

    static let unknownKey = RuleDocumentation(
        summary: FileRuleText.unknownKeySummary.message,
        meaning: FileRuleText.unknownKeyMeaning.message,
        why: FileRuleText.unknownKeyWhy.message,
        fix: FileRuleText.unknownKeyFix.message,
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
        summary: FileRuleText.missingKeySummary.message,
        meaning: FileRuleText.missingKeyMeaning.message,
        why: FileRuleText.missingKeyWhy.message,
        fix: FileRuleText.missingKeyFix.message,
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
        summary: FileRuleText.typeMismatchSummary.message,
        meaning: FileRuleText.typeMismatchMeaning.message,
        why: FileRuleText.typeMismatchWhy.message,
        fix: FileRuleText.typeMismatchFix.message,
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
        summary: FileRuleText.invalidValueSummary.message,
        meaning: FileRuleText.invalidValueMeaning.message,
        why: FileRuleText.invalidValueWhy.message,
        fix: FileRuleText.invalidValueFix.message,
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
        summary: FileRuleText.ioSummary.message,
        meaning: FileRuleText.ioMeaning.message,
        why: FileRuleText.ioWhy.message,
        fix: FileRuleText.ioFix.message,
        wrong: Example(code: """
            wf validate workflow/ke-hoach-q4.yml
            """, language: "sh"),
        right: Example(code: """
            wf validate workflows/
            """, language: "sh"))
}
