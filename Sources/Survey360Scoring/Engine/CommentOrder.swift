import Survey360Core

/// Puts comments in an order that says nothing about who wrote them or when.
///
/// The comments are first sorted by their content (question, text and
/// group, byte by byte), which erases submission order, then shuffled with a generator seeded from the campaign seed and
/// the person's id: the same campaign always gives the same order, and two
/// people's orders are unrelated. Comments stay grouped by question, in
/// questionnaire order.
enum CommentOrder {
    static func shuffled(_ comments: [ScoredComment], seed: UInt64, questions: [QuestionID])
        -> [ScoredComment]
    {
        var generator = SplitMix64(seed: seed)
        // Compared byte by byte: Swift's `<` normalises every non-ASCII
        // comparison, which made this sort most of a person's scoring.
        var canonical = comments.sorted { left, right in
            let questions = left.question.rawValue.byteOrder(right.question.rawValue)
            if questions != 0 { return questions < 0 }
            let texts = left.text.byteOrder(right.text)
            if texts != 0 { return texts < 0 }
            return (left.group?.rawValue ?? "").precedesInBytes(right.group?.rawValue ?? "")
        }
        // Fisher–Yates written out, so that the order never depends on how a
        // Swift release implements `shuffle(using:)`.
        if canonical.count > 1 {
            for index in stride(from: canonical.count - 1, to: 0, by: -1) {
                let other = Int(generator.next() % UInt64(index + 1))
                canonical.swapAt(index, other)
            }
        }
        var result: [ScoredComment] = []
        result.reserveCapacity(canonical.count)
        for question in questions {
            result.append(contentsOf: canonical.filter { $0.question == question })
        }
        return result
    }
}
