#ifndef CSURVEY360XML_SHIM_H
#define CSURVEY360XML_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; Foundation bundles its own ICU, and the two
   sets of headers clash ("'UErrorCode' has different definitions"). Swift
   never allocates the two ICU fields this drops. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>

#endif
