#ifndef CSURVEY360XSLT_SHIM_H
#define CSURVEY360XSLT_SHIM_H

#include <libxml/xmlversion.h>
/* See CSurvey360XML/shim.h: both shims must drop ICU the same way. */
#undef LIBXML_ICU_ENABLED

#include <libxslt/xslt.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <libexslt/exslt.h>

#endif
