import NotifyPeers
import Foundation
import Testing

/// Random small plans run through the real binary, killed at random points and resumed until
/// they finish: every notification recorded exactly once, every step run at least once, and a
/// step never before the steps it needs.
@Suite("runner: random plans killed and resumed", .serialized)
struct RunnerPropertyTests {
    /// A plan's shape: its steps in file order, each a notify or a shell step, each needing
    /// some of the steps before it.
    struct Shape: CustomStringConvertible {
        enum Kind: String { case notify, shell }

        var kinds: [Kind]
        var needs: [[Int]]

        var description: String {
            kinds.indices.map { "s\($0):\(kinds[$0].rawValue)<-\(needs[$0].map { "s\($0)" })" }.joined(separator: " ")
        }

        /// The steps `step` needs, directly or through other steps.
        func ancestors(of step: Int) -> Set<Int> {
            var found: Set<Int> = []
            var pending = needs[step]
            while let next = pending.popLast() {
                if found.insert(next).inserted { pending += needs[next] }
            }
            return found
        }

        var notifySteps: [Int] { kinds.indices.filter { kinds[$0] == .notify } }
        var shellSteps: [Int] { kinds.indices.filter { kinds[$0] == .shell } }
    }

    /// Two to eight steps; each needs each earlier step with probability 1/3.
    static func shape(_ random: inout SplitMix64) -> Shape {
        let count = 2 + Int(random.next() % 7)
        var shape = Shape(kinds: [], needs: [])
        for index in 0..<count {
            shape.kinds.append(random.next() % 2 == 0 ? .notify : .shell)
            shape.needs.append((0..<index).filter { _ in random.next() % 3 == 0 })
        }
        return shape
    }

    /// Notify steps append one record to `out/log.jsonl`; shell steps append their id to
    /// `out/ran.txt`.
    static func plan(_ shape: Shape) -> String {
        var text = "wf: 1\nname: Kế hoạch ngẫu nhiên\nsteps:\n"
        for (index, kind) in shape.kinds.enumerated() {
            text += "  - id: s\(index)\n"
            if !shape.needs[index].isEmpty {
                text += "    needs: [\(shape.needs[index].map { "s\($0)" }.joined(separator: ", "))]\n"
            }
            switch kind {
            case .notify:
                text += """
                        uses: notify
                        with:
                          to: [file:out/log.jsonl]
                          subject: "Bước s\(index)"
                          body: "Nhắc việc của bước s\(index)."

                    """
            case .shell:
                text += "    run: echo s\(index) >> out/ran.txt\n"
            }
        }
        return text
    }

    @Test("every notification exactly once, every step at least once, needs first", arguments: [
        0x5EED_0001 as UInt64, 7, 4_242, 31_337,
    ])
    func killAndResume(seed: UInt64) throws {
        var random = SplitMix64(state: seed)
        for round in 0..<2 {
            let shape = Self.shape(&random)
            var context = "seed \(seed) round \(round), plan \(shape)"
            let folder = try WF.temporaryDirectory("wf-property")
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
            try Data(Self.plan(shape).utf8).write(to: folder.appendingPathComponent("plan.yaml"))
            let jobs = String(1 + random.next() % 4)
            var arguments = ["run", "plan.yaml", "--jobs", jobs, "--as-of", "2024-03-01"]
            var finished = false
            var kills = 0
            for attempt in 0..<8 where !finished {
                let process = try RunCrashTests.start(arguments, in: folder, log: "run-\(attempt).log")
                // Somewhere between start-up and the end of a run of a few steps.
                usleep(UInt32(random.next() % 250_000))
                if process.isRunning {
                    kill(process.processIdentifier, SIGKILL)
                    kills += 1
                }
                process.waitUntilExit()
                finished = process.terminationReason == .exit && process.terminationStatus == 0
                arguments = ["run", "plan.yaml", "--jobs", jobs, "--as-of", "2024-03-01", "--resume"]
            }
            if !finished {
                let last = try WF.run(arguments, in: folder)
                #expect(last.exitCode == 0, "\(context): \(last.stdout)\(last.stderr)")
            }
            context += ", \(kills) kills"

            let records = OutboxTests.records(folder)
            #expect(OutboxTests.subjects(records) == shape.notifySteps.map { "Bước s\($0)" }.sorted(),
                    "\(context): notifications not exactly once")

            let ranText = (try? String(contentsOf: folder.appendingPathComponent("out/ran.txt"), encoding: .utf8)) ?? ""
            let ran = ranText.split(separator: "\n").map(String.init)
            #expect(Set(ran) == Set(shape.shellSteps.map { "s\($0)" }), "\(context): shell steps run \(ran)")
            // A shell step's first line comes after the first line of each shell step it needs,
            // directly or through notify steps.
            for step in shape.shellSteps {
                guard let first = ran.firstIndex(of: "s\(step)") else { continue }
                for need in shape.ancestors(of: step).sorted() where shape.kinds[need] == .shell {
                    let before = ran.firstIndex(of: "s\(need)")
                    #expect(before.map { $0 < first } == true, "\(context): s\(step) ran before s\(need): \(ran)")
                }
            }
        }
    }
}
