import Survey360Core

/// The words of the rater's pages.
extension UIStrings {
    var questionnairesTitle: String { pick("您的问卷", "您的問卷", "Your questionnaires") }
    var questionnairesIntro: String {
        pick(
            "请为下列每位同事填写一份问卷。“您的身份”说明您以何种关系作答，题目的措辞会随之不同。",
            "請為下列每位同事填寫一份問卷。「您的身分」說明您以何種關係作答，題目的措辭會隨之不同。",
            "Fill in one questionnaire for each colleague below. “Your role” says in which relationship you answer; the wording of the items follows it"
        )
    }
    var superiorNote: String {
        pick(
            "请注意：作为上级的评价在报告中即使只有一人也会显示，因此可以识别出评价人。其他关系的评价至少汇总3人后才显示。",
            "請注意：作為上級的評價在報告中即使只有一人也會顯示，因此可以識別出評價人。其他關係的評價至少彙總3人後才顯示。",
            "Please note: ratings given as a superior are shown even when there is only one, so they identify you. Other ratings are shown only when at least 3 raters are pooled"
        )
    }
    func answerBy(_ date: CalendarDate) -> String {
        pick(
            "请在\(date.year)年\(date.month)月\(date.day)日前完成。",
            "請在\(date.year)年\(date.month)月\(date.day)日前完成。",
            "Please answer by \(date)")
    }
    var personColumn: String { pick("被评人", "受評人", "Person rated") }
    var departmentColumn: String { pick("部门", "部門", "Department") }
    var roleColumn: String { pick("您的身份", "您的身分", "Your role") }
    var statusColumn: String { pick("状态", "狀態", "Status") }
    var notStarted: String { pick("未开始", "未開始", "Not started") }
    var draftStatus: String { pick("已保存草稿", "已儲存草稿", "Draft saved") }
    var submittedStatus: String { pick("已提交", "已提交", "Submitted") }
    var openAction: String { pick("填写", "填寫", "Answer") }
    var viewAction: String { pick("查看", "檢視", "View") }
    var allDone: String {
        pick("您已提交全部问卷，谢谢！", "您已提交全部問卷，謝謝！", "You have submitted every questionnaire. Thank you!")
    }

    func role(_ group: RaterGroup) -> String {
        switch group {
        case .selfRating: pick("自评", "自評", "Self-rating")
        case .superior: pick("上级（评价下属）", "上級（評價下屬）", "Superior (rating a direct report)")
        case .subordinate: pick("下属（评价上级）", "下屬（評價上級）", "Direct report (rating your manager)")
        case .downstream:
            pick("下游工序（接收其工作）", "下游工序（接收其工作）", "Next process stage (you receive their work)")
        case .upstream:
            pick("上游工序（向其交付工作）", "上游工序（向其交付工作）", "Previous process stage (you hand work to them)")
        case .functional:
            pick("职能客户（使用其部门的服务）", "職能客戶（使用其部門的服務）", "Functional customer (you use their department's services)")
        }
    }

    // MARK: - One questionnaire

    func rating(_ name: String) -> String { pick("评价：\(name)", "評價：\(name)", "Rating \(name)") }
    var scaleExplanation: String {
        pick(
            "1 = 非常不同意，2 = 不同意，3 = 一般，4 = 同意，5 = 非常同意。无法判断时请选“无法评价”。",
            "1 = 非常不同意，2 = 不同意，3 = 普通，4 = 同意，5 = 非常同意。無法判斷時請選「無法評價」。",
            "1 = strongly disagree, 2 = disagree, 3 = neutral, 4 = agree, 5 = strongly agree. Choose “cannot judge” when you cannot tell"
        )
    }
    var cannotJudge: String { pick("无法评价", "無法評價", "Cannot judge") }
    var commentsHeading: String { pick("意见", "意見", "Comments") }
    var commentsNote: String {
        pick(
            "意见将原文匿名呈现给被评人，顺序随机、不附时间。请勿写入能识别您身份的内容。（选填）",
            "意見將原文匿名呈現給受評人，順序隨機、不附時間。請勿寫入能識別您身分的內容。（選填）",
            "Comments are shown to the person verbatim, unattributed, in random order and without dates. Do not write anything that identifies you (optional)"
        )
    }
    var saveDraftButton: String { pick("保存草稿", "儲存草稿", "Save draft") }
    var submitButton: String { pick("提交", "提交", "Submit") }
    var submitNote: String {
        pick("提交后不能再修改。", "提交後不能再修改。", "Once submitted, the answers can no longer change")
    }
    var draftSavedMessage: String { pick("草稿已保存。", "草稿已儲存。", "Your draft is saved") }
    var submittedMessage: String {
        pick("已提交，谢谢！此问卷现为只读。", "已提交，謝謝！此問卷現為唯讀。", "Submitted, thank you. This questionnaire is now read-only")
    }
    func missingAnswers(_ count: Int) -> String {
        pick(
            "还有 \(count) 项未作答。请为每一项选择分数或“无法评价”后再提交；您的答案已保存为草稿。",
            "還有 \(count) 項未作答。請為每一項選擇分數或「無法評價」後再提交；您的答案已儲存為草稿。",
            "\(count) item(s) have no answer. Choose a score or “cannot judge” for every item before submitting; your answers are saved as a draft"
        )
    }
    var backToList: String { pick("返回问卷列表", "返回問卷列表", "Back to your questionnaires") }
    var autosaveReady: String {
        pick("您的答案会在每次修改时自动保存。", "您的答案會在每次修改時自動儲存。", "Your answers are saved as you go")
    }
    var autosaveSaved: String { pick("已自动保存", "已自動儲存", "Saved") }
    var autosaveFailed: String {
        pick("自动保存失败，请点击“保存草稿”。", "自動儲存失敗，請點選「儲存草稿」。", "Saving failed; use “Save draft”")
    }
}
