import Foundation
import FuzzSupport
import Survey360XML

// The questionnaire template loader behind `campaign launch` and `serve`:
// libxml2 parses the file (through the safe external entity loader), the
// shipped `questionnaire.xsd` validates it, then the checks a schema cannot
// express run and the template becomes a questionnaire. Run from the
// repository, so that `templates/` is found as a checkout finds it.
let schema = try! XMLSchema(contentsOf: TemplateDirectory.locate().schema(named: "questionnaire.xsd"))
let file = ScratchFolder.url.appending(path: "questionnaire.xml")

Fuzzer.run { data in
    ScratchFolder.write(data, to: file)
    guard let template = try? QuestionnaireTemplate.load(contentsOf: file, schema: schema) else { return }
    let scale = template.questionnaire.scale
    Fuzzer.require(scale.minimum < scale.maximum, "a scale that does not run upwards")
    Fuzzer.require(template.scaleLabels.count == scale.points, "scale points without labels")
}
