#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WFJSON

/// Writes JSON-RPC messages with `Content-Length` headers to a file descriptor.
struct MessageWriter {
    private let descriptor: Int32
    /// False once a write failed (the client went away): later messages are dropped.
    private(set) var isOpen = true

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Sends one message; a closed pipe makes this and later sends do nothing.
    mutating func send(_ message: JSON) {
        guard isOpen else { return }
        let body = message.utf8()
        let bytes = Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                isOpen = false
                return
            }
            written += count
        }
    }
}

/// The JSON-RPC and LSP error codes the server answers with.
enum ErrorCode: Int {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case requestCancelled = -32800
    case invalidRequestAfterShutdown = -32001
}

extension JSON {
    /// A response carrying `result`.
    static func response(id: JSON, result: JSON) -> JSON {
        ["jsonrpc": "2.0", "id": id, "result": result]
    }

    /// A response carrying an error.
    static func response(id: JSON, error code: ErrorCode, message: String) -> JSON {
        ["jsonrpc": "2.0", "id": id, "error": ["code": .int(code.rawValue), "message": .string(message)]]
    }

    /// A notification from the server.
    static func notification(_ method: String, params: JSON) -> JSON {
        ["jsonrpc": "2.0", "method": .string(method), "params": params]
    }
}
