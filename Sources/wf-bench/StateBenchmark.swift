import Foundation
import WFExpressions
import WFRunner

/// The cost of checking the state store before a run: a store of N runs (each with 20 node
/// results and 3 reminders in the outbox, as a daily run of a mid-size plan leaves), built
/// through the store's own API; prints its size and the time of `PRAGMA quick_check` and
/// `PRAGMA integrity_check` (median of 5), and of a whole open for writing (which checks).
enum StateBenchmark {
    static func run(sizes: [Int] = [1_000]) -> Bool {
        print("\nstate store check (median of 5; the store is built through StateStore's API)")
        print(pad("runs", 8) + pad("results", 10) + pad("effects", 10) + pad("bytes", 12)
              + pad("quick_check", 14) + pad("integrity_check", 18) + "open for writing")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wf-bench-state-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        for runs in sizes {
            let path = root.appendingPathComponent("\(runs)/.wf/state.sqlite").path
            do {
                let (results, effects) = try fill(path: path, runs: runs)
                let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
                let store = try StateStore(path: path)
                let quick = try median { _ = try store.problems(.quick) }
                let full = try median { _ = try store.problems(.full) }
                let open = try median { _ = try StateStore(path: path) }
                print(pad("\(runs)", 8) + pad("\(results)", 10) + pad("\(effects)", 10) + pad("\(bytes)", 12)
                      + pad(milliseconds(quick), 14) + pad(milliseconds(full), 18) + milliseconds(open))
            } catch {
                print("cannot measure a store of \(runs) runs: \(error)")
                return false
            }
        }
        return true
    }

    /// Writes `runs` daily runs into a new store at `path`; returns the result and effect counts.
    static func fill(path: String, runs: Int) throws -> (Int, Int) {
        let store = try StateStore(path: path)
        let start = Date(timeIntervalSince1970: 1_696_464_000)
        var results = 0
        var effects = 0
        for day in 0..<runs {
            let startedAt = start.addingTimeInterval(Double(day) * 86_400)
            let asOf = ISO8601DateFormatter.string(from: startedAt, timeZone: .gmt, formatOptions: [.withFullDate])
            let run = try store.insertRun(RunRecord(
                workflow: "workflows/ke-hoach-quy-4.yaml", path: "/srv/wf/workflows/ke-hoach-quy-4.yaml",
                contentHash: String(format: "%016llx", UInt64(day / 30)), asOf: asOf, startedAt: startedAt,
                options: #"{"jobs":4}"#))
            for node in 0..<20 {
                let outputs: [String: ExpressionValue] = node % 4 == 0
                    ? ["overdue": .number(Double(day % 7)), "due_soon": .number(3), "status": .string("đúng hạn"),
                       "summary": .string("Hoàn thành báo cáo tổng kết quý \(node) — còn \(day % 10) ngày làm việc")]
                    : ["path": .string("out/bao-cao-\(asOf)-\(node).docx")]
                try store.record(NodeResult(
                    nodeID: "buoc-\(node)", status: node == 19 && day % 9 == 0 ? .failed : .succeeded, outputs: outputs,
                    attempts: 1, startedAt: startedAt, finishedAt: startedAt.addingTimeInterval(0.2), duration: 0.2,
                    error: node == 19 && day % 9 == 0 ? "smtp: 421 máy chủ bận, thử lại sau" : nil), run: run)
                results += 1
            }
            for reminder in 0..<3 {
                let key = "\(asOf)/nhac-viec-\(reminder)/to:nguyenvana@sotc.gov.vn"
                try store.beginEffect(workflow: "workflows/ke-hoach-quy-4.yaml", node: "nhac-viec", key: key,
                                      summary: "email to nguyenvana@sotc.gov.vn: Nhắc hạn nộp báo cáo quý (còn 3 ngày)", run: run)
                try store.finishEffect(workflow: "workflows/ke-hoach-quy-4.yaml", node: "nhac-viec", key: key, state: .done)
                effects += 1
            }
            try store.finishRun(run, status: day % 9 == 0 ? .failed : .succeeded, at: startedAt.addingTimeInterval(5))
        }
        return (results, effects)
    }

    /// The median of five timings of `body`, in seconds.
    static func median(_ body: () throws -> Void) throws -> Double {
        var times: [Double] = []
        for _ in 0..<5 {
            let clock = ContinuousClock.now
            try body()
            let elapsed = ContinuousClock.now - clock
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return times.sorted()[2]
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
