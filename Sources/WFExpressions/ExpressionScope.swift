/// What a plan declares, for checking the names expressions refer to at validate time.
public struct ExpressionScope: Sendable, Hashable {
    /// Names under `vars:`.
    public var vars: Set<String>
    /// Goal ids, `prepare` items included.
    public var goals: Set<String>
    /// Event ids.
    public var events: Set<String>
    /// Budget checkpoint ids.
    public var checkpoints: Set<String>
    /// Owner ids.
    public var owners: Set<String>
    /// Names under `secrets:`.
    public var secrets: Set<String>
    /// Step id → the output names its plugin declares; nil when any name is allowed
    /// (a shell step's `$WF_OUTPUT`, or an unknown plugin already reported elsewhere).
    public var steps: [String: Set<String>?]

    /// A scope; everything defaults to empty.
    public init(
        vars: Set<String> = [], goals: Set<String> = [], events: Set<String> = [],
        checkpoints: Set<String> = [], owners: Set<String> = [], secrets: Set<String> = [],
        steps: [String: Set<String>?] = [:]
    ) {
        self.vars = vars
        self.goals = goals
        self.events = events
        self.checkpoints = checkpoints
        self.owners = owners
        self.secrets = secrets
        self.steps = steps
    }
}

// MARK: - The contexts and their members (DESIGN §2)

extension ExpressionScope {
    /// The root names an expression may start with.
    public static let contexts = ["vars", "plan", "goals", "events", "checkpoints", "steps", "owners", "run", "env", "secrets"]
    /// Members of `plan` (the table: ``PlanMember``).
    public static let planMembers = PlanMember.names
    /// Members of `goals.<id>` (the table: ``GoalMember``).
    public static let goalMembers = GoalMember.names
    /// Members of `events.<id>` (the table: ``EventMember``).
    public static let eventMembers = EventMember.names
    /// Members of `checkpoints.<id>` (the table: ``CheckpointMember``).
    public static let checkpointMembers = CheckpointMember.names
    /// Members of `steps.<id>` (the table: ``StepMember``).
    public static let stepMembers = StepMember.names
    /// Members of `owners.<id>` (the table: ``OwnerMember``).
    public static let ownerMembers = OwnerMember.names
    /// Members of `run` (the table: ``RunMember``).
    public static let runMembers = RunMember.names
    /// The functions an expression may call, with their argument counts (`join (1 or 2
    /// arguments)`), in the order messages list them.
    public static let functions: [(name: String, arity: ClosedRange<Int>)] = Function.all.map { ($0.name, $0.arity) }
}
