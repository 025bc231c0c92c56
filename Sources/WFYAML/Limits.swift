/// Limits that keep hostile or broken input from exhausting time or memory.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest accepted input, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of mappings and sequences.
    public var maxDepth: Int
    /// Most nodes that aliases may add by expansion, beyond the nodes written out.
    public var maxAliasExpansion: Int

    public init(maxBytes: Int = 64 << 20, maxDepth: Int = 256, maxAliasExpansion: Int = 100_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let `default` = YAMLLimits()
}
