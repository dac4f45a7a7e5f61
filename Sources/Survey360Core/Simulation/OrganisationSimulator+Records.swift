/// What both shapes build from: a unit's place in the tree, head counts
/// split at random, the divisions' areas, and the department and person
/// records.
extension OrganisationSimulator.Builder {
    typealias Area = OrganisationSimulator.Area

    /// Where a unit sits in the tree being built.
    struct Placement {
        var parent: (department: DepartmentID, head: PersonID)?
        var depth: Int
        var area: Area
        /// The word the unit's name is built from: the area for a division,
        /// the department's speciality below it.
        var stem: String
        var division: Int?
        /// The unit's number inside its department, such as `2.3` for the
        /// third unit of the second section (realistic shape only).
        var label = ""

        /// The head office, where every tree starts.
        static let root = Placement(
            parent: nil, depth: 0, area: OrganisationSimulator.coreAreas[0], stem: "Head office",
            division: nil)
    }

    /// Splits `total` into `count` shares of random, roughly equal sizes
    /// (each between 0.6 and 1.4 times the mean) that add up to `total`.
    mutating func split(_ total: Int, into count: Int) -> [Int] {
        let weights = (0..<count).map { _ in 0.6 + 0.8 * random.nextUnit() }
        let sum = weights.reduce(0, +)
        var shares = weights.map { max(1, Int(Double(total) * $0 / sum)) }
        var index = 0
        while shares.reduce(0, +) < total {
            shares[index % count] += 1
            index += 1
        }
        while shares.reduce(0, +) > total, let largest = shares.indices.max(by: { shares[$0] < shares[$1] }) {
            shares[largest] -= 1
        }
        return shares
    }

    /// The areas of the company's divisions: core and support alternating,
    /// each list in a seeded order, numbered when a company has more
    /// divisions than there are areas.
    mutating func divisionAreas(count: Int) -> [(area: Area, name: String)] {
        let core = shuffled(OrganisationSimulator.coreAreas)
        let support = shuffled(OrganisationSimulator.supportAreas)
        var used: [String: Int] = [:]
        return (0..<count).map { index in
            let list = index.isMultiple(of: 2) ? core : support
            let area = list[(index / 2) % list.count]
            let round = used[area.name, default: 0] + 1
            used[area.name] = round
            return (area, round == 1 ? area.name : "\(area.name) \(round)")
        }
    }

    private mutating func shuffled<T>(_ elements: [T]) -> [T] {
        var result = elements
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, random.int(in: 0...index))
        }
        return result
    }

    // MARK: - Records

    mutating func addDepartment(name: String, parent: DepartmentID?) -> DepartmentID {
        let number = departments.count + 1
        let id = DepartmentID("D" + Self.pad(number, departmentIDWidth))
        departments.append(
            Department(
                id: id, name: name, parentID: parent,
                attributes: ["cost_centre": "CC" + Self.pad(1000 + number, 4)]))
        return id
    }

    mutating func addPerson(
        department: DepartmentID, manager: PersonID?, title: String, location: String,
        isHead: Bool, isRoot: Bool
    ) -> PersonID {
        let id = PersonID("P" + Self.pad(people.count + 1, personIDWidth))
        let language = randomLanguage()
        let (name, email) = names.make(language: language, random: &random)
        people.append(
            Person(
                id: id, name: name, email: email, departmentID: department, managerID: manager,
                title: title, hireDate: randomHireDate(senior: isHead),
                status: isRoot ? .active : randomStatus(isHead: isHead), language: language,
                attributes: ["location": location]))
        return id
    }

    /// Half write Simplified Chinese, a fifth Traditional, the rest English.
    private mutating func randomLanguage() -> SurveyLanguage {
        let draw = random.nextUnit()
        return draw < 0.5 ? .simplifiedChinese : draw < 0.7 ? .traditionalChinese : .english
    }

    /// About 2% on leave and 1% gone; a head who left would have been
    /// replaced, so heads are only ever on leave.
    private mutating func randomStatus(isHead: Bool) -> EmploymentStatus {
        let draw = random.nextUnit()
        if draw < 0.02 { return .leave }
        if !isHead && draw < 0.032 { return .left }
        return .active
    }

    /// A day from 1998 to mid-2026; heads, drawn twice and given the
    /// earlier day, have been there longer.
    private mutating func randomHireDate(senior: Bool) -> CalendarDate {
        func draw() -> CalendarDate {
            let year = random.int(in: 1998...2026)
            let month = random.int(in: 1...(year == 2026 ? 6 : 12))
            let day = random.int(in: 1...CalendarDate.daysIn(month: month, year: year))
            return CalendarDate(year: year, month: month, day: day)!
        }
        let first = draw()
        return senior ? min(first, draw()) : first
    }

    static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
