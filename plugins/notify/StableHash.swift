/// A hash that stays the same across runs and machines (FNV-1a, 64 bits), for effect keys,
/// MIME boundaries and Message-IDs. Not for security.
enum StableHash {
    /// The 64-bit FNV-1a hash of the parts, each followed by a NUL separator.
    static func fnv1a(_ parts: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The hash as 16 lower-case hex digits.
    static func hex(_ parts: [String]) -> String {
        let text = String(fnv1a(parts), radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
