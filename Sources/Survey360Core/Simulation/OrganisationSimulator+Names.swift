extension OrganisationSimulator {
    /// Makes people's names in the script of their language, and unique
    /// email addresses from them.
    ///
    /// Short lists combined at random are enough: 60 surnames and 60
    /// given-name characters give over 200,000 Chinese names, and the
    /// frequent surnames come first so that 王, 李 and 陳 repeat as they do
    /// in a real directory (emails then need a number, as real ones do).
    struct NameSource {
        /// How many addresses start with a stem so far, to number repeats.
        private var stemCounts: [String: Int] = [:]

        /// A name and its email address at `example.com` (reserved for
        /// examples by RFC 2606, so no simulated mail can reach anyone).
        mutating func make(
            language: SurveyLanguage, random: inout SplitMix64
        ) -> (name: String, email: String) {
            let name: String
            let stem: String
            switch language {
            case .english:
                let first = random.pick(Self.englishGivenNames)
                let last = random.pick(Self.englishSurnames)
                name = "\(first) \(last)"
                stem = "\(first).\(last)".lowercased()
            case .simplifiedChinese, .traditionalChinese:
                let traditional = language == .traditionalChinese
                let surname = random.pick(Self.surnames)
                let length = random.chance(0.75) ? 2 : 1
                var given = ""
                var romanised = ""
                for _ in 0..<length {
                    let syllable = random.pick(Self.givenSyllables)
                    given += traditional ? syllable.traditional : syllable.simplified
                    romanised += syllable.pinyin
                }
                name = (traditional ? surname.traditional : surname.simplified) + given
                stem = "\(surname.pinyin).\(romanised)"
            }
            let count = stemCounts[stem, default: 0] + 1
            stemCounts[stem] = count
            let local = count == 1 ? stem : "\(stem)\(count)"
            return (name, "\(local)@example.com")
        }

        /// A Chinese character in both scripts, with its pinyin (no tones,
        /// ü written v as in email addresses).
        struct Syllable {
            var traditional: String
            var simplified: String
            var pinyin: String
        }

        private static func syllables(_ table: String) -> [Syllable] {
            table.split(separator: " ").map { entry in
                let parts = entry.split(separator: "/").map(String.init)
                return Syllable(traditional: parts[0], simplified: parts[1], pinyin: parts[2])
            }
        }

        static let surnames = syllables(
            """
            王/王/wang 李/李/li 張/张/zhang 劉/刘/liu 陳/陈/chen 楊/杨/yang 黃/黄/huang 趙/赵/zhao \
            吳/吴/wu 周/周/zhou 徐/徐/xu 孫/孙/sun 馬/马/ma 朱/朱/zhu 胡/胡/hu 郭/郭/guo 何/何/he \
            林/林/lin 高/高/gao 羅/罗/luo 鄭/郑/zheng 梁/梁/liang 謝/谢/xie 宋/宋/song 唐/唐/tang \
            許/许/xu 韓/韩/han 馮/冯/feng 鄧/邓/deng 曹/曹/cao 彭/彭/peng 曾/曾/zeng 蕭/萧/xiao \
            田/田/tian 董/董/dong 潘/潘/pan 袁/袁/yuan 蔡/蔡/cai 蔣/蒋/jiang 余/余/yu 杜/杜/du \
            葉/叶/ye 程/程/cheng 魏/魏/wei 蘇/苏/su 呂/吕/lv 丁/丁/ding 沈/沈/shen 姚/姚/yao \
            盧/卢/lu 鍾/钟/zhong 賴/赖/lai 洪/洪/hong 廖/廖/liao 莊/庄/zhuang 江/江/jiang 范/范/fan \
            方/方/fang 顏/颜/yan 邱/邱/qiu
            """)

        static let givenSyllables = syllables(
            """
            偉/伟/wei 芳/芳/fang 娜/娜/na 敏/敏/min 靜/静/jing 麗/丽/li 強/强/qiang 磊/磊/lei \
            軍/军/jun 洋/洋/yang 勇/勇/yong 豔/艳/yan 傑/杰/jie 濤/涛/tao 明/明/ming 超/超/chao \
            秀/秀/xiu 霞/霞/xia 平/平/ping 剛/刚/gang 桂/桂/gui 英/英/ying 華/华/hua 玉/玉/yu \
            蘭/兰/lan 建/建/jian 國/国/guo 志/志/zhi 文/文/wen 欣/欣/xin 怡/怡/yi 婷/婷/ting \
            雅/雅/ya 嘉/嘉/jia 宇/宇/yu 浩/浩/hao 俊/俊/jun 佳/佳/jia 子/子/zi 宏/宏/hong \
            思/思/si 晨/晨/chen 慧/慧/hui 穎/颖/ying 瑋/玮/wei 豪/豪/hao 睿/睿/rui 琳/琳/lin \
            博/博/bo 涵/涵/han 軒/轩/xuan 萱/萱/xuan 雯/雯/wen 哲/哲/zhe 冠/冠/guan 翔/翔/xiang \
            彥/彦/yan 德/德/de 成/成/cheng 安/安/an
            """)

        static let englishGivenNames = [
            "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
            "David", "Elizabeth", "William", "Susan", "Richard", "Jessica", "Thomas", "Sarah",
            "Daniel", "Karen", "Matthew", "Emily", "Andrew", "Grace", "Kevin", "Olivia",
            "Brian", "Sophie", "George", "Hannah", "Peter", "Chloe", "Oliver", "Emma",
            "Samuel", "Laura", "Henry", "Amy",
        ]

        static let englishSurnames = [
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
            "Taylor", "Anderson", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White",
            "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
            "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter",
            "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
        ]
    }
}
