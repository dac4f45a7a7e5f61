/*
 * xml-writer: the reference for `survey360 report --format xml`. Writes the
 * report documents the product wrote again, the same elements, attributes
 * and text in the same order and indentation, through libxml2's
 * xmlTextWriter into files, and times only the writing: each document is
 * parsed first (untimed), then walked and written (timed with the process's
 * CPU clock), so the figure is what libxml2's own writer costs for the same
 * bytes.
 *
 *     xml-writer OUTPUT_DIRECTORY REPORT.xml...
 *     xml-writer OUTPUT_DIRECTORY -    (the report paths on standard input, one a line)
 *
 * Prints "documents bytes cpu_seconds wall_seconds" of the writing alone,
 * bytes as the files hold them.
 */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double clock_seconds(clockid_t clock) {
    struct timespec now;
    clock_gettime(clock, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

static int is_blank(const xmlChar *text) {
    for (; *text; text++) {
        if (*text != ' ' && *text != '\n' && *text != '\t' && *text != '\r') return 0;
    }
    return 1;
}

/* Writes `node` and its subtree; returns the bytes written or -1. */
static long write_node(xmlTextWriterPtr writer, xmlNodePtr node) {
    long bytes = 0;
    int written = xmlTextWriterStartElement(writer, node->name);
    if (written < 0) return -1;
    bytes += written;
    for (xmlNsPtr ns = node->nsDef; ns != NULL; ns = ns->next) {
        written = ns->prefix == NULL
            ? xmlTextWriterWriteAttribute(writer, BAD_CAST "xmlns", ns->href)
            : xmlTextWriterWriteAttributeNS(writer, BAD_CAST "xmlns", ns->prefix, NULL, ns->href);
        if (written < 0) return -1;
        bytes += written;
    }
    for (xmlAttrPtr attribute = node->properties; attribute != NULL; attribute = attribute->next) {
        const xmlChar *value = attribute->children != NULL ? attribute->children->content : BAD_CAST "";
        written = xmlTextWriterWriteAttribute(writer, attribute->name, value);
        if (written < 0) return -1;
        bytes += written;
    }
    for (xmlNodePtr child = node->children; child != NULL; child = child->next) {
        if (child->type == XML_ELEMENT_NODE) {
            long inner = write_node(writer, child);
            if (inner < 0) return -1;
            bytes += inner;
        } else if (child->type == XML_TEXT_NODE && !is_blank(child->content)) {
            written = xmlTextWriterWriteString(writer, child->content);
            if (written < 0) return -1;
            bytes += written;
        }
    }
    written = xmlTextWriterEndElement(writer);
    if (written < 0) return -1;
    return bytes + written;
}

static long write_document(xmlDocPtr document, const char *path) {
    xmlTextWriterPtr writer = xmlNewTextWriterFilename(path, 0);
    if (writer == NULL) return -1;
    xmlTextWriterSetIndent(writer, 1);
    xmlTextWriterSetIndentString(writer, BAD_CAST "  ");
    long bytes = xmlTextWriterStartDocument(writer, "1.0", "UTF-8", NULL);
    long body = write_node(writer, xmlDocGetRootElement(document));
    int end = xmlTextWriterEndDocument(writer);
    xmlFreeTextWriter(writer);
    if (bytes < 0 || body < 0 || end < 0) return -1;
    return bytes + body + end;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: xml-writer OUTPUT_DIRECTORY REPORT.xml... | -\n");
        return 2;
    }
    const char *output = argv[1];
    int from_input = argc == 3 && strcmp(argv[2], "-") == 0;
    long documents = 0, bytes = 0;
    double cpu = 0, wall = 0;
    char *line = NULL;
    size_t capacity = 0;
    for (int index = 2;; index++) {
        const char *source;
        if (from_input) {
            ssize_t length = getline(&line, &capacity, stdin);
            if (length <= 0) break;
            if (line[length - 1] == '\n') line[length - 1] = '\0';
            source = line;
        } else {
            if (index >= argc) break;
            source = argv[index];
        }
        xmlDocPtr document = xmlReadFile(source, NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_HUGE);
        if (document == NULL) {
            fprintf(stderr, "xml-writer: cannot parse '%s'\n", source);
            return 1;
        }
        char path[4096];
        snprintf(path, sizeof path, "%s/%ld.xml", output, documents);
        double cpu_start = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
        double wall_start = clock_seconds(CLOCK_MONOTONIC);
        long written = write_document(document, path);
        cpu += clock_seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu_start;
        wall += clock_seconds(CLOCK_MONOTONIC) - wall_start;
        xmlFreeDoc(document);
        struct stat file;
        if (written < 0 || stat(path, &file) != 0) {
            fprintf(stderr, "xml-writer: cannot write '%s'\n", path);
            return 1;
        }
        bytes += (long)file.st_size;
        documents += 1;
    }
    free(line);
    xmlCleanupParser();
    printf("%ld %ld %.3f %.3f\n", documents, bytes, cpu, wall);
    return 0;
}
