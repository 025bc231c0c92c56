#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WFCalendar
public import WFCore
import WFDiagnostics
import WFJSON
import WFLocalization

/// `wf lsp`: a Language Server Protocol server over two file descriptors (standard input and
/// output), checking plans with the loader `wf validate` uses.
///
/// One thread reads a message, answers it and reads the next. Changes that arrive together are
/// applied together, and the document is validated once they stop coming, so a burst of typing
/// is checked once, not once per key. Nothing a client sends can stop the server except `exit`
/// or the end of its input: malformed JSON gets a ParseError, a request of the wrong shape an
/// InvalidRequest or InvalidParams error, and a header that cannot be read is skipped.
public struct LanguageServer {
    /// How long the server waits for more input before validating a changed document: a
    /// change arriving within this time is applied first and checked in the same pass. Input
    /// already waiting is always drained first (`poll` with no wait), so this only has to
    /// cover the gaps inside one burst of edits; a person types far slower than this.
    static let settleMilliseconds: Int32 = 5

    let options: LoadOptions
    var reader: MessageReader
    var writer: MessageWriter
    let input: Int32
    var encoding = PositionEncoding.utf16
    var initialized = false
    var shutdownRequested = false
    /// The date statuses are shown as of: `initializationOptions.asOf`, else today.
    var asOf: CivilDate?
    var documents: [String: TextDocument] = [:]
    var analyses: [String: Analysis] = [:]
    /// The last plan of each document that decoded: completion's ids while a line is half typed.
    var lastPlans: [String: Plan] = [:]
    /// Each open document's parsed templates, kept between its checks.
    var templateCaches: [String: TemplateCache] = [:]
    /// Documents whose diagnostics must be (re)published, in the order they changed.
    var pending: [String] = []
    /// Analyses replaced since the last diagnostics were sent, to be freed off the main thread.
    var retired: [Retired] = []
    /// `WF_LSP_TRACE` set: each check is logged to standard error with its time.
    let trace = getenv("WF_LSP_TRACE") != nil
    /// Requests cancelled before they were answered.
    var cancelled: Set<JSON> = []

    /// A server reading `input` and writing `output` (file descriptors).
    public init(options: LoadOptions, input: Int32 = 0, output: Int32 = 1) {
        var options = options
        // Typing reloads only the part of the plan it touched.
        options.reloadable = true
        self.options = options
        self.input = input
        reader = MessageReader(descriptor: input)
        writer = MessageWriter(descriptor: output)
    }

