import Survey360Core

/// Everything the aggregator reads, in the domain's own types.
///
/// For very large campaigns build a ``CompactCampaign`` directly instead; this
/// form is converted into one.
///
/// ```swift
/// let input = ScoringInput(
///     questionnaire: questionnaire, organisation: organisation,
///     assignments: assignments, responses: responses, policy: campaign.policy)
/// let scores = CampaignScorer().score(input)
/// ```
public struct ScoringInput: Hashable, Sendable {
    public var questionnaire: Questionnaire
    public var organisation: Organisation
    public var assignments: [Assignment]
    /// Drafts may be included; only submitted responses are scored.
    public var responses: [Response]
    /// Submitted answers in the store's bulk form, scored together with
    /// ``responses``; what the command line loads, since it needs no
    /// dictionary per questionnaire.
    public var answers: AnswerTable?
    public var policy: ScoringPolicy
    /// Seeds the comment order, which must not follow submission order yet be
    /// the same every time the same campaign is scored.
    public var seed: UInt64
    // An array, because a struct cannot hold an optional of itself.
    private var previousStorage: [ScoringInput]

    public init(
        questionnaire: Questionnaire, organisation: Organisation, assignments: [Assignment],
        responses: [Response] = [], answers: AnswerTable? = nil, policy: ScoringPolicy = ScoringPolicy(),
        seed: UInt64 = 360, previous: ScoringInput? = nil
    ) {
        self.questionnaire = questionnaire
        self.organisation = organisation
        self.assignments = assignments
        self.responses = responses
        self.answers = answers
        self.policy = policy
        self.seed = seed
        self.previousStorage = previous.map { [$0] } ?? []
    }

    /// How many questionnaires are submitted: those of ``responses`` and
    /// every row of ``answers``, which holds submitted ones only.
    public var submittedCount: Int {
        responses.lazy.filter(\.isSubmitted).count + (answers?.pairs.count ?? 0)
    }

    /// The previous campaign, for trends; its own `previous` is ignored.
    public var previous: ScoringInput? {
        get { previousStorage.first }
        set { previousStorage = newValue.map { [$0] } ?? [] }
    }
}
