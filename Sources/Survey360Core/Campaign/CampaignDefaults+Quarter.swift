extension CampaignDefaults {
    /// A calendar quarter, the unit of Survey360's campaigns: `2026-Q4`.
    public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
        public let year: Int
        /// 1 to 4.
        public let number: Int

        /// - Precondition: `year` in 1...9999 and `number` in 1...4.
        public init(year: Int, number: Int) {
            precondition((1...9999).contains(year) && (1...4).contains(number), "no such quarter")
            self.year = year
            self.number = number
        }

        /// The quarter `date` falls in, so that a command can default to the
        /// current quarter.
        public init(containing date: CalendarDate) {
            self.init(year: date.year, number: (date.month - 1) / 3 + 1)
        }

        /// Parses `YYYY-Qn` (`2026-Q4`, or `2026-q4`).
        ///
        /// - Throws: ``CampaignError`` with code `invalidQuarter`, naming the
        ///   text and the expected form.
        public init(parsing text: String) throws {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCII),
                parts[0].allSatisfy(\.isNumber), let year = Int(parts[0]), year >= 1,
                parts[1].count == 2, let letter = parts[1].first, letter == "Q" || letter == "q",
                let number = parts[1].last?.wholeNumberValue, (1...4).contains(number),
                parts[1].last?.isASCII == true
            else {
                throw CampaignError(
                    .invalidQuarter,
                    "campaign id '\(text)' is not a quarter; write the year and the quarter as YYYY-Qn, for example '2026-Q4'"
                )
            }
            self.init(year: year, number: number)
        }

        /// The quarter's first month, 1, 4, 7 or 10.
        public var firstMonth: Int { 3 * (number - 1) + 1 }

        /// The quarter's last month, 3, 6, 9 or 12.
        public var lastMonth: Int { 3 * number }

        public var firstDay: CalendarDate { CalendarDate(year: year, month: firstMonth, day: 1)! }

        public var lastDay: CalendarDate {
            CalendarDate(
                year: year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: year))!
        }

        /// The day a default campaign opens: the first day of the quarter's
        /// last month, late enough that raters have two months of working
        /// together to judge, early enough to close within the quarter.
        public var surveyOpens: CalendarDate { CalendarDate(year: year, month: lastMonth, day: 1)! }

        public var description: String {
            let digits = String(year)
            return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-Q\(number)"
        }

        public static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.year, lhs.number) < (rhs.year, rhs.number)
        }
    }
}
