/// Every English text `wf lsp` shows a person: hover texts, completion details, quick-fix
/// titles, error messages of the protocol. Kept in one place for the message catalog.
enum LSPMessages {
    // MARK: - Protocol errors

    static let notJSON = "the message body is not valid JSON"
    static let notAnObject = "a JSON-RPC message must be a JSON object"
    static let badID = "a request id must be a number or a string"
    static let noMethod = "a JSON-RPC request needs a 'method' string"
    static let cancelled = "the request was cancelled"
    static let afterShutdown = "the server is shutting down: only 'exit' is accepted now"
    static let notInitialized = "send 'initialize' first"

    static func unknownMethod(_ method: String) -> String { "wf lsp does not handle '\(method)'" }
    static func missingParam(_ key: String) -> String { "the parameters need '\(key)'" }
    static func wrongParam(_ key: String, _ expected: String) -> String { "'\(key)' must be \(expected)" }
    static func notOpen(_ uri: String) -> String { "'\(uri)' is not open: send textDocument/didOpen first" }
    static func skippedHeader(_ problem: String) -> String { "skipped a message whose header could not be read: \(problem)" }
    static func ignoredNotification(_ method: String) -> String { "ignored a '\(method)' notification without the parameters it needs" }
    static func note(_ message: String) -> String { "note: \(message)" }
    static func checked(_ uri: String, diagnostics: Int, milliseconds: Int) -> String {
        "checked \(uri): \(diagnostics) diagnostic\(diagnostics == 1 ? "" : "s") in \(milliseconds) ms"
    }

    // MARK: - Completion

    static func fieldDetail(type: String, required: Bool) -> String { required ? "\(type), required" : type }
    static func inputDetail(type: String, required: Bool, defaultValue: String?) -> String {
        var text = required ? "\(type), required" : type
        if let defaultValue { text += ", default \(defaultValue)" }
        return text
    }
    static func channelDetail(_ scheme: String) -> String {
        switch scheme {
        case "console": "print on the terminal"
        case "file": "file:PATH — JSON lines appended to a file"
        case "eml": "eml:DIR — .eml drafts in a folder"
        case "mailto": "mailto:ADDRESS — mail through SMTP"
        case "http", "https": "\(scheme)://… — a webhook (JSON POST)"
        case "owner": "owner:ID — that owner's channels"
        default: scheme
        }
    }
    static func idDetail(kind: String, title: String) -> String { "\(kind): \(title)" }
    static let contextDetail = "expression context"
    static func functionDetail(arity: ClosedRange<Int>) -> String {
        arity.lowerBound == arity.upperBound ? "function, \(arity.lowerBound) argument\(arity.lowerBound == 1 ? "" : "s")"
            : "function, \(arity.lowerBound) to \(arity.upperBound) arguments"
    }

    // MARK: - Hover

    static let ownerLabel = "Owner"
    static let dueLabel = "Due"
    static let dateLabel = "Date"
    static let pluginLabel = "Plugin"
    static let headLabel = "Head"
    static let notifyLabel = "Notifies"
    static func statusLabel(asOf date: String) -> String { "Status on \(date)" }
    static func budgetLabel(asOf date: String) -> String { "Budget on \(date)" }
    static let statusNeedsValidPlan = "shown once the plan has no errors"
    static let dayOff = "not a working day"
    static func holiday(_ name: String) -> String { "day off: \(name)" }

    static func itemHover(kind: String, id: String, title: String, facts: [(String, String)]) -> String {
        var text = "**\(title)**\n\n\(kind) `\(id)`"
        for (label, value) in facts { text += "\n\n\(label): \(value)" }
        return text
    }

    static func keyHover(name: String, type: String, required: Bool, doc: String) -> String {
        "**\(name)** (\(type)\(required ? ", required" : ""))\n\n\(doc)"
    }

    static func pluginHover(name: String, summary: String,
                            inputs: [(name: String, type: String, required: Bool, defaultValue: String?, doc: String)],
                            outputs: [(name: String, type: String, doc: String)]) -> String {
        var text = "**\(name)** plugin: \(summary)"
        if !inputs.isEmpty {
            text += "\n\nInputs (`with:`):\n"
            for input in inputs {
                var line = "\n- `\(input.name)` (\(input.type)"
                if input.required { line += ", required" }
                if let value = input.defaultValue { line += ", default `\(value)`" }
                text += line + "): \(input.doc)"
            }
        }
        if !outputs.isEmpty {
            text += "\n\nOutputs (`steps.ID.outputs.NAME`):\n"
            for output in outputs { text += "\n- `\(output.name)` (\(output.type)): \(output.doc)" }
        }
        return text
    }

    static func resolvedDate(_ text: String, _ date: String) -> String { "`\(text)` is \(date)" }
    static func phraseWithoutDate(_ text: String) -> String { "`\(text)` names no single day: the work is ongoing or repeats" }
    static func duration(_ text: String, _ words: String) -> String { "`\(text)`: \(words)" }
    static func reminderDate(_ date: String) -> String { "The reminder goes out on \(date)." }

    // MARK: - Quick fixes

    static func replaceWith(_ text: String) -> String { "Replace with '\(text)'" }
    static func ignoreRule(_ rule: String) -> String { "Ignore '\(rule)' on this line (# wf-ignore)" }
}
