/// One part of the message catalog: an enum whose cases are messages, each with its English
/// and Vietnamese template. Placeholders are written `{name}` (a lower-case letter, then
/// letters and digits); everything else is literal, so `${{ steps.x }}` stays as it is.
///
/// A message is made by calling the case with its values by name:
///
/// ```swift
/// DiagnosticText.unknownNeeds(step: "gui-lanh-dao", id: "bao-cao-qui")
/// ```
///
/// Both templates must use the same placeholders (`CatalogTests` checks every entry), and a
/// call must give exactly those values (checked in debug builds).
public protocol MessageCatalog: CaseIterable, Sendable, RawRepresentable where RawValue == String {
    /// The entry's English and Vietnamese templates.
    var templates: (en: String, vi: String) { get }
}

extension MessageCatalog {
    /// The message with `values` put into the placeholders.
    public func dynamicallyCall(withKeywordArguments values: KeyValuePairs<String, any MessageArgument>) -> Message {
        let (en, vi) = templates
        assert(Set(values.map(\.key)) == Set(MessageTemplate.placeholders(en)),
               "\(Self.self).\(rawValue): values \(values.map(\.key)) do not match the placeholders of '\(en)'")
        if values.isEmpty { return Message(en: en, vi: vi) }
        return Message(en: MessageTemplate.fill(en, values, .en), vi: MessageTemplate.fill(vi, values, .vi))
    }

    /// The message of an entry without placeholders.
    public var message: Message {
        dynamicallyCall(withKeywordArguments: [:])
    }
}

/// Placeholder handling for catalog templates.
public enum MessageTemplate {
    /// The placeholder names in `template`, in order of appearance (with repeats).
    public static func placeholders(_ template: String) -> [String] {
        var names: [String] = []
        scan(template) { piece in
            if case .placeholder(let name) = piece { names.append(name) }
        }
        return names
    }

    /// `template` with each placeholder replaced by its value's text in `language`; a
    /// placeholder without a value is left as written.
    static func fill(_ template: String, _ values: KeyValuePairs<String, any MessageArgument>, _ language: Language) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + 16)
        scan(template) { piece in
            switch piece {
            case .literal(let text):
                out += text
            case .placeholder(let name):
                if let value = values.first(where: { $0.key == name })?.value {
                    out += value.text(language)
                } else {
                    out += "{" + name + "}"
                }
            }
        }
        return out
    }

    enum Piece {
        case literal(Substring)
        case placeholder(String)
    }

    /// Calls `visit` with the literal runs and placeholders of `template`, in order.
    static func scan(_ template: String, _ visit: (Piece) -> Void) {
        let scalars = template.unicodeScalars
        var literalStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard scalars[index] == "{", let (name, end) = placeholder(in: scalars, at: index) else {
                index = scalars.index(after: index)
                continue
            }
            if literalStart < index { visit(.literal(Substring(scalars[literalStart..<index]))) }
            visit(.placeholder(name))
            index = end
            literalStart = end
        }
        if literalStart < scalars.endIndex { visit(.literal(Substring(scalars[literalStart...]))) }
    }

    /// The name of the placeholder `{name}` starting at `open`, and the index after its `}`.
    private static func placeholder(in scalars: String.UnicodeScalarView, at open: String.Index) -> (String, String.Index)? {
        var index = scalars.index(after: open)
        guard index < scalars.endIndex, ("a"..."z").contains(scalars[index]) else { return nil }
        var name = ""
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "}" { return (name, scalars.index(after: index)) }
            guard ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) else {
                return nil
            }
            name.unicodeScalars.append(scalar)
            index = scalars.index(after: index)
        }
        return nil
    }
}
