#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by `-sanitize=fuzzer`): parses
/// libFuzzer's command line and calls `callback` with each input. Called
/// from the target's own `main`, because SwiftPM links every executable with
/// `main` defined as the module's entry point, so libFuzzer's `main` is
/// never used.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
