internal import CCurl
import Foundation
import WFPluginAPI

/// Sends mail through an SMTP server with libcurl: STARTTLS when offered, AUTH when
/// credentials are given, the same MIME message an `.eml` draft holds.
struct SMTPSender: Sendable {
    /// Where and as whom mail goes, from the environment and declared secrets.
    struct Settings: Sendable {
        /// `smtp://host:port` (STARTTLS when offered) or `smtps://host:port` (TLS from the start).
        var url: String
        var from: Mailbox
        var user: String?
        var password: String?
        /// A PEM file of CA certificates to trust instead of the system's (a private mail server).
        var caFile: String?
        var timeout: Duration
        /// The language of its error messages (the run's).
        var language: Language

        /// True when the server is on this machine (127.0.0.0/8, ::1, localhost).
        var isLoopback: Bool {
            guard let host = URLComponents(string: url)?.host?.lowercased() else { return false }
            return host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]"
        }
    }

    var settings: Settings

    /// Delivers `message` to `recipients`; throws a `PluginError` that names the server.
    func send(_ message: Data, to recipients: [String]) async throws {
        let transfer = try CurlTransfer()
        transfer.set(CURLOPT_URL, settings.url)
        transfer.set(CURLOPT_MAIL_FROM, "<" + settings.from.address + ">")
        for recipient in recipients { transfer.addRecipient(recipient) }
        let hasCredentials = settings.user != nil || settings.password != nil
        // Credentials never cross the network in clear text: TLS is required then, except on loopback.
        let tls = hasCredentials && !settings.isLoopback ? CURLUSESSL_ALL : CURLUSESSL_TRY
        transfer.set(CURLOPT_USE_SSL, Int(tls.rawValue))
        if let user = settings.user { transfer.set(CURLOPT_USERNAME, user) }
        if let password = settings.password { transfer.set(CURLOPT_PASSWORD, password) }
        if let caFile = settings.caFile { transfer.set(CURLOPT_CAINFO, caFile) }
        transfer.setTimeouts(connect: min(.seconds(10), settings.timeout), total: settings.timeout)
        transfer.setUpload(message, asPOST: false)
        do {
            _ = try await transfer.perform()
        } catch let failure as CurlTransfer.Failure {
            throw PluginError(PluginText.smtpRefused(url: Self.redacted(settings.url), problem: failure.message), language: settings.language)
        }
    }

    /// The URL without any user or password written into it.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.user != nil || components.password != nil else { return url }
        components.user = nil
        components.password = nil
        return components.string ?? url
    }
}
