// MARK: - Order, cycles, critical path

extension PlanGraph {
    /// A topological order that keeps declaration order among independent nodes.
    /// Nodes on a cycle (and what depends on them) are left out.
    public func topologicalOrder() -> [Int] {
        var remaining = dependencies.map(\.count)
        var ready = MinHeap<Int>()
        for (index, count) in remaining.enumerated() where count == 0 { ready.push(index) }
        var order: [Int] = []
        order.reserveCapacity(nodes.count)
        while let next = ready.pop() {
            order.append(next)
            for dependent in dependents[next] {
                remaining[dependent] -= 1
                if remaining[dependent] == 0 { ready.push(dependent) }
            }
        }
        return order
    }

    /// Every elementary cycle found, one per strongly connected component, as its edges in order.
    public func cycles() -> [[Edge]] {
        let components = stronglyConnectedComponents().filter { component in
            component.count > 1 || component.first.map { dependencies[$0].contains($0) } == true
        }
        guard !components.isEmpty else { return [] }
        var edgeFor: [Int: [Int: Edge]] = [:]
        for edge in edges { edgeFor[edge.from, default: [:]][edge.to] = edge }
        var result: [[Edge]] = []
        for component in components {
            let members = Set(component)
            guard let start = component.min() else { continue }
            if component.count == 1, !(dependencies[start].contains(start)) { continue }
            // Shortest way from start back to start inside the component (BFS).
            var previous: [Int: Int] = [:]
            var queue = [start]
            var head = 0
            var found = false
            while head < queue.count, !found {
                let node = queue[head]
                head += 1
                for next in dependencies[node].sorted() where members.contains(next) {
                    if next == start {
                        previous[start] = node
                        found = true
                        break
                    }
                    if previous[next] == nil {
                        previous[next] = node
                        queue.append(next)
                    }
                }
            }
            guard found else { continue }
            var path: [Int] = [start]
            var node = previous[start] ?? start
            while node != start {
                path.append(node)
                node = previous[node] ?? start
            }
            path.reverse()  // start → ... following dependencies
            path = [start] + path.dropLast()
            var cycle: [Edge] = []
            for (i, from) in path.enumerated() {
                let to = path[(i + 1) % path.count]
                if let edge = edgeFor[from]?[to] { cycle.append(edge) }
            }
            result.append(cycle)
        }
        return result
    }

    /// Tarjan's algorithm, iterative so deep graphs do not overflow the stack.
    func stronglyConnectedComponents() -> [[Int]] {
        let count = nodes.count
        var index = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var next = 0
        var components: [[Int]] = []
        for root in 0..<count where index[root] < 0 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = next
            low[root] = next
            next += 1
            stack.append(root)
            onStack[root] = true
            while let (node, edgeIndex) = work.last {
                if edgeIndex < dependencies[node].count {
                    work[work.count - 1].edge += 1
                    let target = dependencies[node][edgeIndex]
                    if index[target] < 0 {
                        index[target] = next
                        low[target] = next
                        next += 1
                        stack.append(target)
                        onStack[target] = true
                        work.append((target, 0))
                    } else if onStack[target] {
                        low[node] = min(low[node], index[target])
                    }
                } else {
                    work.removeLast()
                    if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                    if low[node] == index[node] {
                        var component: [Int] = []
                        while let member = stack.popLast() {
                            onStack[member] = false
                            component.append(member)
                            if member == node { break }
                        }
                        if component.count > 1 || dependencies[node].contains(node) {
                            components.append(component)
                        }
                    }
                }
            }
        }
        return components.sorted { ($0.min() ?? 0) < ($1.min() ?? 0) }
    }

    /// The longest dependency chain (most nodes; ties: the longest span of dates), first to last.
    public func criticalPath() -> [Int] {
        let order = topologicalOrder()
        var length = [Int](repeating: 1, count: nodes.count)
        var span = [Int](repeating: 0, count: nodes.count)
        var previous = [Int](repeating: -1, count: nodes.count)
        for node in order {
            for dependency in dependencies[node] {
                let gap = gapDays(from: dependency, to: node)
                let candidate = (length[dependency] + 1, span[dependency] + gap)
                let current = (length[node], span[node])
                // On a tie, the dependency that finishes last leaves no slack: it is critical.
                let later = previous[node] >= 0 && candidate == current
                    && (nodes[dependency].date ?? .init(dayNumber: 0)) > (nodes[previous[node]].date ?? .init(dayNumber: 0))
                if candidate > current || later {
                    (length[node], span[node]) = candidate
                    previous[node] = dependency
                }
            }
        }
        guard var last = order.max(by: { (length[$0], span[$0], -$0) < (length[$1], span[$1], -$1) }) else { return [] }
        var path = [last]
        while previous[last] >= 0 {
            last = previous[last]
            path.append(last)
        }
        return path.reversed()
    }

    private func gapDays(from a: Int, to b: Int) -> Int {
        guard let start = nodes[a].date, let end = nodes[b].date else { return 0 }
        return max(0, start.days(until: end))
    }
}

/// A binary min-heap: the stable topological order takes the smallest ready node index
/// first, and the runner the ready node of smallest rank. Inlinable, so that the runner's
/// heap is specialised for its entries: through the generic code, each comparison and swap
/// was a call through a witness table, 16,000 pops of a 10,000-goal plan.
public struct MinHeap<Element: Comparable> {
    @usableFromInline var items: [Element] = []

    @inlinable public init() {}

    @inlinable public var isEmpty: Bool { items.isEmpty }

    @inlinable public mutating func push(_ value: Element) {
        items.append(value)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    @inlinable public mutating func pop() -> Element? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < items.count, items[left] < items[smallest] { smallest = left }
                if right < items.count, items[right] < items[smallest] { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top
    }
}
