extension ResponseSimulator {
    /// Short comments about one service dimension: what to keep doing and
    /// what to change, as colleagues write them.
    struct PhraseBank: Sendable {
        var keep: [String]
        var change: [String]
    }

    /// The phrase banks of `language`, one per service dimension in the
    /// essay's order: needs orientation, proactive service, relay-baton
    /// handover, lead time, consultative communication, result orientation,
    /// follow-through.
    static func phrases(in language: SurveyLanguage) -> [PhraseBank] {
        switch language {
        case .english: english
        case .simplifiedChinese: simplifiedChinese
        case .traditionalChinese: traditionalChinese
        }
    }

    static let english: [PhraseBank] = [
        PhraseBank(
            keep: [
                "Listens to what we actually need before proposing a solution",
                "Finds a way instead of citing the rule",
            ],
            change: [
                "Please ask what we need before planning the work",
                "A rule is quoted too quickly; look for a solution with us",
            ]),
        PhraseBank(
            keep: ["Often spots our problems before we ask", "Offers help without waiting to be chased"],
            change: [
                "We usually have to ask several times before anything happens",
                "Could anticipate our busy periods better",
            ]),
        PhraseBank(
            keep: [
                "Hands work over with everything we need to continue",
                "Stays with the handover until we are up and running",
            ],
            change: [
                "Handovers arrive without the context we need",
                "Please walk us through the first steps when passing work on",
            ]),
        PhraseBank(
            keep: ["Always gives us enough time to prepare", "Requests come early and with clear deadlines"],
            change: [
                "Requests often arrive at the last minute", "Please give us more notice before deadlines",
            ]),
        PhraseBank(
            keep: ["Shares useful information before we need it", "One short message often saves us hours"],
            change: [
                "We find out important changes too late",
                "Please tell us what you know that affects our work",
            ]),
        PhraseBank(
            keep: [
                "Focuses on getting the result, not on the paperwork", "Delivers what was agreed, on time",
            ],
            change: [
                "The procedure is followed but the problem stays unsolved",
                "Please judge the work by the result for us",
            ]),
        PhraseBank(
            keep: [
                "Follows up until the issue is really closed",
                "Keeps us informed on progress without being asked",
            ],
            change: [
                "Things are assumed done without checking",
                "Please track open requests and tell us where they stand",
            ]),
    ]

    static let simplifiedChinese: [PhraseBank] = [
        PhraseBank(
            keep: ["先了解我们的实际需求再提出方案", "遇到问题会想办法，而不是只讲规定"],
            change: ["希望安排工作前先问问我们的需求", "不要一上来就用制度拒绝，请和我们一起想办法"]),
        PhraseBank(
            keep: ["常常在我们开口之前就发现问题", "主动提供帮助，不用我们催"],
            change: ["往往要催好几次才有回应", "希望能提前预见我们的忙季"]),
        PhraseBank(
            keep: ["交接时把后续需要的资料都准备好", "交接后还会陪我们走完第一步"],
            change: ["交接时缺少必要的背景说明", "交接工作时请带我们做一遍开头"]),
        PhraseBank(
            keep: ["总是给我们留出足够的准备时间", "需求提得早，期限也清楚"],
            change: ["需求经常在最后一刻才提出", "截止日期前请多给一些提前量"]),
        PhraseBank(
            keep: ["会主动分享有用的信息", "一句提醒常常帮我们省下几个小时"],
            change: ["重要的变化我们总是最后才知道", "影响我们工作的信息请及时告知"]),
        PhraseBank(
            keep: ["重视结果，而不是走形式", "答应的事情都能按时做到"],
            change: ["流程走完了，问题却没有解决", "请以我们得到的结果来衡量工作"]),
        PhraseBank(
            keep: ["会一直跟进直到问题真正解决", "不用问就会告诉我们进度"],
            change: ["常常以为事情办完了，却没有确认", "请跟踪未完成的事项并告诉我们进展"]),
    ]

    static let traditionalChinese: [PhraseBank] = [
        PhraseBank(
            keep: ["先了解我們的實際需求再提出方案", "遇到問題會想辦法，而不是只講規定"],
            change: ["希望安排工作前先問問我們的需求", "不要一開始就用制度拒絕，請和我們一起想辦法"]),
        PhraseBank(
            keep: ["常常在我們開口之前就發現問題", "主動提供協助，不用我們催"],
            change: ["往往要催好幾次才有回應", "希望能提前預見我們的忙季"]),
        PhraseBank(
            keep: ["交接時把後續需要的資料都準備好", "交接後還會陪我們走完第一步"],
            change: ["交接時缺少必要的背景說明", "交接工作時請帶我們做一遍開頭"]),
        PhraseBank(
            keep: ["總是給我們留出足夠的準備時間", "需求提得早，期限也清楚"],
            change: ["需求經常在最後一刻才提出", "截止日期前請多給一些提前量"]),
        PhraseBank(
            keep: ["會主動分享有用的資訊", "一句提醒常常幫我們省下好幾個小時"],
            change: ["重要的變化我們總是最後才知道", "影響我們工作的資訊請及時告知"]),
        PhraseBank(
            keep: ["重視結果，而不是走形式", "答應的事情都能準時做到"],
            change: ["流程走完了，問題卻沒有解決", "請以我們得到的結果來衡量工作"]),
        PhraseBank(
            keep: ["會一直跟進直到問題真正解決", "不用問就會告訴我們進度"],
            change: ["常常以為事情辦完了，卻沒有確認", "請追蹤未完成的事項並告訴我們進展"]),
    ]
}
