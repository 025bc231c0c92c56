import WFCore

/// Nodes ready to run, smallest rank (position in the stable topological order) first.
struct ReadyQueue {
    private struct Entry: Comparable {
        var rank: Int
        var node: Int
        static func < (a: Entry, b: Entry) -> Bool { a.rank < b.rank }
    }

    private var heap = MinHeap<Entry>()

    var isEmpty: Bool { heap.isEmpty }

    mutating func push(_ node: Int, rank: Int) { heap.push(Entry(rank: rank, node: node)) }

    mutating func pop() -> Int? { heap.pop()?.node }
}
