import Foundation
import Survey360Storage
import Testing

@Suite struct RaterTokenTests {
    @Test func tokensAreRandomAndWellFormed() {
        let tokens = (0..<1000).map { _ in RaterToken.generate() }
        #expect(Set(tokens).count == 1000)
        for token in tokens {
            #expect(RaterToken(linkText: token.linkText) == token)
        }
    }

    @Test func theHashIsTheSHA256OfTheLinkText() {
        let token = RaterToken(linkText: "AAAAAAAAAAAAAAAAAAAAAA")!
        // printf 'AAAAAAAAAAAAAAAAAAAAAA' | sha256sum
        let expected = "8a5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a9411b93d080ed8"
        #expect(token.hash.map { String(format: "%02x", $0) }.joined() == expected)
    }

    @Test(arguments: ["", "short", "AAAAAAAAAAAAAAAAAAAAA=", "AAAAAAAAAAAAAAAAAAAAA/", "../../etc/passwd/AAAAA"])
    func malformedLinksAreRefused(_ text: String) {
        #expect(RaterToken(linkText: text) == nil)
    }

    @Test func aTokenNeverPrintsItself() {
        let token = RaterToken.generate()
        #expect(!String(describing: token).contains(token.linkText))
        #expect(!"\(token)".contains(token.linkText))
    }
}
