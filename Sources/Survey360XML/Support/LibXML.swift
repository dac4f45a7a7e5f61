import CSurvey360XML
import CSurvey360XSLT

/// The process-wide set-up of libxml2 and libxslt, done once before any use.
///
/// libxml2 must be initialised before threads use it concurrently; it is
/// never cleaned up (`xmlCleanupParser`), because FoundationXML or another
/// library in the process may still use it.
enum LibXML {
    /// Swift runs a global's initialiser exactly once, even when many tasks
    /// reach it at the same time, which is the thread-safe lazy set-up
    /// libxml2 asks for.
    private static let initialised: Bool = {
        xmlInitParser()
        exsltRegisterAll()
        // Threads created from now on start silent: messages are dropped
        // unless an operation installs its collector (`Diagnostics`).
        xmlThrDefSetGenericErrorFunc(nil, s360_generic_error_function())
        xmlThrDefSetStructuredErrorFunc(nil, dropStructuredError)
        xmlSetGenericErrorFunc(nil, s360_generic_error_function())
        xmlSetStructuredErrorFunc(nil, dropStructuredError)
        xsltSetGenericErrorFunc(nil, s360_xslt_forward_error_function())
        xsltSetDefaultSecurityPrefs(XSLTStylesheet.restrictedPreferences)
        // Every external resource anything reads goes through ours, which
        // refuses the network and files outside the folder being read.
        xmlSetExternalEntityLoader(ExternalEntityLoader.load)
        return true
    }()

    /// Makes sure the one-time set-up has run; cheap after the first call.
    static func initialise() {
        _ = initialised
    }

    /// The options every untrusted document is parsed with: no network, no
    /// entity substitution (XXE), no external DTD, no lifted size limits;
    /// line numbers past 65535 kept for large reports.
    static let safeParseOptions: Int32 =
        Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
}

/// A structured error handler that drops the error, for threads where no
/// operation of ours is collecting.
private let dropStructuredError: xmlStructuredErrorFunc = { _, _ in }
