/// Declared secrets' values, and masking of them in every text that leaves the run.
public struct Secrets: Sendable {
    public let values: [String: String]
    /// Values to mask, longest first, each also line by line for multi-line secrets.
    private let masked: [String]

    public init(_ values: [String: String] = [:]) {
        self.values = values
        var masks: Set<String> = []
        for value in values.values where !value.isEmpty {
            masks.insert(value)
            for line in value.split(whereSeparator: \.isNewline) where line.count >= 3 {
                masks.insert(String(line))
            }
        }
        self.masked = masks.sorted { $0.count > $1.count }
    }

    public subscript(name: String) -> String? { values[name] }

    /// Whether there is nothing to mask: then masking may skip a text without reading it.
    public var isEmpty: Bool { masked.isEmpty }

    /// `text` with every secret value replaced by `***`.
    public func mask(_ text: String) -> String {
        guard !masked.isEmpty else { return text }
        var result = text
        for value in masked where result.contains(value) {
            result = result.replacing(value, with: "***")
        }
        return result
    }
}
