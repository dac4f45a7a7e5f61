import Survey360Core

/// The words of an invitation or a reminder, in the rater's language.
///
/// Every invitation says what confidentiality means in practice, because a
/// rater who believes their answers can be traced answers politely rather
/// than honestly.
struct InvitationText {
    let language: SurveyLanguage
    let isReminder: Bool

    func subject(title: String) -> String {
        switch (language, isReminder) {
        case (.traditionalChinese, false): "邀請您填寫「\(title)」"
        case (.traditionalChinese, true): "提醒：「\(title)」尚待您完成"
        case (.simplifiedChinese, false): "邀请您填写“\(title)”"
        case (.simplifiedChinese, true): "提醒：“\(title)”尚待您完成"
        case (.english, false): "Your invitation: \(title)"
        case (.english, true): "Reminder: \(title) is waiting for you"
        }
    }

    func body(name: String, questionnaires: Int, closes: CalendarDate, link: String) -> String {
        switch language {
        case .traditionalChinese:
            return """
                \(name) 您好：

                \(isReminder ? "您的問卷尚未全部完成。" : "本季的內部客戶滿意度調查已經開始。")您受邀評價 \(questionnaires) 位與您在工作上互為內部客戶的同事：您的主管、部屬、服務您部門的同事，或工作流程中的上下游。

                請於 \(closes) 前完成（可隨時儲存草稿，稍後再繼續）：
                \(link)

                此連結只屬於您本人，請勿轉寄。報告只呈現至少 3 位評分者的彙總結果，不會顯示誰給了什麼分數；唯一例外是直屬主管的評分，問卷上會清楚標示。

                人力資源部
                """
        case .simplifiedChinese:
            return """
                \(name)，您好：

                \(isReminder ? "您的问卷尚未全部完成。" : "本季度的内部客户满意度调查已经开始。")您受邀评价 \(questionnaires) 位与您在工作上互为内部客户的同事：您的上级、下属、服务您部门的同事，或工作流程中的上下游。

                请于 \(closes) 前完成（可随时保存草稿，稍后继续）：
                \(link)

                此链接只属于您本人，请勿转发。报告只呈现至少 3 位评分者的汇总结果，不会显示谁打了什么分；唯一例外是直属上级的评分，问卷上会清楚标明。

                人力资源部
                """
        case .english:
            return """
                Dear \(name),

                \(isReminder ? "Some of your questionnaires are not finished yet." : "This quarter's internal customer survey has started.") You are asked to rate \(questionnaires) colleagues whose work depends on yours or yours on theirs: your manager, your direct reports, the departments that serve yours, or the stages before and after yours in a shared process.

                Please answer by \(closes) (drafts are saved, so you can stop and come back):
                \(link)

                This link is yours alone; please do not forward it. Reports show only combined results of at least 3 raters and never who gave which rating. The one exception is a manager's rating of their own direct report, which the questionnaire marks as identifiable.

                Human Resources
                """
        }
    }
}
