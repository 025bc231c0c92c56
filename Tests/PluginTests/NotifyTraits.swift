import NotifyPeers
import Testing

// Kept in each test target: the shared NotifyPeers target builds without Testing, so that
// `swift build -c release --static-swift-stdlib` builds the whole package.
extension Trait where Self == ConditionTrait {
    /// Skips a test, saying why, where Python's aiosmtpd is not installed.
    static var needsAiosmtpd: Self { .enabled(if: NotifyPeer.hasAiosmtpd, "Python's aiosmtpd is missing: pip install aiosmtpd") }
    /// Skips a test, saying why, where the `openssl` tool is not installed.
    static var needsOpenSSL: Self { .enabled(if: NotifyPeer.hasOpenSSL, "the openssl tool is missing: apt-get install openssl") }
}
