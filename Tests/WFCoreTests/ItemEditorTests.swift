import Testing
import WFCalendar
import WFDiagnostics
@testable import WFCore

/// `wf done`, `wf undone`, `wf progress` at the editing level: the text in, the text out.
///
/// Every layout of a `done:` list of periods (`--period`) is tested here; CLITests run the
/// common ones through the binary on a recurring task.
@Suite struct ItemEditorTests {
    private func edit(_ text: String, _ edit: ItemEdit, _ id: String = "a") throws -> String {
        let result = try ItemEditor.apply(edit, toItem: id, in: Array(text.utf8))
        return String(decoding: result.bytes, as: UTF8.self)
    }

    private func period(_ text: String) throws -> Period {
        try #require(ItemEdit.period(text))
    }

    private func plan(_ goal: String) -> String {
        "wf: 1\nname: P\ngoals:\n" + goal + "owners: {}\n"
    }

    // MARK: - Scalars

    @Test func replacesValuesInPlaceAndInsertsMissingKeysAfterDue() throws {
        let text = plan("""
              - id: a   # first
                title: "A: quoted"
                due: 2025-03-31   # hạn

                owner: x
            """ + "\n")
        #expect(try edit(text, .done) == plan("""
              - id: a   # first
                title: "A: quoted"
                due: 2025-03-31   # hạn
                done: true

                owner: x
            """ + "\n"))
        let progressed = try edit(edit(text, .done), .progress(0.8))
        #expect(progressed.contains("    done: true\n    progress: 80%\n\n    owner: x"))
        #expect(try edit(progressed, .undone).contains("    done: false\n    progress: 80%\n"))
        #expect(try edit(progressed, .progress(0.125)).contains("progress: 12.5%\n"))
    }

    @Test func keepsTheQuotesOfProgress() throws {
        let text = plan("  - {id: a, title: A, due: 2025-03-31, progress: \"40%\"}\n")
        #expect(try edit(text, .progress(0.9)) == plan("  - {id: a, title: A, due: 2025-03-31, progress: \"90%\"}\n"))
        let single = plan("  - id: a\n    title: A\n    due: 2025-03-31\n    progress: '40%'\n")
        #expect(try edit(single, .progress(1)).contains("progress: '100%'\n"))
    }

    @Test func insertsIntoAFlowMappingBeforeTheBrace() throws {
        let text = plan("  - { id: a, title: \"A, b\", due: 2025-03-31 }   # x\n")
        #expect(try edit(text, .done) == plan("  - { id: a, title: \"A, b\", due: 2025-03-31, done: true }   # x\n"))
    }

    @Test func keepsCRLFAndAMissingFinalLineBreak() throws {
        let text = "wf: 1\r\nname: P\r\ngoals:\r\n  - id: a\r\n    title: A\r\n    due: 2025-03-31"
        #expect(try edit(text, .done) == "wf: 1\r\nname: P\r\ngoals:\r\n  - id: a\r\n    title: A\r\n    due: 2025-03-31\r\n    done: true")
        let middle = "wf: 1\r\ngoals:\r\n  - id: a\r\n    due: 2025-03-31\r\n    title: A\r\n"
        #expect(try edit(middle, .progress(0.5)) == "wf: 1\r\ngoals:\r\n  - id: a\r\n    due: 2025-03-31\r\n    progress: 50%\r\n    title: A\r\n")
    }

    @Test func countsColumnsInCharactersAfterAByteOrderMark() throws {
        let text = "\u{FEFF}wf: 1\ngoals:\n  - { title: Đề án chuyển đổi số, id: a, due: 2025-03-31 }\n"
        #expect(try edit(text, .done) == "\u{FEFF}wf: 1\ngoals:\n  - { title: Đề án chuyển đổi số, id: a, due: 2025-03-31, done: true }\n")
    }

    @Test func editsPrepareItems() throws {
        let text = """
            wf: 1
            events:
              - id: ev
                date: 2025-10-10
                prepare:
                  - id: p
                    due: -3wd   # trước 3 ngày
                    title: P

            """
        #expect(try edit(text, .done, "p").contains("        due: -3wd   # trước 3 ngày\n        done: true\n        title: P\n"))
    }

    @Test func anEmptyValueGetsASpace() throws {
        let text = plan("  - id: a\n    title: A\n    due: 2025-03-31\n    done:\n")
        #expect(try edit(text, .done).contains("    done: true\n"))
    }

    @Test func sameStatusIsNoChange() throws {
        let text = plan("  - id: a\n    title: A\n    due: 2025-03-31\n    done: true\n")
        let result = try ItemEditor.apply(.done, toItem: "a", in: Array(text.utf8))
        #expect(!result.changed)
        #expect(try !ItemEditor.apply(.undone, toItem: "a", in: Array(plan("  - {id: a, due: 2025-01-01}\n").utf8)).changed)
    }

    @Test func overridesAMergedValueOnTheItem() throws {
        let text = "wf: 1\nx-base: &base { done: true }\ngoals:\n  - <<: *base\n    id: a\n    due: 2025-03-31\n"
        #expect(try edit(text, .undone) == "wf: 1\nx-base: &base { done: true }\ngoals:\n  - <<: *base\n    id: a\n    due: 2025-03-31\n    done: false\n")
    }

    // MARK: - Refusals

    @Test func unknownIDsSuggestTheClosest() throws {
        let text = plan("  - {id: du-thao-de-an, title: A, due: 2025-03-31}\n")
        #expect(throws: ItemEditError("no goal or prepare item has the id 'du-thao-de-a'; did you mean 'du-thao-de-an'?")) {
            try edit(text, .done, "du-thao-de-a")
        }
        let event = "wf: 1\nevents:\n  - {id: ngay-cds, date: 2025-10-10}\n"
        #expect(throws: ItemEditError.unknownID("ngay-cds", kind: "an event", suggestion: nil)) { try edit(event, .done, "ngay-cds") }
    }

    @Test func refusesAnItemWrittenThroughAnAlias() throws {
        let text = "wf: 1\nx-a: &g { id: a, due: 2025-03-31 }\ngoals:\n  - *g\n"
        #expect(throws: ItemEditError.alias("a")) { try edit(text, .done) }
    }

    @Test func refusesABlockScalar() throws {
        let text = plan("  - id: a\n    due: 2025-03-31\n    progress: |\n      40%\n")
        #expect(throws: ItemEditError.blockScalar("progress", "a")) { try edit(text, .progress(0.5)) }
    }

    // MARK: - Periods

    @Test func addsAPeriodCreatingTheList() throws {
        let text = plan("  - id: a\n    title: A\n    due: 2025-12-31\n")
        #expect(try edit(text, .addPeriod(period("2025-02"))).contains("    due: 2025-12-31\n    done: [2025-02]\n"))
        let no = plan("  - id: a\n    due: 2025-12-31\n    done: false   # not yet\n")
        #expect(try edit(no, .addPeriod(period("2025-q1"))).contains("    done: [2025-Q1]   # not yet\n"))
    }

    @Test(arguments: [
        ("[2025-01, 2025-03]", "2025-02", "[2025-01, 2025-02, 2025-03]"),
        ("[2025-02, 2025-03]", "2025-01", "[2025-01, 2025-02, 2025-03]"),
        ("[2025-01]", "2025-04", "[2025-01, 2025-04]"),
        ("[]", "2025-04", "[2025-04]"),
        ("[2025-Q1, 2025-Q3]", "2025-H1", "[2025-Q1, 2025-H1, 2025-Q3]"),
        ("[2024, 2025-01]", "2024-12", "[2024, 2024-12, 2025-01]"),
    ])
    func addsToAFlowListInOrder(list: String, added: String, expected: String) throws {
        let text = plan("  - id: a\n    due: 2025-12-31\n    done: \(list)   # c\n")
        #expect(try edit(text, .addPeriod(period(added))) == plan("  - id: a\n    due: 2025-12-31\n    done: \(expected)   # c\n"))
    }

    @Test(arguments: [
        ("[2025-01, 2025-02, 2025-03]", "2025-02", "[2025-01, 2025-03]"),
        ("[2025-01, 2025-02]", "2025-01", "[2025-02]"),
        ("[2025-01, 2025-02]", "2025-02", "[2025-01]"),
        ("[2025-01]", "2025-01", "[]"),
    ])
    func removesFromAFlowList(list: String, removed: String, expected: String) throws {
        let text = plan("  - id: a\n    due: 2025-12-31\n    done: \(list)\n")
        #expect(try edit(text, .removePeriod(period(removed))) == plan("  - id: a\n    due: 2025-12-31\n    done: \(expected)\n"))
    }

    @Test func editsABlockListLineByLine() throws {
        let text = plan("  - id: a\n    done:\n      - 2025-01   # tháng 1\n      - 2025-03\n    due: 2025-12-31\n")
        #expect(try edit(text, .addPeriod(period("2025-02")))
                == plan("  - id: a\n    done:\n      - 2025-01   # tháng 1\n      - 2025-02\n      - 2025-03\n    due: 2025-12-31\n"))
        #expect(try edit(text, .addPeriod(period("2025-04")))
                == plan("  - id: a\n    done:\n      - 2025-01   # tháng 1\n      - 2025-03\n      - 2025-04\n    due: 2025-12-31\n"))
        #expect(try edit(text, .removePeriod(period("2025-01")))
                == plan("  - id: a\n    done:\n      - 2025-03\n    due: 2025-12-31\n"))
        let one = plan("  - id: a\n    done:\n    - 2025-01\n    due: 2025-12-31\n")
        #expect(try edit(one, .removePeriod(period("2025-01"))) == plan("  - id: a\n    done: []\n    due: 2025-12-31\n"))
    }

    @Test func aPeriodAlreadyThereOrAbsentIsNoChange() throws {
        let text = plan("  - id: a\n    due: 2025-12-31\n    done: [2025-01]\n")
        #expect(try !ItemEditor.apply(.addPeriod(period("2025-01")), toItem: "a", in: Array(text.utf8)).changed)
        #expect(try !ItemEditor.apply(.removePeriod(period("2025-02")), toItem: "a", in: Array(text.utf8)).changed)
    }

    @Test func refusesPeriodsOnAnItemDoneForGoodAndPlainDoneOnAList() throws {
        let done = plan("  - id: a\n    due: 2025-12-31\n    done: true\n")
        #expect(throws: ItemEditError.doneForGood("a")) { try edit(done, .addPeriod(period("2025-01"))) }
        #expect(throws: ItemEditError.undoneForGood("a")) { try edit(done, .removePeriod(period("2025-01"))) }
        let list = plan("  - id: a\n    due: 2025-12-31\n    done: [2025-01]\n")
        #expect(throws: ItemEditError.listNeedsPeriod("a", example: "2025-01")) { try edit(list, .done) }
        #expect(throws: ItemEditError.listNeedsPeriod("a", example: "2025-01")) { try edit(list, .undone) }
    }

    // MARK: - Values from the command line

    @Test(arguments: [("80%", 0.8), ("80", 0.8), ("0.8", 0.8), ("12.5%", 0.125), ("1", 0.01), ("1.0", 1.0),
                      ("100", 1.0), ("0", 0.0), (" 40 % ", 0.4)])
    func progressValues(text: String, fraction: Double) {
        #expect(ItemEdit.progress(text).map { abs($0 - fraction) < 1e-9 } == true)
    }

    @Test(arguments: ["120%", "-5", "abc", "", "%", "1e2", "0x10", "1.2.3"])
    func badProgressValues(text: String) {
        #expect(ItemEdit.progress(text) == nil)
    }

    @Test(arguments: [(0.8, "80%"), (0.125, "12.5%"), (0.3333, "33.33%"), (1.0, "100%"), (0.0, "0%"), (0.0505, "5.05%")])
    func percentText(fraction: Double, text: String) {
        #expect(ItemEdit.percentText(fraction) == text)
    }

    @Test(arguments: ["2025-13", "2025-Q5", "2025-H3", "25-01", "2025-1", "2025-01-01..2025-02-01", "Q1"])
    func badPeriods(text: String) {
        #expect(ItemEdit.period(text) == nil)
    }
}
