/// Makes a realistic organisation of any size from a seed, for tests,
/// benchmarks and demonstrations that need more people than a sample file
/// holds.
///
/// The organisation is a company headed by a chief executive: divisions
/// (engineering, sales, finance, …) split into departments, sections and
/// teams, every unit with a head who reports to the head of the unit above,
/// so that spans of control stay between 3 and 9 at every size. Teams are
/// each other's functional customers (every team uses a support team of
/// another division, and some use a team of a core division), and work
/// processes of 2 to 5 stages run across divisions, a quarter of their
/// stages narrowed to named people. About 2% of the people are on leave
/// and about 1% have left; nobody who heads a unit has left.
///
/// The same size and seed give the same organisation on every machine (see
/// ``SplitMix64``), which always passes ``OrganisationValidator``.
///
/// ```swift
/// let organisation = OrganisationSimulator(people: 10_000, seed: 42).make()
/// print(organisation.departments.count, organisation.hierarchyDepth)
/// ```
public struct OrganisationSimulator: Sendable {
    /// The number of people the organisation will have, exactly.
    public let peopleCount: Int
    public let seed: UInt64

    /// - Parameters:
    ///   - people: The number of people, at least 1. Below 6 the
    ///     organisation is a single team without relations.
    ///   - seed: Any number; each gives a different organisation.
    public init(people: Int, seed: UInt64) {
        precondition(people >= 1, "An organisation needs at least one person")
        self.peopleCount = people
        self.seed = seed
    }

    /// Builds the organisation: 100,000 people take about half a second in
    /// a release build, most of it spent making names and the lookups of
    /// ``Organisation``.
    public func make() -> Organisation {
        var builder = Builder(peopleCount: peopleCount, seed: seed)
        builder.buildTree()
        let services = builder.makeServices()
        let processes = builder.makeProcesses()
        return Organisation(
            departments: builder.departments, people: builder.people,
            services: services, processes: processes)
    }
}

extension OrganisationSimulator {
    /// The state of one `make()`: the records made so far and the units of
    /// the tree, which the relations are drawn between.
    struct Builder {
        let peopleCount: Int
        var random: SplitMix64
        var departments: [Department] = []
        var people: [Person] = []
        /// The teams (units without sub-units), in tree order.
        var teams: [Team] = []
        /// Teams grouped by the division they belong to.
        var teamsByDivision: [[Int]] = []
        var names = NameSource()
        let departmentIDWidth: Int
        let personIDWidth: Int

        init(peopleCount: Int, seed: UInt64) {
            self.peopleCount = peopleCount
            random = SplitMix64(seed: seed)
            personIDWidth = max(4, String(peopleCount).count)
            departmentIDWidth = personIDWidth
        }
    }

    /// A unit without sub-units: the people who do the work.
    struct Team {
        var department: DepartmentID
        var area: Area
        /// The index in `Builder.teamsByDivision`, or `nil` for a
        /// single-team organisation.
        var division: Int?
        /// The head first, then the members, in id order.
        var people: [PersonID]
        var activePeople: [PersonID]
    }
}
