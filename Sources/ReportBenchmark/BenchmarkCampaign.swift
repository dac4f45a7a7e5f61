import Foundation
import Survey360Core
import Survey360Scoring

/// The scoring module's synthetic campaign, given the names and wordings a
/// report prints: the default questionnaire's texts on the synthetic item
/// ids (both have 7 dimensions of 3 items), and a name for every person
/// and department.
struct BenchmarkCampaign {
    let compact: CompactCampaign
    let organisation: Organisation
    let questionnaire: Questionnaire

    init(people: Int, seed: UInt64, template: Questionnaire) {
        let compact = SyntheticCampaign.make(people: people, seed: seed)
        let departments = compact.departmentIDs.enumerated().map { index, id in
            Department(
                id: id, name: "部门 \(index + 1)",
                parentID: compact.departmentParents[index] < 0
                    ? nil : compact.departmentIDs[Int(compact.departmentParents[index])])
        }
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高")
        let given = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟"]
        let persons = compact.personIDs.enumerated().map { index, id in
            Person(
                id: id,
                name:
                    "\(surnames[index % surnames.count])\(given[index / surnames.count % given.count])\(index)",
                email: "", departmentID: compact.departmentIDs[Int(compact.personDepartments[index])],
                title: "职员")
        }
        let organisation = Organisation(departments: departments, people: persons)
        let dimensions = compact.dimensionIDs.enumerated().map { index, id in
            let source = template.dimensions[index % template.dimensions.count]
            return Dimension(id: id, title: source.title, summary: source.summary)
        }
        let items = compact.itemIDs.enumerated().map { index, id in
            let source = template.items[index % template.items.count]
            return QuestionnaireItem(
                id: id, dimensionID: compact.dimensionIDs[Int(compact.itemDimensions[index])],
                wording: source.wording,
                groupWordings: source.groupWordings)
        }
        let questions = compact.questionIDs.enumerated().map { index, id in
            OpenQuestion(id: id, prompt: template.openQuestions[index % template.openQuestions.count].prompt)
        }
        self.compact = compact
        self.organisation = organisation
        questionnaire = Questionnaire(
            id: template.id, version: template.version, title: template.title, scale: template.scale,
            dimensions: dimensions, items: items, openQuestions: questions)
    }
}
