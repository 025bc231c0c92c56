import WFDiagnostics

/// The plan most tests report on: a fragment of the Bắc Ninh Q4/2023 plan with a goal due
/// outside the period, a typo in a `needs:`, and a typo in an expression after Vietnamese text.
enum Fixture {
    static let path = "workflows/q4-plan.yaml"

    static let text = """
        wf: 1
        name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh
        period: 2023-Q4
        goals:
          - id: bao-cao-nq44
            title: Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44
            due: 2022-10-31
        steps:
          - id: bao-cao-quy
            uses: report
          - id: gui-lanh-dao
            uses: notify
            needs: [bao-cao-qui]
            with:
              subject: "Báo cáo Quý IV – đã gửi ${{ steps.bao-cao-quy.output.path }}"
        """

    /// `2022-10-31` on line 7, with a note at the period on line 3.
    static let outOfPeriod = Diagnostic.warning(
        .outOfPeriod, "goal 'bao-cao-nq44' is due 31/10/2022, outside the plan's period 2023-Q4",
        at: SourceRange(line: 7, column: 10, endColumn: 20),
        notes: [Diagnostic.Note("the plan's period", at: SourceRange(line: 3, column: 9, endColumn: 16))])

    /// `bao-cao-qui` on line 13.
    static let unknownReference = Diagnostic.error(
        .unknownReference, "step 'gui-lanh-dao' needs unknown id 'bao-cao-qui'",
        at: SourceRange(line: 13, column: 13, endColumn: 24),
        notes: [Diagnostic.Note("did you mean 'bao-cao-quy'?")])

    /// `output` on line 15, after 24 Vietnamese characters that take 33 bytes.
    static let expression = Diagnostic.error(
        .unknownReference, "step 'bao-cao-quy' has no member 'output': use outputs or status",
        at: SourceRange(line: 15, column: 63, endColumn: 69),
        notes: [Diagnostic.Note("did you mean 'outputs'?")])

    /// The report with the three diagnostics, given out of order.
    static var report: FileReport {
        FileReport(path: path, text: text, diagnostics: [unknownReference, expression, outOfPeriod])
    }

    /// A report on `text` with one error at `range`.
    static func report(_ text: String, at range: SourceRange, rule: Rule = .invalidValue) -> FileReport {
        FileReport(path: "plan.yaml", text: text, diagnostics: [.error(rule, "problem here", at: range)])
    }
}
