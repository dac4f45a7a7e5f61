/// Counts of input the aggregator set aside, so that a report can say so
/// without naming anyone.
public struct InputNotes: Hashable, Sendable, Codable {
    /// Assignments that name someone not in the organisation.
    public var assignmentsWithUnknownPeople = 0
    /// Responses without an assignment for their pair.
    public var responsesWithoutAssignment = 0
    /// Responses saved as drafts and never submitted.
    public var draftResponses = 0
    /// Ratings outside the scale or for items not in the questionnaire.
    public var invalidRatings = 0
    /// Questionnaires assigned twice for the same pair (the first is kept).
    public var duplicateAssignments = 0

    public init() {}
}
