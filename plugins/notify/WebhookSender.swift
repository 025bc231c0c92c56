internal import CCurl
import Foundation
import WFPluginAPI

/// Posts JSON to a webhook with libcurl, retrying server errors and lost connections.
struct WebhookSender: Sendable {
    /// Tries after the first one.
    var retries = 3
    /// The wait before the first retry; it doubles after each.
    var backoff: Duration = .milliseconds(250)
    /// The limit on one attempt, connecting included.
    var timeout: Duration = .seconds(10)

    /// POSTs `json` to `url`; throws a `PluginError` with the last status or error.
    /// Posts `json`; `idempotencyKey` is the same on every attempt of one effect (retries here
    /// and later runs), so a receiver can tell a repeat from a new message.
    func post(_ json: Data, to url: String, idempotencyKey: String? = nil) async throws {
        var wait = backoff
        var lastProblem = ""
        var attempts = 0
        for attempt in 0...retries {
            attempts += 1
            if attempt > 0 {
                try await Task.sleep(for: wait)
                wait *= 2
            }
            let transfer = try CurlTransfer()
            transfer.set(CURLOPT_URL, url)
            transfer.addHeader("Content-Type: application/json; charset=utf-8")
            transfer.addHeader("Accept: application/json, text/plain, */*")
            transfer.addHeader("Expect:")
            if let idempotencyKey { transfer.addHeader("Idempotency-Key: \(idempotencyKey)") }
            transfer.set(CURLOPT_USERAGENT, "wf")
            transfer.set(CURLOPT_PROTOCOLS_STR, "http,https")
            transfer.setTimeouts(connect: min(.seconds(5), timeout), total: timeout)
            transfer.setUpload(json, asPOST: true)
            do {
                let result = try await transfer.perform()
                if (200..<300).contains(result.responseCode) { return }
                let text = String(decoding: result.body.prefix(200), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                lastProblem = "HTTP \(result.responseCode)" + (text.isEmpty ? "" : ": \(text)")
                guard result.responseCode >= 500 || result.responseCode == 429 else { break }
            } catch let failure as CurlTransfer.Failure {
                lastProblem = failure.message
                guard failure.isTransient else { break }
            }
        }
        throw PluginError("webhook \(url) failed" + (attempts > 1 ? " after \(attempts) attempts" : "") + ": \(lastProblem)")
    }
}
