import Survey360Core

/// The words of HR's and managers' pages.
extension UIStrings {
    var campaignsTitle: String { pick("调查活动", "調查活動", "Campaigns") }
    func progressTitle(_ title: String) -> String {
        pick("进度：\(title)", "進度：\(title)", "Progress: \(title)")
    }
    var stateLabel: String { pick("状态", "狀態", "State") }
    func state(_ state: CampaignState) -> String {
        switch state {
        case .draft: pick("草稿", "草稿", "Draft")
        case .open: pick("进行中", "進行中", "Open")
        case .closed: pick("已结束", "已結束", "Closed")
        case .archived: pick("已归档", "已歸檔", "Archived")
        }
    }
    var byDepartmentHeading: String {
        pick("按部门统计回收率（评价人所在部门）", "按部門統計回收率（評價人所在部門）", "Response rate by department (of the rater)")
    }
    var byGroupHeading: String { pick("按评价关系统计回收率", "按評價關係統計回收率", "Response rate by rater group") }
    var countsNote: String {
        pick(
            "此处只显示数量，不显示谁回答了什么；少于5位评价人的行并入“其他”。",
            "此處只顯示數量，不顯示誰回答了什麼；少於5位評價人的列併入「其他」。",
            "Counts only: never who answered what; rows of fewer than 5 raters are merged into “other”")
    }
    var totalRow: String { pick("合计", "合計", "Total") }
    var groupColumn: String { pick("评价关系", "評價關係", "Rater group") }
    var assignedColumn: String { pick("问卷数", "問卷數", "Questionnaires") }
    var submittedColumn: String { pick("已提交", "已提交", "Submitted") }
    var draftColumn: String { pick("草稿", "草稿", "Drafts") }
    var notStartedColumn: String { pick("未开始", "未開始", "Not started") }
    var rateColumn: String { pick("回收率", "回收率", "Response rate") }
    var pendingHeading: String { pick("尚未完成的评价人（用于提醒）", "尚未完成的評價人（用於提醒）", "Raters still to finish (for reminders)") }
    var nameColumn: String { pick("姓名", "姓名", "Name") }
    var otherRow: String { pick("其他（合并较小的行）", "其他（合併較小的列）", "Other (smaller rows merged)") }
    var tooFewRatersForCounts: String {
        pick("评价人少于5人，不显示数量。", "評價人少於5人，不顯示數量。", "Fewer than 5 raters: no counts are shown")
    }
    /// When the snapshot behind the counts was taken: counts change on a
    /// schedule, not with each submission.
    func countsTaken(_ date: String) -> String {
        pick(
            "数量更新于 \(date)（定时更新，非即时）", "數量更新於 \(date)（定時更新，非即時）",
            "Counts as of \(date) (refreshed on a schedule, not live)")
    }
    var nobodyPending: String { pick("所有评价人均已完成。", "所有評價人均已完成。", "Every rater has finished") }
    var auditHeading: String { pick("审计日志", "稽核日誌", "Audit log") }
    var dateColumn: String { pick("时间", "時間", "Date") }
    var actorColumn: String { pick("操作人", "操作人", "Actor") }
    var actionColumn: String { pick("操作", "操作", "Action") }
    var detailColumn: String { pick("说明", "說明", "Detail") }
    var groupSelf: String { pick("自评", "自評", "Self") }
    func groupName(_ group: RaterGroup) -> String {
        switch group {
        case .selfRating: groupSelf
        case .superior: pick("上级", "上級", "Superior")
        case .subordinate: pick("下属", "下屬", "Subordinate")
        case .downstream: pick("下游工序", "下游工序", "Downstream")
        case .upstream: pick("上游工序", "上游工序", "Upstream")
        case .functional: pick("职能客户", "職能客戶", "Functional")
        }
    }

    // MARK: - Credentials

    var issueHeading: String { pick("为经理签发登录凭证", "為經理簽發登入憑證", "Issue a manager's sign-in credential") }
    var personIDLabel: String { pick("员工编号", "員工編號", "Employee ID") }
    var issueButton: String { pick("签发", "簽發", "Issue") }
    func issued(_ name: String) -> String {
        pick(
            "已为\(name)签发凭证。一次性密码只显示这一次，请当面或经安全渠道交给本人：",
            "已為\(name)簽發憑證。一次性密碼只顯示這一次，請當面或經安全管道交給本人：",
            "Credential issued to \(name). The password is shown this once only; hand it over in person or through a safe channel:"
        )
    }
    func unknownPerson(_ id: String) -> String {
        pick("没有员工编号为“\(id)”的人", "沒有員工編號為「\(id)」的人", "There is no person with ID '\(id)'")
    }

    // MARK: - Managers

    var reportsTitle: String { pick("您的报告", "您的報告", "Your reports") }
    var departmentScorecard: String { pick("部门计分卡", "部門計分卡", "Department scorecard") }
    var personalReport: String { pick("个人报告", "個人報告", "Personal report") }
    var notClosedYet: String {
        pick("调查结束后才能查看报告。", "調查結束後才能檢視報告。", "Reports can be read once the survey has closed")
    }
    var reportNotReady: String {
        pick("报告尚未生成，请稍后再来。", "報告尚未產生，請稍後再來。", "The report has not been made yet; come back later")
    }
    var noCampaigns: String { pick("暂无已结束的调查。", "暫無已結束的調查。", "No survey has closed yet") }
}
