/// Streaming, so that 1.2 million simulated questionnaires never have to be
/// in memory at once: responses are made one at a time as the caller asks.
extension ResponseSimulator {
    /// The responses of `assignments`, made lazily, in the assignments'
    /// order, skipping those who do not answer.
    public func responses<Assignments: Sequence<Assignment>>(
        for assignments: Assignments
    ) -> LazyMapSequence<
        LazyFilterSequence<LazyMapSequence<LazySequence<Assignments>.Elements, Response?>>, Response
    > {
        assignments.lazy.compactMap { response(for: $0) }
    }

    /// The responses of `assignments` in batches of `size` (the last may be
    /// smaller), for storing one transaction per batch.
    ///
    /// - Precondition: `size > 0`.
    public func batches<Assignments: Sequence<Assignment>>(
        for assignments: Assignments, size: Int
    ) -> UnfoldSequence<[Response], Assignments.Iterator> {
        precondition(size > 0, "a batch holds at least one response")
        return sequence(state: assignments.makeIterator()) { iterator in
            var batch: [Response] = []
            batch.reserveCapacity(size)
            while batch.count < size, let assignment = iterator.next() {
                if let response = response(for: assignment) { batch.append(response) }
            }
            return batch.isEmpty ? nil : batch
        }
    }
}
