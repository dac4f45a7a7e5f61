import Survey360Storage

extension StoredReport.Key {
    /// The document's path in a report set, without extension:
    /// `campaign`, `organisation`, `departments/D02`, `people/P004`.
    public var file: String {
        switch kind {
        case .campaign: ReportVocabulary.campaignFile
        case .organisation: ReportVocabulary.organisationFile
        case .department: ReportVocabulary.departmentFile(subject)
        case .person: ReportVocabulary.personFile(subject)
        }
    }

    /// The page's path, without extension: the campaign document becomes
    /// the set's `index.html`.
    public var htmlFile: String {
        kind == .campaign ? "index" : file
    }

    /// The link back to `index.html` from this document's page in a set.
    var home: String {
        switch kind {
        case .campaign: ""
        case .organisation: "index.html"
        case .department, .person: "../index.html"
        }
    }

    /// The stylesheet the document is rendered with.
    var page: ReportRenderer.Page {
        switch kind {
        case .campaign: .index
        case .organisation: .organisation
        case .department: .department
        case .person: .person
        }
    }
}
