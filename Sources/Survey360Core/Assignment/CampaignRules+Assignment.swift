extension CampaignRules {
    /// The fewest raters `group` should have; the default of
    /// ``defaultMinimumRaters`` where the campaign sets none.
    public func minimum(for group: RaterGroup) -> Int {
        minimumRaters[group] ?? Self.defaultMinimumRaters[group] ?? 3
    }

    /// The most raters of `group` per person rated; the default of
    /// ``defaultMaximumRaters`` where the campaign sets none.
    public func maximum(for group: RaterGroup) -> Int {
        maximumRaters[group] ?? Self.defaultMaximumRaters[group] ?? 6
    }

    /// Whether `person` takes part at all: on an included status, and hired
    /// on or before the cut-off day (a person without a hire date takes
    /// part, since most directories leave it blank for long-serving staff).
    public func includes(_ person: Person) -> Bool {
        guard !excludedStatuses.contains(person.status) else { return false }
        if let cutOff = hiredAfter, let hired = person.hireDate, hired > cutOff { return false }
        return true
    }
}
