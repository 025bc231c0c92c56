import WFCore
import WFPlanning

// MARK: - --fail-on

extension Runner {
    /// What `--fail-on` finds: the goals and prepare items of the run (those `--only` selected)
    /// that the rule matches, judged by the planning snapshot, as a `deadline` step's `fail_on`.
    func failOnMatches(selected: [Bool], snapshot: PlanSnapshot) -> [String] {
        guard let failOn = options.failOn else { return [] }
        let graph = compiled.graph
        let ids = options.only.isEmpty ? nil : graph.nodes.indices.filter { selected[$0] }.map { graph.nodes[$0].id }
        let language = options.language
        let words = PlanWording(lang: language)
        return snapshot.failing(failOn, among: ids).map { item in
            PluginText.failOnItem(kind: item.kind == .prepare ? PluginText.failOnPrepare.message : PluginText.failOnGoal.message,
                                  id: item.id, state: words.state(item.state), line: words.line(item)).text(language)
        }
    }
}
