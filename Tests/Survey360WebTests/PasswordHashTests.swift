import Foundation
import Survey360Storage
import Testing

@testable import Survey360Web

@Suite struct PasswordHashTests {
    /// PBKDF2-HMAC-SHA256 test vectors of RFC 7914 §11.
    @Test(arguments: [
        (
            "passwd", "salt", 1,
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"
        ),
        (
            "Password", "NaCl", 80000,
            "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"
        ),
    ])
    func rfc7914Vectors(password: String, salt: String, iterations: Int, expected: String) {
        let key = PasswordHash.derive(
            password: Array(password.utf8), salt: Array(salt.utf8), iterations: iterations, length: 64)
        #expect(key.map { String(format: "%02x", $0) }.joined() == expected)
    }

    @Test func aHashVerifiesItsPasswordOnlyAndSurvivesItsTextForm() throws {
        let hash = PasswordHash.make(password: "秘密 password", iterations: 2_000)
        let text = hash.encoded
        #expect(text.hasPrefix("pbkdf2-sha256$2000$"))
        let read = try #require(PasswordHash(encoded: text))
        #expect(read == hash)
        #expect(read.verify("秘密 password"))
        #expect(!read.verify("秘密 passwore"))
        #expect(!read.verify(""))
        // Two hashes of one password differ by their salts.
        #expect(
            PasswordHash.make(password: "x", iterations: 1_000) != PasswordHash.make(password: "x", iterations: 1_000))
        #expect(!hash.description.contains(Base64URL.encode(hash.hash)))
    }

    @Test func theDefaultWorkFactorIsOWASPs() {
        #expect(PasswordHash.defaultIterations == 600_000)
    }

    @Test(arguments: [
        "", "hunter2", "pbkdf2-sha256$0$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha1$1000$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$1000$c2FsdHNhbHQ$AAAA",
    ])
    func malformedHashesAreRefused(text: String) {
        #expect(PasswordHash(encoded: text) == nil)
    }

    @Test func aConfigurationWithAMalformedHashSaysWhatIsWrong() {
        #expect(
            throws: WebConfigurationError(
                message: "SURVEY360_ADMIN_PASSWORD_HASH is not a 'pbkdf2-sha256$iterations$salt$hash' password hash")
        ) {
            try WebConfiguration(environment: ["SURVEY360_ADMIN_PASSWORD_HASH": "hunter2"])
        }
    }
}
