import WFCalendar
import WFCore
import WFDiagnostics
import WFPlanning
import WFLocalization
import WFYAML

/// One version of a document run through the loader `wf validate` uses: its diagnostics, the
/// plan as decoded and its ids. Hover builds the planning snapshot from it on demand.
struct Analysis: Sendable {
    let version: Int
    let loaded: LoadedWorkflow
    /// The ids, built on the first request that needs them: diagnostics do not wait for them.
    private(set) var symbolIndex: SymbolIndex?

    init(document: TextDocument, options: LoadOptions) {
        version = document.version
        loaded = WorkflowLoader.compile(bytes: document.bytes, path: document.path, options: options)
    }

    /// The analysis of `document` after `edit` changed lines of the text `previous` analysed:
    /// only the part of the plan that holds them is read again, when the loader can do that.
    init(document: TextDocument, edit: LineEdit, previous: Analysis, options: LoadOptions) {
        version = document.version
        loaded = WorkflowLoader.reload(previous.loaded, bytes: document.bytes, edit: edit, options: options)
            ?? WorkflowLoader.compile(bytes: document.bytes, path: document.path, options: options)
    }

    var symbols: SymbolIndex { symbolIndex ?? SymbolIndex() }

    mutating func indexSymbols() {
        if symbolIndex == nil { symbolIndex = loaded.plan.map(SymbolIndex.init) ?? SymbolIndex() }
    }

    var diagnostics: [Diagnostic] { loaded.report.diagnostics }
    /// The language of the diagnostics' text, chosen as `wf validate` chooses it.
    var language: WFLocalization.Language { loaded.report.language }
    var plan: Plan? { loaded.plan }
    var root: Node? { loaded.plan?.root }

    /// The plan's statuses as of `asOf`, when it compiled without errors.
    func snapshot(asOf: CivilDate) -> PlanSnapshot? {
        loaded.compiled.map { PlanSnapshot($0, asOf: asOf) }
    }

    /// Today in the plan's time zone (UTC+7 when it is unknown), as `wf plan` reads it.
    var today: CivilDate {
        loaded.plan.flatMap { CivilDate.today(timeZone: $0.timezone) } ?? CivilDate.today(utcOffsetSeconds: 7 * 3600)
    }
}
