import Survey360CLI

/// The `survey360` executable: everything it does lives in Survey360CLI, so
/// that tests run the very same commands in-process.
@main
extension Survey360Command {}
