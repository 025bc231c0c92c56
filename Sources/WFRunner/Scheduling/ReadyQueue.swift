/// Nodes ready to run, smallest rank (position in the stable topological order) first.
struct ReadyQueue {
    private var items: [(rank: Int, node: Int)] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ node: Int, rank: Int) {
        items.append((rank, node))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].rank < items[parent].rank else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Int? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < items.count, items[left].rank < items[smallest].rank { smallest = left }
                if right < items.count, items[right].rank < items[smallest].rank { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top.node
    }
}
