#ifndef CSURVEY360XML_SHIM_H
#define CSURVEY360XML_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; Foundation bundles its own ICU, and the two
   sets of headers clash ("'UErrorCode' has different definitions"). Swift
   never allocates the two ICU fields this drops. */
#undef LIBXML_ICU_ENABLED

#include <stdarg.h>
#include <stdio.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlschemas.h>
#include <libxml/c14n.h>
#include <libxml/xmlwriter.h>
#include <libxml/HTMLtree.h>
#include <libxml/HTMLparser.h>
#include <libxml/globals.h>
#include <libxml/xmlIO.h>
#include <libxml/uri.h>

/* `xmlFree` is a global function pointer, which Swift 6 refuses to call
   ("not concurrency-safe"): call it through a function instead. */
static inline void s360_xml_free(void *pointer) {
    xmlFree(pointer);
}

/* A receiver for libxml2's printf-style (generic) error messages, which Swift
   cannot receive itself because the callback is variadic. */
typedef void (*s360_message_emitter)(void *info, const char *message);

typedef struct s360_message_sink {
    s360_message_emitter emit;
    void *info;
} s360_message_sink;

/* Formats a generic error message and hands it to the sink in `context`
   (an `s360_message_sink *`); with no sink the message is dropped, so that
   nothing is ever printed to stderr. */
static inline void s360_generic_error(void *context, const char *format, ...) {
    s360_message_sink *sink = (s360_message_sink *)context;
    if (sink == NULL || sink->emit == NULL) return;
    char buffer[1024];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(buffer, sizeof buffer, format, arguments);
    va_end(arguments);
    sink->emit(sink->info, buffer);
}

/* The address of `s360_generic_error`, for `xmlSetGenericErrorFunc`. */
static inline xmlGenericErrorFunc s360_generic_error_function(void) {
    return s360_generic_error;
}

/* A parser input over a copy of `bytes`, named `filename` so that the
   references inside it resolve from where it was read. For the external
   entity loader, which reads files itself (never blocking on a FIFO) and so
   cannot use `xmlNewInputFromFile`. */
static inline xmlParserInputPtr s360_input_from_memory(
    xmlParserCtxtPtr context, const char *bytes, int size, const char *filename) {
    xmlParserInputBufferPtr buffer = xmlParserInputBufferCreateMem(bytes, size, XML_CHAR_ENCODING_NONE);
    if (buffer == NULL) return NULL;
    xmlParserInputPtr input = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE);
    if (input == NULL) {
        xmlFreeParserInputBuffer(buffer);
        return NULL;
    }
    input->filename = (const char *)xmlCanonicPath((const xmlChar *)filename);
    return input;
}

#endif
