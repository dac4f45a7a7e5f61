import Survey360CLI

/// The `survey360` executable: everything it does lives in Survey360CLI, so
/// that tests run the very same commands in-process. Only the allocator's
/// settings, which must be in place before the program starts, are made
/// here (see ``AllocatorTuning``).
@main
enum Survey360Main {
    static func main() async {
        #if canImport(Glibc)
            AllocatorTuning.restartTunedIfNeeded()
        #endif
        await Survey360Command.main()
    }
}
