public import WFCalendar
public import WFDiagnostics

/// A plan that decoded and validated, lowered into its graph.
public struct CompiledPlan: Sendable {
    public var plan: Plan
    public var graph: PlanGraph
    /// Stable topological order of the graph's nodes.
    public var order: [Int]
    public var calendar: WorkingCalendar
    /// The resolved due date of each prepare item, by id.
    public var prepareDue: [String: CivilDate]
    /// The folder of the plan file: relative paths resolve against it.
    public var baseDirectory: String
    /// The plan file's path as given.
    public var path: String
    /// Its `${{ }}` templates, parsed when it was validated.
    public let templates: TemplateCache

    public init(plan: Plan, graph: PlanGraph, order: [Int], calendar: WorkingCalendar,
                prepareDue: [String: CivilDate], baseDirectory: String, path: String, templates: TemplateCache = TemplateCache()) {
        self.templates = templates
        self.plan = plan
        self.graph = graph
        self.order = order
        self.calendar = calendar
        self.prepareDue = prepareDue
        self.baseDirectory = baseDirectory
        self.path = path
    }
}
