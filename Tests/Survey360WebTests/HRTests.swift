import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Survey360Core
import Survey360Storage
import Survey360Web
import Testing

@Suite struct HRTests {
    @Test func hrPagesNeedSigningIn() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            for uri in ["/hr", "/hr/campaigns/2026-Q4"] {
                let response = try await client.get(uri)
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/signin")
            }
            // A forged cookie is no session.
            #expect(try await client.get("/hr", cookie: "forged").status == .seeOther)
        }
    }

    @Test func signingInChecksTheFormsTokenThenThePassword() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            let form = try await client.get("/signin")
            // The form opens no session: it sets only the nonce its token is bound to.
            #expect(form.cookie("survey360_session") == nil)
            let nonce: HTTPFields = [.cookie: "survey360_signin=\(try #require(form.cookie("survey360_signin")))"]
            let csrf = try #require(form.csrfToken)
            let password = WebTestSupport.adminPassword

            // Without the form's token, or with another one: refused (login CSRF).
            let noToken = try await client.post("/signin", [("user", "admin"), ("password", password)], headers: nonce)
            #expect(noToken.status == .forbidden)
            let wrongToken = try await client.post(
                "/signin", [("csrf", "x" + csrf), ("user", "admin"), ("password", password)], headers: nonce)
            #expect(wrongToken.status == .forbidden)
            // Without the nonce the token belongs to, or with another browser's: refused.
            let noNonce = try await client.post("/signin", [("csrf", csrf), ("user", "admin"), ("password", password)])
            #expect(noNonce.status == .forbidden)
            let otherForm = try await client.get("/signin")
            let otherNonce = try await client.post(
                "/signin", [("csrf", csrf), ("user", "admin"), ("password", password)],
                headers: [.cookie: "survey360_signin=\(try #require(otherForm.cookie("survey360_signin")))"])
            #expect(otherNonce.status == .forbidden)

            let wrongPassword = try await client.post(
                "/signin", [("csrf", csrf), ("user", "admin"), ("password", "guess")], headers: nonce)
            #expect(wrongPassword.status == .unauthorized)
            #expect(wrongPassword.text.contains("用户名或密码不正确"))

            let signedIn = try await client.post(
                "/signin", [("csrf", csrf), ("user", "admin"), ("password", password)], headers: nonce)
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers[.location] == "/hr")
            let session = try #require(signedIn.cookie("survey360_session"))
            // The nonce is forgotten.
            #expect(
                signedIn.headers[values: .setCookie].contains {
                    $0.hasPrefix("survey360_signin=;") && $0.contains("Max-Age=0")
                })
            #expect(try await client.get("/hr", cookie: session).status == .ok)

            // Signing in again from a browser with a session opens a new one and
            // ends the old (an id planted before sign-in is worthless after it).
            var headers = nonce
            headers[.cookie] =
                "survey360_signin=\(try #require(form.cookie("survey360_signin"))); survey360_session=\(session)"
            let again = try await client.post(
                "/signin", [("csrf", csrf), ("user", "admin"), ("password", password)], headers: headers)
            let newSession = try #require(again.cookie("survey360_session"))
            #expect(newSession != session)
            #expect(try await client.get("/hr", cookie: session).status == .seeOther)
            #expect(try await client.get("/hr", cookie: newSession).status == .ok)
        }
    }

    @Test(arguments: [false, true])
    func theCookiesAreHttpOnlyStrictAndSecureWhenConfigured(secure: Bool) async throws {
        let store = MemoryStore()
        let prefix = secure ? "__Host-" : ""
        try await WebTestSupport.app(store, configuration: WebTestSupport.configuration(secure: secure)).test(.router) {
            client in
            let form = try await client.get("/signin")
            let signInCookie = try #require(form.headers[.setCookie])
            var headers: HTTPFields = [:]
            headers[.cookie] = form.cookieHeader
            let signedIn = try await client.post(
                "/signin",
                [("csrf", form.csrfToken ?? ""), ("user", "admin"), ("password", WebTestSupport.adminPassword)],
                headers: headers)
            let sessionCookie = try #require(
                signedIn.headers[values: .setCookie].first { $0.hasPrefix("\(prefix)survey360_session=") })
            #expect(signInCookie.hasPrefix("\(prefix)survey360_signin="))
            for header in [signInCookie, sessionCookie] {
                #expect(header.contains("HttpOnly"))
                #expect(header.contains("SameSite=Strict"))
                #expect(header.contains("Path=/"))
                #expect(header.contains("Secure") == secure)
            }
        }
    }

    @Test func progressOfFewerThanFiveRatersShowsNoCountsButWhoIsStillToFinish() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        // P03 submits one of three, P02 keeps a draft of their only one.
        try await store.submit(
            Survey360Core.Response(
                rater: "P03", ratee: "P02", ratings: ["I1": .score(5), "I2": .score(4), "I3": .score(3)],
                comments: ["Q1": "秘密意见"]),
            in: Fixture.campaignID)
        try await store.saveDraft(
            Survey360Core.Response(rater: "P02", ratee: "P03", ratings: ["I1": .score(2)]), in: Fixture.campaignID)
        _ = fixture
        try await WebTestSupport.app(store).test(.router) { client in
            let session = try await client.signIn(user: "admin", password: WebTestSupport.adminPassword)
            let page = try await client.get("/hr/campaigns/2026-Q4", cookie: session, headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok)
            let text = page.text
            // Four raters: every row, the total included, would rest on fewer than five.
            #expect(text.contains("Fewer than 5 raters: no counts are shown"))
            #expect(!text.contains("<th scope=\"row\">"))
            // Still to finish: who, never how many nor whom they rate.
            #expect(text.contains("<tr><td><bdi>王院长</bdi></td><td>仁和医院</td></tr>"))
            #expect(text.contains("<tr><td><bdi>李护士长</bdi></td><td>护理部</td></tr>"))
            #expect(text.contains("<tr><td><bdi>张护士</bdi></td><td>重症监护室</td></tr>"))
            #expect(text.contains("<tr><td><bdi>赵工程师</bdi></td><td>设备科</td></tr>"))
            #expect(!text.contains("Unfinished questionnaires"))
            // Never an answer.
            #expect(!text.contains("秘密意见"))
            // The audit log.
            #expect(text.contains("<td>hr</td><td>created</td>"))
        }
    }

    static func row(
        _ label: String, _ assigned: Int, _ submitted: Int, _ drafts: Int, _ notStarted: Int, _ percent: Int
    )
        -> String
    {
        "<tr><th scope=\"row\">\(label)</th><td class=\"number\">\(assigned)</td><td class=\"number\">\(submitted)</td>"
            + "<td class=\"number\">\(drafts)</td><td class=\"number\">\(notStarted)</td><td class=\"number\">\(percent)%</td></tr>"
    }

    @Test func formsWithoutTheSessionsTokenAreRejected() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            let session = try #require(try await client.signIn(user: "admin", password: WebTestSupport.adminPassword))
            let page = try await client.get("/hr", cookie: session)
            let csrf = try #require(page.csrfToken)

            let forged = try await client.post("/hr/credentials", [("person", "P02")], cookie: session)
            #expect(forged.status == .forbidden)
            let wrong = try await client.post(
                "/hr/credentials", [("csrf", String(csrf.reversed())), ("person", "P02")], cookie: session)
            #expect(wrong.status == .forbidden)
            #expect(await store.credential(for: "P02") == nil)
            let signOutForged = try await client.post("/signout", [], cookie: session)
            #expect(signOutForged.status == .forbidden)
            #expect(try await client.get("/hr", cookie: session).status == .ok)

            let issued = try await client.post("/hr/credentials", [("csrf", csrf), ("person", "P02")], cookie: session)
            #expect(issued.status == .ok)
            #expect(await store.credential(for: "P02") != nil)

            let signedOut = try await client.post("/signout", [("csrf", csrf)], cookie: session)
            #expect(signedOut.status == .seeOther)
            #expect(try await client.get("/hr", cookie: session).status == .seeOther)
        }
    }

    @Test func repeatedWrongPasswordsAreSlowedDown() async throws {
        let store = MemoryStore()
        let configuration = WebTestSupport.configuration(maximumFailedAttempts: 2)
        try await WebTestSupport.app(store, configuration: configuration).test(.router) { client in
            #expect(try await client.signIn(user: "admin", password: "a") == nil)
            #expect(try await client.signIn(user: "ADMIN ", password: "b") == nil)
            let form = try await client.get("/signin")
            let refused = try await client.postSignIn(user: "admin", password: WebTestSupport.adminPassword, form: form)
            #expect(refused.status == .tooManyRequests)
        }
    }
}
