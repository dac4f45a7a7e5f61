public typealias DimensionID = Identifier<Dimension>
public typealias ItemID = Identifier<QuestionnaireItem>
public typealias QuestionID = Identifier<OpenQuestion>

/// Text in every language a questionnaire is offered in.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var translations: [SurveyLanguage: String]

    public init(_ translations: [SurveyLanguage: String]) {
        self.translations = translations
    }

    /// The text in `language`, falling back to English and then to any
    /// language, so that a partly translated template still shows something.
    public func text(in language: SurveyLanguage) -> String {
        translations[language] ?? translations[.english] ?? translations.values.sorted().first ?? ""
    }
}

/// The rating scale: integers from `minimum` to `maximum` (1–5 by default).
public struct RatingScale: Hashable, Sendable, Codable {
    public var minimum: Int
    public var maximum: Int

    public init(minimum: Int = 1, maximum: Int = 5) {
        self.minimum = minimum
        self.maximum = maximum
    }

    public static let fivePoint = RatingScale()

    /// The number of scale points, `A` in the agreement formulas.
    public var points: Int { maximum - minimum + 1 }

    public func contains(_ value: Int) -> Bool { (minimum...maximum).contains(value) }
}

/// A service dimension, such as "Lead time" or "Follow-through".
public struct Dimension: Hashable, Sendable, Codable, Identifiable {
    public var id: DimensionID
    public var title: LocalizedText
    public var summary: LocalizedText

    public init(id: DimensionID, title: LocalizedText, summary: LocalizedText = LocalizedText([:])) {
        self.id = id
        self.title = title
        self.summary = summary
    }
}

/// A rated statement, worded for each relationship.
public struct QuestionnaireItem: Hashable, Sendable, Codable, Identifiable {
    public var id: ItemID
    public var dimensionID: DimensionID
    /// The wording for raters of any group without a wording of its own.
    public var wording: LocalizedText
    /// Wordings adapted to a relationship: an upward item for one's manager
    /// reads differently from an item for an upstream process stage.
    public var groupWordings: [RaterGroup: LocalizedText]

    public init(
        id: ItemID, dimensionID: DimensionID, wording: LocalizedText,
        groupWordings: [RaterGroup: LocalizedText] = [:]
    ) {
        self.id = id
        self.dimensionID = dimensionID
        self.wording = wording
        self.groupWordings = groupWordings
    }

    /// The wording a rater of `group` reads.
    public func wording(for group: RaterGroup) -> LocalizedText {
        groupWordings[group] ?? wording
    }
}

/// A free-text question: what should this person keep doing, change.
public struct OpenQuestion: Hashable, Sendable, Codable, Identifiable {
    public var id: QuestionID
    public var prompt: LocalizedText

    public init(id: QuestionID, prompt: LocalizedText) {
        self.id = id
        self.prompt = prompt
    }
}

/// A questionnaire as HR designed it: dimensions, items and open questions.
public struct Questionnaire: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    public var scale: RatingScale
    public var dimensions: [Dimension]
    public var items: [QuestionnaireItem]
    public var openQuestions: [OpenQuestion]

    public init(
        id: String, version: String, title: LocalizedText, scale: RatingScale = .fivePoint,
        dimensions: [Dimension], items: [QuestionnaireItem], openQuestions: [OpenQuestion]
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.scale = scale
        self.dimensions = dimensions
        self.items = items
        self.openQuestions = openQuestions
    }

    /// The items of `dimension`, in questionnaire order.
    public func items(in dimension: DimensionID) -> [QuestionnaireItem] {
        items.filter { $0.dimensionID == dimension }
    }
}
