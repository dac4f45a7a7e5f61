#if canImport(Glibc)
    import Glibc

    /// Restarts the program once with glibc's allocator set for a batch job:
    /// its heap grown in 32 MiB steps that the kernel may back with 2 MiB
    /// pages, instead of 4 KiB pages touched one at a time.
    ///
    /// Why: a step of the quarter touches up to a gigabyte of fresh memory,
    /// and on a virtual machine each first touch of a 4 KiB page costs
    /// microseconds. Profiled at 10,000 people, a third of `scores`'s CPU
    /// time was the kernel clearing pages; with these settings the step makes
    /// a seventh of the page faults. glibc reads `GLIBC_TUNABLES` only when a
    /// program starts, and has no call to set huge pages later, hence the
    /// restart: one `execv` of the same program with the same arguments,
    /// before anything else has run.
    ///
    /// A `GLIBC_TUNABLES` already set, even to nothing, is the caller's
    /// choice and is kept as it is: `GLIBC_TUNABLES= survey360 ...` runs
    /// with glibc's defaults. Where the kernel has transparent huge pages
    /// turned off, the settings only grow the heap in larger steps.
    enum AllocatorTuning {
        /// `hugetlb=1` asks for transparent huge pages with `madvise`, which
        /// glibc does only for regions of at least 2 MiB: hence the 32 MiB
        /// steps (`top_pad`), and blocks of up to 32 MiB kept in the heap
        /// rather than mapped and unmapped one by one (`mmap_threshold`).
        static let tunables =
            "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432:glibc.malloc.mmap_threshold=33554432"

        /// Returns only if the program runs on as it was started: tuned
        /// already, tuned or left untuned by the caller, or when the restart
        /// fails (then with the environment as it was).
        static func restartTunedIfNeeded() {
            guard getenv("GLIBC_TUNABLES") == nil else { return }
            setenv("GLIBC_TUNABLES", tunables, 1)
            execv("/proc/self/exe", CommandLine.unsafeArgv)
            unsetenv("GLIBC_TUNABLES")
        }
    }
#endif
