import Hummingbird

extension Parameters {
    /// A path parameter with its percent-encoding removed: the router hands
    /// out the raw segment, and ids such as `D-護理部` arrive encoded.
    ///
    /// - Throws: ``WebError`` `.notFound` if missing or not valid UTF-8.
    func decoded(_ name: String) throws -> String {
        guard let raw = get(name), let text = raw.removingPercentEncoding else { throw WebError.notFound }
        return text
    }
}
