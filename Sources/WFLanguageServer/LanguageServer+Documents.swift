#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import WFCore
import WFDiagnostics
import WFJSON
import WFLocalization

/// An analysis replaced by a newer one, with the plan completion kept from it.
struct Retired: Sendable {
    var analysis: Analysis?
    var plan: Plan?
}

// MARK: - Open documents and their diagnostics

extension LanguageServer {
    mutating func didOpen(_ params: JSON) {
        guard let item = params["textDocument"], let uri = item["uri"]?.stringValue, let text = item["text"]?.stringValue else {
            log(EditorText.ignoredNotification(method: "textDocument/didOpen"))
            return
        }
        let version = item["version"]?.numberValue.map { Int(exactly: $0) ?? 0 } ?? 0
        documents[uri] = TextDocument(uri: uri, path: DocumentURI.path(of: uri), version: version, text: text)
        markPending(uri)
    }

    mutating func didChange(_ params: JSON) {
        guard let uri = params["textDocument"]?["uri"]?.stringValue, var document = documents[uri],
              let changes = params["contentChanges"]?.arrayValue else {
            log(EditorText.ignoredNotification(method: "textDocument/didChange"))
            return
        }
        for change in changes {
            guard let text = change["text"]?.stringValue else { continue }
            if let range = change["range"], let start = try? range.member("start").position(),
               let end = try? range.member("end").position() {
                document.replace(from: start, to: end, with: text, encoding: encoding)
            } else {
                document.replaceAll(with: text)
            }
        }
        if let version = params["textDocument"]?["version"]?.numberValue.flatMap({ Int(exactly: $0) }) {
            document.version = version
        } else {
            document.version &+= 1
        }
        documents[uri] = document
        markPending(uri)
    }

    mutating func didClose(_ params: JSON) {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else { return }
        documents[uri] = nil
        analyses[uri] = nil
        lastPlans[uri] = nil
        templateCaches[uri] = nil
        // Clear what the editor shows for a file no longer open.
        markPending(uri)
    }

    mutating func didSave(_ params: JSON) {
        // The text is already known from the changes; a budget or calendar file beside the plan
        // may have changed, so check again.
        guard let uri = params["textDocument"]?["uri"]?.stringValue, documents[uri] != nil else { return }
        analyses[uri] = nil
        markPending(uri)
    }

    private mutating func markPending(_ uri: String) {
        if !pending.contains(uri) { pending.append(uri) }
    }

    /// The analysis of the document's current text, computed now when the text changed, with
    /// its ids indexed unless `symbols` is false.
    mutating func analysis(_ uri: String, symbols: Bool = true) throws(RequestError) -> (TextDocument, Analysis) {
        guard var document = documents[uri] else { throw RequestError(message: EditorText.notOpen(uri: uri)) }
        if var analysis = analyses[uri], analysis.version == document.version {
            if symbols, analysis.symbolIndex == nil {
                analysis.indexSymbols()
                analyses[uri] = analysis
            }
            return (document, analysis)
        }
        // Each document keeps its parsed templates from one check to the next: an edit
        // changes a line or two, and parsing templates is a good part of a check.
        let cache = templateCaches[uri] ?? TemplateCache()
        templateCaches[uri] = cache
        cache.nextLoad()
        var documentOptions = options
        documentOptions.templateCache = cache
        // Typing changes a line or two of one item: the loader reads only that item again.
        var analysis = if case .lines(let edit) = document.edits, let previous = analyses[uri] {
            Analysis(document: document, edit: edit, previous: previous, options: documentOptions)
        } else {
            Analysis(document: document, options: documentOptions)
        }
        document.settle()
        documents[uri] = document
        if symbols { analysis.indexSymbols() }
        // Freeing a large plan's trees takes a while: the old ones go on another thread, after
        // the new diagnostics are out.
        let old = (analyses.updateValue(analysis, forKey: uri), analysis.plan == nil ? nil : lastPlans[uri])
        if let plan = analysis.plan { lastPlans[uri] = plan }
        retired.append(Retired(analysis: old.0, plan: old.1))
        return (document, analysis)
    }

    /// Validates each changed document and sends its diagnostics.
    mutating func publishPending() {
        let uris = pending
        pending.removeAll()
        for uri in uris {
            let started = Self.now()
            guard let found = try? analysis(uri, symbols: false) else {
                writer.send(.notification("textDocument/publishDiagnostics", params: ["uri": .string(uri), "diagnostics": []]))
                continue
            }
            let (document, analysis) = found
            let diagnostics = analysis.diagnostics.map { lspDiagnostic($0, in: document, language: analysis.language) }
            writer.send(.notification("textDocument/publishDiagnostics", params: [
                "uri": .string(uri), "version": .int(document.version), "diagnostics": .array(diagnostics),
            ]))
            if trace { log(EditorText.checkedLine(uri: uri, diagnostics: diagnostics.count, milliseconds: Self.milliseconds(since: started))) }
        }
        releaseRetired()
    }

    /// Drops the analyses replaced since the last call on a thread of their own.
    mutating func releaseRetired() {
        guard !retired.isEmpty else { return }
        let batch = retired
        retired = []
        Background.release(consume batch)
    }

    /// A monotonic clock reading, for `WF_LSP_TRACE`'s timings.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func milliseconds(since start: Double) -> Int { Int((now() - start) * 1000) }

    /// A wf diagnostic as an LSP one: the rule as `code` with a link to its explanation, notes
    /// with a place of their own as related information, the others appended to the message.
    func lspDiagnostic(_ diagnostic: Diagnostic, in document: TextDocument, language: Language) -> JSON {
        var message = diagnostic.message.text(language)
        var related: [JSON] = []
        for note in diagnostic.notes {
            if let range = note.range {
                related.append(["location": document.location(range, encoding: encoding), "message": .string(note.message.text(language))])
            } else {
                message += "\n" + EditorText.note(message: note.message).text(language)
            }
        }
        var result: [(String, JSON)] = [
            ("range", document.lspRange(diagnostic.range, encoding: encoding)),
            ("severity", diagnostic.severity == .error ? 1 : 2),
            ("code", .string(diagnostic.rule.rawValue)),
            ("codeDescription", ["href": .string(diagnostic.rule.helpURL)]),
            ("source", "wf"),
            ("message", .string(message)),
        ]
        if !related.isEmpty { result.append(("relatedInformation", .array(related))) }
        return .object(result)
    }
}
