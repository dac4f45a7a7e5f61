import Survey360Core

/// How many raters of a group were asked and how many answered.
public struct Participation: Hashable, Sendable, Codable {
    public var group: RaterGroup
    public var invited: Int
    public var responded: Int

    /// responded / invited, 0 when nobody was invited.
    public var rate: Double { invited == 0 ? 0 : Double(responded) / Double(invited) }
}
