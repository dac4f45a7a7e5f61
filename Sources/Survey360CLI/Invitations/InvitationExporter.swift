import CSV
import Foundation
import Survey360Core
import Survey360Import
import Survey360Reports
import Survey360Storage

/// Issues secret links to raters and writes them out for distribution: a
/// mail-merge CSV and one `.eml` invitation per rater in the rater's
/// language.
///
/// The exported folder is the only place tokens ever exist in clear: the
/// store keeps their hashes. Exporting again issues new links and retires
/// the old ones of the same raters, which is how reminders carry a working
/// link without Survey360 ever keeping a token it could leak.
struct InvitationExporter {
    let campaign: Campaign
    let organisation: Organisation
    let baseURL: String
    let from: String
    let isReminder: Bool

    /// The invitations to store, once the files are safely written.
    struct Issued {
        let invitations: [Invitation]
        let raters: Int
    }

    /// Writes `invitations.csv` and `eml/RATER.eml` into `directory` for each
    /// rater with the given number of questionnaires, readable by their
    /// owner only (they hold the links), and made durable once at the end
    /// rather than one `fsync` per file.
    ///
    /// The messages are made and written on every core, a rater a job;
    /// the CSV's rows then follow in the raters' order.
    func write(questionnairesByRater: [PersonID: Int], to directory: URL) throws -> Issued {
        let folder = try DurableFolder(directory, permissions: 0o600)
        try folder.makeFolder("eml")
        let raters = questionnairesByRater.keys.sorted().compactMap { rater -> (person: Person, count: Int)? in
            guard let person = organisation.person(rater), let count = questionnairesByRater[rater] else { return nil }
            return (person, count)
        }
        let now = Date()
        let written = try WorkQueue.map(raters.count) { [self] index in
            try invite(raters[index].person, questionnaires: raters[index].count, date: now, into: folder)
        }
        let csv = try CSVWriter(stream: .toMemory())
        try csv.write(row: ["rater_id", "name", "email", "language", "questionnaires", "closes", "subject", "link"])
        for invitation in written { try csv.write(row: invitation.row) }
        csv.stream.close()
        let data = csv.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        try folder.write(data, to: "invitations.csv")
        try folder.sync()
        return Issued(invitations: written.map(\.invitation), raters: written.count)
    }

    /// Issues `person` a link and writes their `.eml`; returns their row of
    /// the CSV and the invitation to store.
    private func invite(_ person: Person, questionnaires count: Int, date: Date, into folder: DurableFolder) throws
        -> (row: [String], invitation: Invitation)
    {
        let token = RaterToken.generate()
        let link = baseURL.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + "/r/" + token.linkText
        let language = person.language ?? campaign.language
        let text = InvitationText(language: language, isReminder: isReminder)
        let subject = text.subject(title: campaign.title)
        let message = InvitationMessage(
            from: from, toName: person.name, toAddress: person.email, subject: subject,
            body: text.body(name: person.name, questionnaires: count, closes: campaign.closes, link: link),
            date: date, messageID: "\(UUID().uuidString.lowercased())@survey360")
        try folder.write(Data(message.rfc5322.utf8), to: "eml/\(Self.fileName(person.id)).eml")
        let row = SpreadsheetCell.neutralised([
            person.id.rawValue, person.name, person.email, language.rawValue, String(count),
            campaign.closes.description, subject, link,
        ])
        return (row, Invitation(campaignID: campaign.id, raterID: person.id, tokenHash: token.hash))
    }

    /// A file name from a person id that cannot escape the folder and that
    /// no other id shares (`X.1`, `X/1` and `X_1` once all became `X_1`, and
    /// two invitations were lost): the escaping of report file names.
    static func fileName(_ id: PersonID) -> String {
        ReportVocabulary.fileName(id.rawValue)
    }
}
