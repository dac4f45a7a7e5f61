#ifndef CSURVEY360XSLT_SHIM_H
#define CSURVEY360XSLT_SHIM_H

#include <libxml/xmlversion.h>
/* See CSurvey360XML/shim.h: both shims must drop ICU the same way. */
#undef LIBXML_ICU_ENABLED

#include <stdarg.h>
#include <stdio.h>

#include <libxml/globals.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/security.h>
#include <libxslt/documents.h>
#include <libxslt/variables.h>
#include <libxslt/xsltutils.h>
#include <libexslt/exslt.h>

/* libxslt's generic error handler is one process-wide variable, unlike
   libxml2's, which is per thread. Installed once, this handler forwards each
   message to the calling thread's libxml2 generic handler, so that each
   operation collects the messages of its own thread and nothing reaches
   stderr. */
static inline void s360_xslt_forward_error(void *context, const char *format, ...) {
    (void)context;
    char buffer[1024];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(buffer, sizeof buffer, format, arguments);
    va_end(arguments);
    xmlGenericErrorFunc handler = *__xmlGenericError();
    void *handlerContext = *__xmlGenericErrorContext();
    if (handler != NULL) handler(handlerContext, "%s", buffer);
}

/* The address of `s360_xslt_forward_error`, for `xsltSetGenericErrorFunc`. */
static inline xmlGenericErrorFunc s360_xslt_forward_error_function(void) {
    return s360_xslt_forward_error;
}

#endif
