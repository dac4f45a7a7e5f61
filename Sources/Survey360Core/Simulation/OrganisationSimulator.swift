/// Makes a realistic organisation of any size from a seed, for tests,
/// benchmarks and demonstrations that need more people than a sample file
/// holds.
///
/// The organisation is a company headed by a chief executive: divisions
/// (engineering, sales, finance, …) split into departments, sections and
/// groups, every unit with a head who reports to the head of the unit
/// above. In the ``Shape/realistic`` shape a department that does the work
/// holds one to seven teams (three to five as a rule), each led by a team
/// lead, so that 100,000 people work in about 4,000 departments of about
/// thirty, as in an HR
/// directory (see ``Shape`` for the spans of control and where they come
/// from). Departments that do the work are each other's functional
/// customers (every one uses a support department of another division, and
/// half also a department of any other division), and work processes of 2
/// to 5 stages run across divisions, one for about every ten such
/// departments, many stages narrowed to one team or to named people. About
/// 2% of the people are on leave and about 1% have left; nobody who heads a
/// unit or leads a team has left.
///
/// The same size, seed and shape give the same organisation on every
/// machine (see ``SplitMix64``), which always passes
/// ``OrganisationValidator``.
///
/// ```swift
/// let organisation = OrganisationSimulator(people: 10_000, seed: 42).make()
/// print(organisation.departments.count, organisation.hierarchyDepth)
/// ```
public struct OrganisationSimulator: Sendable {
    /// The number of people the organisation will have, exactly.
    public let peopleCount: Int
    public let seed: UInt64
    public let shape: Shape

    /// How the company is cut into departments.
    ///
    /// The spans of control of the realistic shape follow what studies of
    /// real companies report:
    /// - the chief executive leads 7 to 11 division heads: Neilson and Wulf,
    ///   "How Many Direct Reports?" (Harvard Business Review, April 2012),
    ///   found that the CEOs of large US companies had almost ten direct
    ///   reports in the mid-2000s, twice as many as in the mid-1980s;
    /// - a head of managers leads 4 to 7 units, and a team lead 4 to 12
    ///   people depending on the work, after the five managerial
    ///   archetypes of Acharya, Lieber, Seem and Welchman, "How to identify
    ///   the right 'spans of control' for your organization" (McKinsey,
    ///   December 2017): player/coach 3–5 and coach 6–7 for specialist work
    ///   (engineering, research, marketing), supervisor 8–10 and facilitator
    ///   11–15 for standardised work (assembly lines, hotlines, warehouses).
    ///   Spans stop at 12 although McKinsey's coordinators (call centres)
    ///   lead more, because a default campaign lets a rater fill in at most
    ///   12 questionnaires, so a wider team's lead could not rate everyone.
    public enum Shape: String, Sendable, CaseIterable {
        /// Departments of one to seven teams (100,000 people give about
        /// 4,000 departments of 33 on average), spans as described above.
        case realistic
        /// Every unit that does the work is a single team of at most ten,
        /// and every other unit splits into 3 to 8 (100,000 people give
        /// about 21,000 departments of under five people). The shape of the
        /// first simulator, kept so that a size and seed still give the
        /// organisation they gave before.
        case smallTeams = "small-teams"
    }

    /// - Parameters:
    ///   - people: The number of people, at least 1. Below 7 the
    ///     organisation is a single team without relations.
    ///   - seed: Any number; each gives a different organisation.
    ///   - shape: How the company is cut into departments.
    public init(people: Int, seed: UInt64, shape: Shape = .realistic) {
        precondition(people >= 1, "An organisation needs at least one person")
        self.peopleCount = people
        self.seed = seed
        self.shape = shape
    }

    /// Builds the organisation: 100,000 people take about half a second in
    /// a release build, most of it spent making names and the lookups of
    /// ``Organisation``.
    public func make() -> Organisation {
        var builder = Builder(peopleCount: peopleCount, seed: seed)
        switch shape {
        case .realistic: builder.buildDepartments()
        case .smallTeams: builder.buildSmallTeams()
        }
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
        /// The departments without sub-departments, in tree order.
        var workUnits: [WorkUnit] = []
        /// Work units grouped by the division they belong to.
        var workUnitsByDivision: [[Int]] = []
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

    /// A department without sub-departments: the people who do the work.
    struct WorkUnit {
        var department: DepartmentID
        var area: Area
        /// The index in `Builder.workUnitsByDivision`, or `nil` for a
        /// single-team organisation.
        var division: Int?
        /// The head first, then the members, in id order.
        var people: [PersonID]
        var activePeople: [PersonID]
        /// The active people of each team, lead first, when the department
        /// has several teams under team leads; empty when it is one team.
        var teams: [[PersonID]] = []
    }
}
