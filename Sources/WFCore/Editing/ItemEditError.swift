/// Why an item's status could not be edited; the message says what to do instead.
public struct ItemEditError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

// MARK: - Messages

extension ItemEditError {
    static func unknownID(_ id: String, kind: String?, suggestion: String?) -> Self {
        if let kind {
            return Self("'\(id)' is \(kind); only goals and prepare items (events[].prepare[]) have 'done:' and 'progress:'")
        }
        return Self("no goal or prepare item has the id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
    }

    static let notParsed = Self("the file is not a YAML plan wf can read; run 'wf validate' on it")

    static func alias(_ id: String) -> Self {
        Self("'\(id)' is written through an alias (*name); edit the item its anchor (&name) defines by hand")
    }

    static func aliasValue(_ key: String, _ id: String) -> Self {
        Self("'\(key)' of '\(id)' is an alias (*name); edit it by hand")
    }

    static func blockScalar(_ key: String, _ id: String) -> Self {
        Self("'\(key)' of '\(id)' is a block scalar (| or >); write it on one line (\(key): …) first")
    }

    static func notScalar(_ key: String, _ id: String) -> Self {
        Self("'\(key)' of '\(id)' is not a single value; edit it by hand")
    }

    static func listNeedsPeriod(_ id: String, example: String) -> Self {
        Self("'done' of '\(id)' is a list of finished periods; name the period with --period (e.g. --period \(example))")
    }

    static func doneForGood(_ id: String) -> Self {
        Self("'done' of '\(id)' is true (done for good), not a list of periods; run 'wf undone FILE \(id)' first to track periods")
    }

    static func undoneForGood(_ id: String) -> Self {
        Self("'done' of '\(id)' is true (done for good), not a list of periods; run 'wf undone FILE \(id)' without --period")
    }

    static func notAList(_ id: String) -> Self {
        Self("'done' of '\(id)' is neither true, false nor a list of periods; fix it by hand")
    }

    static func merged(_ key: String, _ id: String) -> Self {
        Self("'\(key)' of '\(id)' comes from a merge key ('<<'); write it on the item itself first")
    }

    static func listLayout(_ id: String) -> Self {
        Self("the 'done:' list of '\(id)' is not one period per '- ' line; edit it by hand or write it as [2025-01, 2025-02]")
    }

    static func noPlace(_ key: String, _ id: String) -> Self {
        Self("cannot tell where to write '\(key):' in '\(id)' (its 'due:' is not a one-line value); add the key by hand")
    }

    static func unsafe(_ id: String) -> Self {
        Self("the edit of '\(id)' did not come out as expected, so it was not made; edit the file by hand (and please report this)")
    }
}
