/// Text a person reads, held in both languages at once, so that whoever shows it picks the
/// language at the last moment (a diagnostic is made before the plan's `lang:` is known).
///
/// A message comes from the catalog (`MessageCatalog`): an entry's two templates with the
/// values put in. Text that is not wf's own words (a file's line, a value the planner wrote,
/// what libyaml said) enters as `verbatim`.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    /// The English text.
    public let en: String
    /// The Vietnamese text.
    public let vi: String

    init(en: String, vi: String) {
        self.en = en
        self.vi = vi
    }

    /// Text that reads the same in both languages: a name, a value, a quoted line.
    public static func verbatim(_ text: String) -> Message {
        Message(en: text, vi: text)
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        language == .vi ? vi : en
    }

    /// The English text, for logs and tests.
    public var description: String { en }

    /// Two messages one after the other, with `separator` between them in both languages.
    public func joined(_ other: Message, separator: String = " ") -> Message {
        Message(en: en + separator + other.en, vi: vi + separator + other.vi)
    }

    /// Messages joined into one, with a separator that is the same in both languages.
    public static func list(_ messages: [Message], separator: String) -> Message {
        Message(en: messages.map(\.en).joined(separator: separator),
                vi: messages.map(\.vi).joined(separator: separator))
    }
}

/// A value put into a message's placeholder: plain text, a number, or another message (which
/// brings its own two languages).
public protocol MessageArgument: Sendable {
    /// The value's text in `language`.
    func text(_ language: Language) -> String
}

extension Message: MessageArgument {}

extension String: MessageArgument {
    public func text(_ language: Language) -> String { self }
}

extension Substring: MessageArgument {
    public func text(_ language: Language) -> String { String(self) }
}

extension Int: MessageArgument {
    public func text(_ language: Language) -> String { String(self) }
}

extension Character: MessageArgument {
    public func text(_ language: Language) -> String { String(self) }
}
