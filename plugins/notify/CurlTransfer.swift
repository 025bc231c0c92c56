internal import CCurl
import Foundation

/// One libcurl easy transfer, run on its own thread so the cooperative pool never blocks.
/// Only this file and its callers in this module touch `CCurl`.
final class CurlTransfer: @unchecked Sendable {
    /// How a transfer ended.
    struct Result: Sendable {
        /// The HTTP status or the last SMTP reply code (0 when none came).
        var responseCode: Int
        /// The response body (HTTP), capped at 64 KiB.
        var body: Data
    }

    /// A failed transfer: libcurl's code and its detailed message.
    struct Failure: Error, Sendable, CustomStringConvertible {
        var code: Int
        var message: String
        /// True for failures worth trying again (connection refused, timeouts, resets).
        var isTransient: Bool
        var description: String { message }
    }

    private let handle: UnsafeMutableRawPointer
    private var headers: UnsafeMutablePointer<curl_slist>?
    private var recipients: UnsafeMutablePointer<curl_slist>?
    private var upload = Data()
    private var uploadOffset = 0
    private var received = Data()
    private var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    private var setupError: String?

    /// libcurl's global state, set up once before the first handle.
    private static let globalInit: Bool = wf_curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    init() throws {
        if let reason = wf_curl_load_error() {
            throw Failure(code: -1, message: String(cString: reason), isTransient: false)
        }
        guard CurlTransfer.globalInit, let handle = wf_curl_easy_init() else {
            throw Failure(code: -1, message: "libcurl could not be initialised", isTransient: false)
        }
        self.handle = handle
        set(CURLOPT_NOSIGNAL, 1)
        set(CURLOPT_NOPROGRESS, 1)
    }

    deinit {
        wf_curl_easy_cleanup(handle)
        wf_curl_slist_free_all(headers)
        wf_curl_slist_free_all(recipients)
    }

    // MARK: - Options

    func set(_ option: CURLoption, _ value: Int) {
        record(wf_curl_set_long(handle, option, value), option)
    }

    func set(_ option: CURLoption, _ value: String) {
        // libcurl copies string options (since 7.17), so a temporary C string is enough.
        record(value.withCString { wf_curl_set_string(handle, option, $0) }, option)
    }

    /// Connect and whole-transfer timeouts.
    func setTimeouts(connect: Duration, total: Duration) {
        set(CURLOPT_CONNECTTIMEOUT_MS, Int(connect.components.seconds) * 1000 + Int(connect.components.attoseconds / 1_000_000_000_000_000))
        set(CURLOPT_TIMEOUT_MS, Int(total.components.seconds) * 1000 + Int(total.components.attoseconds / 1_000_000_000_000_000))
    }

    func addHeader(_ line: String) {
        headers = wf_curl_slist_append(headers, line)
    }

    func addRecipient(_ address: String) {
        recipients = wf_curl_slist_append(recipients, "<" + address + ">")
    }

    /// The bytes to send: an HTTP POST body or an SMTP message.
    func setUpload(_ data: Data, asPOST: Bool) {
        upload = data
        uploadOffset = 0
        if asPOST {
            set(CURLOPT_POST, 1)
            set(CURLOPT_POSTFIELDSIZE_LARGE, data.count)
        } else {
            set(CURLOPT_UPLOAD, 1)
            set(CURLOPT_INFILESIZE_LARGE, data.count)
        }
    }

    private func record(_ code: CURLcode, _ option: CURLoption) {
        if code != CURLE_OK, setupError == nil {
            setupError = "libcurl refused option \(option.rawValue): " + String(cString: wf_curl_easy_strerror(code))
        }
    }

    // MARK: - Performing

    /// Runs the transfer on a new thread and returns when it ends.
    func perform() async throws -> Result {
        if let setupError { throw Failure(code: -1, message: setupError, isTransient: false) }
        return try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: self.performBlocking()) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    private func performBlocking() -> Swift.Result<Result, Error> {
        let context = Unmanaged.passUnretained(self).toOpaque()
        wf_curl_set_slist(handle, CURLOPT_HTTPHEADER, headers)
        if recipients != nil { wf_curl_set_slist(handle, CURLOPT_MAIL_RCPT, recipients) }
        wf_curl_set_pointer(handle, CURLOPT_READDATA, context)
        wf_curl_set_callback(handle, CURLOPT_READFUNCTION) { buffer, size, count, userdata in
            guard let buffer, let userdata else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
            let length = min(size * count, transfer.upload.count - transfer.uploadOffset)
            guard length > 0 else { return 0 }
            transfer.upload.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress else { return }
                UnsafeMutableRawPointer(buffer).copyMemory(from: base + transfer.uploadOffset, byteCount: length)
            }
            transfer.uploadOffset += length
            return length
        }
        wf_curl_set_pointer(handle, CURLOPT_WRITEDATA, context)
        wf_curl_set_callback(handle, CURLOPT_WRITEFUNCTION) { buffer, size, count, userdata in
            guard let buffer, let userdata else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
            let length = size * count
            if transfer.received.count < 65_536 {
                transfer.received.append(UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self),
                                         count: min(length, 65_536 - transfer.received.count))
            }
            return length
        }
        let code = errorBuffer.withUnsafeMutableBufferPointer { buffer -> CURLcode in
            wf_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            let code = wf_curl_easy_perform(handle)
            wf_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, nil)
            return code
        }
        var response = 0
        wf_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &response)
        guard code == CURLE_OK else {
            let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let summary = String(cString: wf_curl_easy_strerror(code))
            var message = detail.isEmpty ? summary : detail
            if response > 0 { message += " (server replied \(response))" }
            return .failure(Failure(code: Int(code.rawValue), message: message, isTransient: Self.transientCodes.contains(code)))
        }
        return .success(Result(responseCode: response, body: received))
    }

    private static let transientCodes: Set<UInt32> = [
        CURLE_COULDNT_CONNECT.rawValue, CURLE_COULDNT_RESOLVE_HOST.rawValue, CURLE_OPERATION_TIMEDOUT.rawValue,
        CURLE_SEND_ERROR.rawValue, CURLE_RECV_ERROR.rawValue, CURLE_GOT_NOTHING.rawValue, CURLE_PARTIAL_FILE.rawValue,
    ]
}

private extension Set where Element == UInt32 {
    func contains(_ code: CURLcode) -> Bool { contains(code.rawValue) }
}
