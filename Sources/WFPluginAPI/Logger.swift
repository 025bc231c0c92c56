/// Where a plugin's log lines go; the runner prefixes them with the node and masks secrets.
public struct Logger: Sendable {
    private let sink: @Sendable (String) -> Void

    public init(_ sink: @escaping @Sendable (String) -> Void = { _ in }) {
        self.sink = sink
    }

    public func info(_ message: String) {
        sink(message)
    }
}
