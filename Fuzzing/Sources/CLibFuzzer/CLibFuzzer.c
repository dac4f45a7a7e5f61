// The declarations are in include/CLibFuzzer.h; SwiftPM needs one source file.
#include "CLibFuzzer.h"
