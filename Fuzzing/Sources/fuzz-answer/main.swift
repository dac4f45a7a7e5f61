import Foundation
import FuzzSupport
import Survey360Core

// The one parser of answers (`Answer(parsing:on:)`), which both the web form
// and `responses import` use, and the replacement of characters XML cannot
// carry that the web form applies to comments. The first byte picks a scale
// (1–5 as shipped, or another a template may declare); the rest is the text.
let scales = [RatingScale.fivePoint, RatingScale(minimum: 0, maximum: 10), RatingScale(minimum: -3, maximum: 3)]

Fuzzer.run { data in
    guard let first = data.first else { return }
    let scale = scales[Int(first) % scales.count]
    let text = String(decoding: data.dropFirst(), as: UTF8.self)
    do {
        let answer = try Answer(parsing: text, on: scale)
        if let score = answer.score {
            Fuzzer.require(scale.contains(score), "a score outside the scale: \(score)")
        }
        // What Survey360 writes, it reads back as the same answer.
        Fuzzer.require((try? Answer(parsing: answer.text, on: scale)) == answer, "'\(answer.text)' does not read back")
    } catch {
        Fuzzer.require(!String(describing: error).isEmpty, "an error without a message")
    }
    let cleaned = TextCharacters.replacingForbidden(in: text)
    Fuzzer.require(TextCharacters.firstForbidden(in: cleaned) == nil, "a forbidden character left in")
    if TextCharacters.firstForbidden(in: text) == nil {
        Fuzzer.require(cleaned == text, "allowed text changed")
    }
}
