import Foundation

/// Work done off the caller's thread, where a large plan makes it worth a thread.
///
/// A load splits over two processors: one piece of work runs on a thread of its own while the
/// caller does another. Both pieces are pure (each has its own diagnostics), and the caller
/// puts their results together in the order one thread would have made them, so the output
/// does not depend on which finished first. And a plan no longer needed is freed elsewhere:
/// freeing the trees of 10,000 goals takes a while, and nobody waits for it.
public enum Background {
    /// Below this many items a second thread costs more than it saves.
    public static let threshold = 512

    /// Whether there is a second processor to use.
    public static let available = ProcessInfo.processInfo.activeProcessorCount > 1

    /// Frees `value` on another thread. Pass the last copy (`consume`), or the caller's
    /// copy is the one that frees it.
    public static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        releaser.async { box.empty() }
    }

    private static let releaser = DispatchQueue(label: "wf.release")

    /// Holds a value until the releasing thread empties it, so that the last reference is
    /// dropped there whichever thread lets go of the box last.
    private final class Box<Value: Sendable>: @unchecked Sendable {
        // Set by the caller before the hand-over; emptied once, on the releasing queue.
        private var value: Value?
        init(_ value: consuming Value) { self.value = value }
        func empty() { value = nil }
    }

    /// Starts `work` on a thread of its own; `Pending.result()` waits for it.
    public static func start<Result: Sendable>(_ work: @escaping @Sendable () -> Result) -> Pending<Result> {
        let pending = Pending<Result>()
        let thread = Thread { pending.finish(work()) }
        // The checks walk nested YAML, as deep as the parser's limits allow.
        thread.stackSize = 8 << 20
        thread.start()
        return pending
    }

    /// The result of work running on another thread.
    public final class Pending<Result: Sendable>: @unchecked Sendable {
        // Written once by the worker before it signals; read only after the wait.
        private var value: Result?
        private let done = DispatchSemaphore(value: 0)

        fileprivate init() {}

        fileprivate func finish(_ result: Result) {
            value = result
            done.signal()
        }

        /// Waits for the work to end and returns what it made.
        public func result() -> Result {
            done.wait()
            defer { done.signal() }
            guard let value else { preconditionFailure("background work ended without a result") }
            return value
        }
    }
}
