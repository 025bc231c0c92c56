import WFLocalization

// MARK: - Rules about the plan: ids, references, dates, steps and expressions

extension RuleDocumentation {
    static let invalidID = RuleDocumentation(
        summary: PlanRuleText.invalidIDSummary.message,
        meaning: PlanRuleText.invalidIDMeaning.message,
        why: PlanRuleText.invalidIDWhy.message,
        fix: PlanRuleText.invalidIDFix.message,
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
        summary: PlanRuleText.duplicateIDSummary.message,
        meaning: PlanRuleText.duplicateIDMeaning.message,
        why: PlanRuleText.duplicateIDWhy.message,
        fix: PlanRuleText.duplicateIDFix.message,
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
        summary: PlanRuleText.unknownReferenceSummary.message,
        meaning: PlanRuleText.unknownReferenceMeaning.message,
        why: PlanRuleText.unknownReferenceWhy.message,
        fix: PlanRuleText.unknownReferenceFix.message,
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
        summary: PlanRuleText.cycleSummary.message,
        meaning: PlanRuleText.cycleMeaning.message,
        why: PlanRuleText.cycleWhy.message,
        fix: PlanRuleText.cycleFix.message,
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
        summary: PlanRuleText.invalidDateSummary.message,
        meaning: PlanRuleText.invalidDateMeaning.message,
        why: PlanRuleText.invalidDateWhy.message,
        fix: PlanRuleText.invalidDateFix.message,
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
        summary: PlanRuleText.invalidDurationSummary.message,
        meaning: PlanRuleText.invalidDurationMeaning.message,
        why: PlanRuleText.invalidDurationWhy.message,
        fix: PlanRuleText.invalidDurationFix.message,
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
        summary: PlanRuleText.outOfPeriodSummary.message,
        meaning: PlanRuleText.outOfPeriodMeaning.message,
        why: PlanRuleText.outOfPeriodWhy.message,
        fix: PlanRuleText.outOfPeriodFix.message,
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
        summary: PlanRuleText.nonWorkingDaySummary.message,
        meaning: PlanRuleText.nonWorkingDayMeaning.message,
        why: PlanRuleText.nonWorkingDayWhy.message,
        fix: PlanRuleText.nonWorkingDayFix.message,
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
        summary: PlanRuleText.scheduleConflictSummary.message,
        meaning: PlanRuleText.scheduleConflictMeaning.message,
        why: PlanRuleText.scheduleConflictWhy.message,
        fix: PlanRuleText.scheduleConflictFix.message,
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
