import Foundation

extension String {
    /// Whether `needle` (ASCII) occurs in the text: memchr to each occurrence of its first byte,
    /// then a compare. It runs over every scalar and every file `wf` reads (for `${{` and
    /// `wf-ignore`), where Foundation's `contains(_:)` costs ten times as much.
    public func containsASCII(_ needle: StaticString) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            let count = needle.utf8CodeUnitCount
            guard count > 0, bytes.count >= count, let base = bytes.baseAddress else { return count == 0 }
            let first = needle.utf8Start.pointee
            if bytes.count < 64 {
                // Most scalars are a few bytes: a plain loop beats a call into libc.
                for index in 0...(bytes.count - count) where bytes[index] == first {
                    if memcmp(base + index, needle.utf8Start, count) == 0 { return true }
                }
                return false
            }
            var offset = 0
            while offset + count <= bytes.count {
                guard let found = memchr(base + offset, Int32(first), bytes.count - offset - count + 1) else { return false }
                let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if memcmp(base + index, needle.utf8Start, count) == 0 { return true }
                offset = index + 1
            }
            return false
        }
    }
}
