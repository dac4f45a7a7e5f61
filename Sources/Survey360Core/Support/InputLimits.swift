/// The largest input Survey360 accepts, so that one hostile or broken file
/// cannot take the memory or the time the rest of the quarter needs.
///
/// A people.csv with 100,000 empty columns (6 MB) once took 950 MB to check;
/// a 200 MB field and a 50 MB comment were accepted. Each limit is far above
/// what an organisation's real files hold (the 100,000-person simulation's
/// people.csv is about 12 MB, with 11 columns), and every refusal names the
/// file, the line and the limit. The README lists them.
public enum InputLimits {
    /// The largest CSV file read, in bytes (256 MiB).
    public static let fileBytes = 256 << 20
    /// The largest answer file (`responses import`) read, in bytes (1 GiB):
    /// it holds a row per answer, and the 100,000-person quarter's
    /// ratings.csv is about 460 MB.
    public static let answerFileBytes = 1 << 30
    /// The most columns a CSV file may have.
    public static let columns = 200
    /// The longest field of a CSV file, in characters; a comment has its own
    /// limit, `commentCharacters`.
    public static let fieldCharacters = 1000
    /// The longest comment accepted, in characters, from the web form or a
    /// responses file.
    public static let commentCharacters = 4000
}
