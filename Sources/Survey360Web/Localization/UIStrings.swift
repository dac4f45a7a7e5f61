import Survey360Core

/// The interface's own words in the three languages raters read.
///
/// Questionnaire text comes from the questionnaire; these are the buttons,
/// headings and messages around it. Each string is written out in full in
/// every language (not generated) because the two Chinese scripts differ in
/// vocabulary, not only in characters.
struct UIStrings: Sendable {
    let language: SurveyLanguage

    init(_ language: SurveyLanguage) {
        self.language = language
    }

    func pick(_ simplified: String, _ traditional: String, _ english: String) -> String {
        switch language {
        case .simplifiedChinese: simplified
        case .traditionalChinese: traditional
        case .english: english
        }
    }

    /// The colon between a label and its value: full width in Chinese.
    var colon: String { pick("：", "：", ": ") }

    var appName: String { pick("360度内部客户满意度调查", "360度內部客戶滿意度調查", "Internal customer 360 survey") }

    // MARK: - Errors

    var notFoundTitle: String { pick("链接无效", "連結無效", "This link is not valid") }
    var notFoundBody: String {
        pick(
            "请检查链接是否完整复制；如仍无法打开，请联系人力资源部。",
            "請檢查連結是否完整複製；如仍無法開啟，請聯絡人力資源部。",
            "Check that the whole link was copied; if it still does not open, contact HR")
    }
    var goneTitle: String { pick("调查已结束", "調查已結束", "This survey has closed") }
    var goneBody: String {
        pick("此调查已不再接受作答。感谢您的参与。", "此調查已不再接受作答。感謝您的參與。", "Answers are no longer accepted. Thank you for taking part")
    }
    var notOpenTitle: String { pick("调查尚未开始", "調查尚未開始", "This survey has not opened yet") }
    var notOpenBody: String {
        pick("请在调查开始后再打开此链接。", "請在調查開始後再開啟此連結。", "Open this link again once the survey has opened")
    }
    var forbiddenTitle: String { pick("无权访问", "無權存取", "Not allowed") }
    var forbiddenBody: String {
        pick("您无权查看此页面。", "您無權檢視此頁面。", "You are not allowed to see this page")
    }
    var tooManyTitle: String { pick("尝试次数过多", "嘗試次數過多", "Too many attempts") }
    var tooManyBody: String {
        pick("请稍后再试。", "請稍後再試。", "Please wait a few minutes and try again")
    }
    var conflictTitle: String { pick("问卷已提交", "問卷已提交", "Already submitted") }
    var conflictBody: String {
        pick("此问卷已提交，不能再修改。", "此問卷已提交，不能再修改。", "This questionnaire has been submitted and can no longer change")
    }
    var badRequestTitle: String { pick("无法处理此请求", "無法處理此請求", "This request cannot be handled") }
    var badRequestBody: String {
        pick("请返回上一页重试。", "請返回上一頁重試。", "Go back to the previous page and try again")
    }
    var tooLargeTitle: String { pick("内容过长", "內容過長", "Too much text") }
    var tooLargeBody: String {
        pick("提交的内容过长，请缩短意见后重试。", "提交的內容過長，請縮短意見後重試。", "What was sent is too long: shorten the comments and try again")
    }
    var unavailableTitle: String { pick("服务暂时不可用", "服務暫時無法使用", "Briefly unavailable") }
    var unavailableBody: String {
        pick(
            "数据库暂时无法访问，您的操作未完成。请一分钟后重试。", "資料庫暫時無法存取，您的操作未完成。請一分鐘後重試。",
            "The database cannot be reached just now, so what you did was not completed; please try again in a minute")
    }
    var serverErrorTitle: String { pick("出错了", "出錯了", "Something went wrong") }
    var serverErrorBody: String {
        pick("您的操作未完成，请稍后重试。", "您的操作未完成，請稍後重試。", "What you did was not completed; please try again later")
    }

    // MARK: - Signing in

    var signInTitle: String { pick("登录", "登入", "Sign in") }
    var userLabel: String {
        pick("用户名（管理员）或员工编号", "使用者名稱（管理員）或員工編號", "User name (administrator) or employee ID")
    }
    var passwordLabel: String { pick("密码", "密碼", "Password") }
    var signInButton: String { pick("登录", "登入", "Sign in") }
    var signInFailed: String {
        pick("用户名或密码不正确", "使用者名稱或密碼不正確", "The user name or password is not correct")
    }
    var signOutButton: String { pick("退出登录", "登出", "Sign out") }
    var expiredForm: String {
        pick("表单已过期，请重试。", "表單已過期，請重試。", "The form has expired; please try again")
    }
}
