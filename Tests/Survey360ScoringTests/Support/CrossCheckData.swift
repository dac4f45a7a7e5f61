import Foundation
import Survey360Core

@testable import Survey360Scoring

/// The raw campaign as the Python cross-check reads it.
struct CrossCheckDataset: Encodable {
    struct Questionnaire: Encodable {
        var rater: Int
        var ratee: Int
        var group: String
        var submitted: Bool
        var ratings: [Int?]
    }

    var scalePoints: Int
    var minimumShare: Double
    var itemDimensions: [Int]
    var questionnaires: [Questionnaire]

    init(_ campaign: CompactCampaign, minimumShare: Double = ScoringPolicy().minimumAnsweredShare) {
        scalePoints = campaign.scale.points
        self.minimumShare = minimumShare
        itemDimensions = campaign.itemDimensions.map(Int.init)
        questionnaires = (0..<campaign.questionnaireCount).map { q in
            Questionnaire(
                rater: Int(campaign.raters[q]), ratee: Int(campaign.ratees[q]),
                group: campaign.groups[q].rawValue,
                submitted: campaign.submitted[q],
                ratings: (0..<campaign.itemCount).map { item in
                    let value = campaign.rating(q, item)
                    return value == CompactCampaign.noAnswer ? nil : Int(value)
                })
        }
    }
}

/// Published figures with the keys that identify them; Swift writes its own,
/// Python writes its recomputation in the same shape.
struct CrossCheckFigures: Codable {
    struct Cell: Codable {
        var person: Int
        var column: String
        var members: [String]
        var kind: String
        var index: Int
        var n: Int
        var mean: Double
        var sd: Double?
        var se: Double?
        var ciLower: Double?
        var ciUpper: Double?
        var agreement: Double?

        var key: String { "person \(person) \(column) \(kind) \(index)" }
    }

    struct Alpha: Codable {
        var dimension: Int
        var alpha: Double?
    }

    struct ICC: Codable {
        var group: String
        var dimension: Int?
        var icc1: Double?
        var icc2: Double?
    }

    struct Percentile: Codable {
        var person: Int
        var dimension: Int?
        var percentile: Double
    }

    /// The people with a published "all others" score: the norm group.
    struct Population: Codable {
        var dimension: Int?
        var people: [Int]
    }

    var cells: [Cell]
    var alphas: [Alpha]
    var iccs: [ICC]
    var percentiles: [Percentile]
    var populations: [Population]

    init(_ scores: CampaignScores) {
        func index(_ id: PersonID) -> Int { Int(id.rawValue.dropFirst())! }
        cells = []
        for person in scores.people {
            for column in person.groups where column.disposition.isShown {
                let positions: [(String, Int, ScoreCell)] =
                    column.items.enumerated().map { ("item", $0, $1) }
                    + column.dimensions.enumerated().map { ("dimension", $0, $1) } + [
                        ("overall", 0, column.overall)
                    ]
                for (kind, position, cell) in positions {
                    guard let s = cell.statistics else { continue }
                    cells.append(
                        Cell(
                            person: index(person.personID), column: column.group.rawValue,
                            members: column.members.map(\.rawValue), kind: kind, index: position, n: s.count,
                            mean: s.mean, sd: s.standardDeviation, se: s.standardError,
                            ciLower: s.confidenceInterval?.lower, ciUpper: s.confidenceInterval?.upper,
                            agreement: s.agreement?.value))
                }
            }
        }
        alphas = scores.analytics.alphas.map { Alpha(dimension: $0.dimension, alpha: $0.alpha) }
        iccs = scores.analytics.intraclassCorrelations.map {
            ICC(group: $0.group.rawValue, dimension: $0.dimension, icc1: $0.icc1, icc2: $0.icc2)
        }
        percentiles = []
        populations = []
        let positions: [Int?] = Array(0..<scores.dimensionIDs.count) + [nil]
        for dimension in positions {
            let population = scores.people.filter { person in
                person.norms.contains {
                    if case .published = $0.outcome { $0.dimension == dimension } else { false }
                }
            }.map { index($0.personID) }
            populations.append(Population(dimension: dimension, people: population))
            for person in scores.people {
                for norm in person.norms where norm.dimension == dimension {
                    if case .published(let value, _) = norm.outcome {
                        percentiles.append(
                            Percentile(
                                person: index(person.personID), dimension: dimension, percentile: value))
                    }
                }
            }
        }
    }
}
