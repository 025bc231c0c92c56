import Foundation
public import WFExpressions

/// Parsed `${{ }}` templates: each distinct text parsed once. The validator fills it and the
/// compiled plan keeps it, so a run reads its templates from here instead of parsing them
/// again; a process that loads the same plan again and again (`wf lsp` after each edit) keeps
/// one from load to load: an edit changes a line or two, so nearly every template of the new
/// text was parsed for the old one.
///
/// Two generations: a load reads from both and keeps what it used in the current one;
/// ``nextLoad()`` drops what the previous load did not use, so the cache never holds more than
/// two loads' templates.
public final class TemplateCache: @unchecked Sendable {
    public typealias Parsed = (template: Template, errors: [ExpressionError])

    private let lock = NSLock()
    private var current: [String: Parsed] = [:]
    private var previous: [String: Parsed] = [:]

    public init() {}

    /// Starts a new load: templates the last load did not use are forgotten.
    public func nextLoad() {
        lock.withLock {
            previous = current
            current = [:]
            current.reserveCapacity(previous.count)
        }
    }

    /// Makes room for `count` templates, so that filling the cache does not rehash them as it grows.
    func reserve(_ count: Int) {
        lock.withLock { current.reserveCapacity(count) }
    }

    /// `text` parsed, from the cache when an earlier load parsed it.
    public func parse(_ text: String) -> Parsed {
        let cached: Parsed? = lock.withLock {
            if let parsed = current[text] { return parsed }
            guard let parsed = previous[text] else { return nil }
            current[text] = parsed
            return parsed
        }
        if let cached { return cached }
        let parsed = Template.parse(text)
        lock.withLock { current[text] = parsed }
        return parsed
    }
}