    /// Serves until `exit` or the end of input; returns the exit status: 0 after a `shutdown`
    /// request, 1 otherwise (as LSP asks).
    public mutating func run() -> Int32 {
        // A client that goes away mid-write must not kill the server with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        while true {
            var batch = [reader.next()]
            while reader.hasBufferedInput || inputReady(timeout: 0) {
                batch.append(reader.next())
                if case .end = batch.last { break }
            }
            noteCancellations(in: batch)
            for frame in batch {
                if let status = handle(frame) { return status }
            }
            cancelled.removeAll()
            if !pending.isEmpty, !inputReady(timeout: Self.settleMilliseconds) {
                publishPending()
            }
        }
    }

    /// Whether input is waiting (or the input has ended) within `timeout` milliseconds.
    private func inputReady(timeout: Int32) -> Bool {
        var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, timeout) > 0
    }

    /// A protocol error in the server's language: it is about no document in particular.
    private func words(_ entry: EditorText) -> String { entry.message.text(options.language.general) }

    // MARK: - Frames

    /// Handles one frame; returns the exit status when the server must stop.
    private mutating func handle(_ frame: MessageReader.Frame) -> Int32? {
        switch frame {
        case .end:
            return shutdownRequested ? 0 : 1
        case .badHeader(let problem):
            log(EditorText.skippedHeader(problem: problem))
            return nil
        case .body(let bytes):
            guard let message = JSON(parsing: bytes) else {
                writer.send(.response(id: .null, error: .parseError, message: words(.notJSON)))
                return nil
            }
            return handle(message)
        }
    }

    private mutating func handle(_ message: JSON) -> Int32? {
        guard message.objectValue != nil else {
            writer.send(.response(id: .null, error: .invalidRequest, message: words(.notAnObject)))
            return nil
        }
        let id = message["id"]
        if let id, !id.isValidID {
            writer.send(.response(id: .null, error: .invalidRequest, message: words(.badID)))
            return nil
        }
        guard let method = message["method"]?.stringValue else {
            // A response to a request of ours (the server sends none), or nonsense.
            if id == nil || (message["result"] == nil && message["error"] == nil) {
                writer.send(.response(id: id ?? .null, error: .invalidRequest, message: words(.noMethod)))
            }
            return nil
        }
        let params = message["params"] ?? .null
        if let id {
            answer(id: id, method: method, params: params)
            return nil
        }
        return notify(method, params: params)
    }

    // MARK: - Requests

    private mutating func answer(id: JSON, method: String, params: JSON) {
        if cancelled.remove(id) != nil {
            writer.send(.response(id: id, error: .requestCancelled, message: words(.cancelled)))
            return
        }
        if shutdownRequested {
            writer.send(.response(id: id, error: .invalidRequest, message: words(.afterShutdown)))
            return
        }
        if !initialized, method != "initialize" {
            writer.send(.response(id: id, error: .serverNotInitialized, message: words(.notInitialized)))
            return
        }
        do throws(RequestError) {
            let result: JSON
            switch method {
            case "initialize": result = initialize(params)
            case "shutdown":
                shutdownRequested = true
                result = .null
            case "textDocument/hover": result = try hover(params)
            case "textDocument/completion": result = try completion(params)
            case "textDocument/definition": result = try definition(params)
            case "textDocument/references": result = try references(params)
            case "textDocument/documentSymbol": result = try documentSymbols(params)
            case "textDocument/codeAction": result = try codeActions(params)
            default:
                writer.send(.response(id: id, error: .methodNotFound, message: EditorText.unknownMethod(method: method).text(options.language.general)))
                return
            }
            writer.send(.response(id: id, result: result))
        } catch {
            writer.send(.response(id: id, error: .invalidParams, message: error.message.text(options.language.general)))
        }
    }

    private mutating func initialize(_ params: JSON) -> JSON {
        initialized = true
        let offered = params["capabilities"]?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        encoding = offered.contains("utf-32") ? .utf32 : (offered.contains("utf-8") ? .utf8 : .utf16)
        asOf = params["initializationOptions"]?["asOf"]?.stringValue.flatMap(PlanDateTime.parse)?.date
        return [
            "capabilities": [
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "hoverProvider": true,
                "completionProvider": ["triggerCharacters": [".", ":", " ", "[", ",", "-", "{"]],
                "definitionProvider": true,
                "referencesProvider": true,
                "documentSymbolProvider": true,
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
            ],
            "serverInfo": ["name": "wf", "version": .string(LanguageServer.version)],
        ]
    }

    /// The version `serverInfo` reports.
    public static let version = "1"

    // MARK: - Notifications

    private mutating func notify(_ method: String, params: JSON) -> Int32? {
        if method == "exit" { return shutdownRequested ? 0 : 1 }
        guard initialized else { return nil }
        switch method {
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didClose": didClose(params)
        case "textDocument/didSave": didSave(params)
        default: break  // initialized, $/cancelRequest (seen before), $/setTrace…: nothing to do
        }
        return nil
    }

    /// `$/cancelRequest` for a request read in the same batch: that request is answered with
    /// RequestCancelled instead of being worked on.
    private mutating func noteCancellations(in batch: [MessageReader.Frame]) {
        for case .body(let bytes) in batch where bytes.count < 200 {
            guard let message = JSON(parsing: bytes), message["method"]?.stringValue == "$/cancelRequest",
                  let id = message["params"]?["id"], id.isValidID else { continue }
            cancelled.insert(id)
        }
    }

    /// Writes a log line on standard error, in the server's language (`--lang`, `WF_LANG`, the locale).
    func log(_ message: Message) {
        let line = Array("wf lsp: \(message.text(options.language.general))\n".utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}

extension JSON {
    /// JSON-RPC ids are numbers or strings.
    var isValidID: Bool {
        switch self {
        case .number, .string: true
        default: false
        }
    }
}
