import WFLocalization

// MARK: - Rules about steps, plugins, expressions and secrets

extension RuleDocumentation {
    static let unknownPlugin = RuleDocumentation(
        summary: PlanRuleText.unknownPluginSummary.message,
        meaning: PlanRuleText.unknownPluginMeaning.message,
        why: PlanRuleText.unknownPluginWhy.message,
        fix: PlanRuleText.unknownPluginFix.message,
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
        summary: PlanRuleText.pluginInputSummary.message,
        meaning: PlanRuleText.pluginInputMeaning.message,
        why: PlanRuleText.pluginInputWhy.message,
        fix: PlanRuleText.pluginInputFix.message,
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
        summary: PlanRuleText.expressionSummary.message,
        meaning: PlanRuleText.expressionMeaning.message,
        why: PlanRuleText.expressionWhy.message,
        fix: PlanRuleText.expressionFix.message,
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
        summary: PlanRuleText.scriptInjectionSummary.message,
        meaning: PlanRuleText.scriptInjectionMeaning.message,
        why: PlanRuleText.scriptInjectionWhy.message,
        fix: PlanRuleText.scriptInjectionFix.message,
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
        summary: PlanRuleText.undeclaredSecretSummary.message,
        meaning: PlanRuleText.undeclaredSecretMeaning.message,
        why: PlanRuleText.undeclaredSecretWhy.message,
        fix: PlanRuleText.undeclaredSecretFix.message,
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
