#!/usr/bin/env python3
"""Writes the manufacturer sample (departments.csv, people.csv, services.csv,
processes.csv) next to this script, in the format OrganisationCSVWriter
writes: UTF-8 without BOM, LF line ends, RFC 4180 quoting, extra columns
sorted after the standard ones.

The structure (centres, departments, teams, relations) is written out below;
only people's names, hire dates, languages and statuses are drawn, from a
seeded random.Random, so running the script again gives the same files."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DOMAIN = "huacheng.example.com"
rng = random.Random(20261129)

# Department tree: id, name, English name, parent, head's title (zh, en)
DEPARTMENTS = [
    ("D100", "总经理办公室", "General management", "", ("总经理", "General manager")),
    ("D200", "研发中心", "R&D centre", "D100", ("研发副总裁", "VP of R&D")),
    ("D210", "设计工程部", "Design engineering", "D200", ("设计工程部经理", "Design engineering manager")),
    ("D220", "软件部", "Software", "D200", ("软件部经理", "Software manager")),
    ("D230", "测试部", "Test", "D200", ("测试部经理", "Test manager")),
    ("D240", "系统工程部", "Systems engineering", "D200", ("系统工程部经理", "Systems engineering manager")),
    ("D300", "制造中心", "Manufacturing centre", "D100", ("制造副总裁", "VP of manufacturing")),
    ("D310", "生产部", "Production", "D300", ("生产部经理", "Production manager")),
    ("D320", "质量部", "Quality", "D300", ("质量部经理", "Quality manager")),
    ("D330", "采购部", "Purchasing", "D300", ("采购部经理", "Purchasing manager")),
    ("D340", "物流部", "Logistics", "D300", ("物流部经理", "Logistics manager")),
    ("D400", "营销中心", "Sales and marketing centre", "D100", ("营销副总裁", "VP of sales and marketing")),
    ("D410", "市场部", "Marketing", "D400", ("市场部经理", "Marketing manager")),
    ("D420", "销售部", "Sales", "D400", ("销售部经理", "Sales manager")),
    ("D500", "职能中心", "Corporate functions", "D100", ("财务总监", "Chief financial officer")),
    ("D510", "财务部", "Finance", "D500", ("财务部经理", "Finance manager")),
    ("D520", "人力资源部", "Human resources", "D500", ("人力资源部经理", "HR manager")),
    ("D530", "信息技术部", "Information technology", "D500", ("信息技术部经理", "IT manager")),
]

# Teams: department, team name, size (lead included), member title (zh, en), share of English speakers
TEAMS = [
    ("D100", "总经理办公室", 2, ("总经理助理", "Executive assistant"), 0.0),
    ("D210", "结构设计组", 12, ("结构工程师", "Mechanical engineer"), 0.1),
    ("D210", "电子设计组", 13, ("电子工程师", "Electronics engineer"), 0.1),
    ("D210", "工业设计组", 7, ("工业设计师", "Industrial designer"), 0.2),
    ("D220", "嵌入式软件组", 14, ("嵌入式软件工程师", "Embedded software engineer"), 0.2),
    ("D220", "应用软件组", 15, ("软件工程师", "Software engineer"), 0.3),
    ("D220", "平台组", 10, ("平台工程师", "Platform engineer"), 0.3),
    ("D230", "系统测试组", 11, ("测试工程师", "Test engineer"), 0.1),
    ("D230", "自动化测试组", 9, ("测试开发工程师", "Test automation engineer"), 0.2),
    ("D240", "需求与架构组", 7, ("系统工程师", "Systems engineer"), 0.3),
    ("D240", "系统集成组", 8, ("集成工程师", "Integration engineer"), 0.2),
    ("D310", "SMT 车间甲班", 15, ("SMT 操作员", "SMT operator"), 0.0),
    ("D310", "SMT 车间乙班", 14, ("SMT 操作员", "SMT operator"), 0.0),
    ("D310", "总装一线甲班", 17, ("装配工", "Assembler"), 0.0),
    ("D310", "总装一线乙班", 16, ("装配工", "Assembler"), 0.0),
    ("D310", "总装二线甲班", 16, ("装配工", "Assembler"), 0.0),
    ("D310", "总装二线乙班", 15, ("装配工", "Assembler"), 0.0),
    ("D310", "包装组", 14, ("包装工", "Packer"), 0.0),
    ("D310", "工艺工程组", 9, ("工艺工程师", "Process engineer"), 0.1),
    ("D310", "生产计划组", 6, ("生产计划员", "Production planner"), 0.0),
    ("D320", "来料检验组", 8, ("检验员", "Inspector"), 0.0),
    ("D320", "过程质量组", 9, ("质量工程师", "Quality engineer"), 0.1),
    ("D320", "出货检验组", 7, ("检验员", "Inspector"), 0.0),
    ("D320", "质量体系组", 4, ("体系工程师", "Quality systems engineer"), 0.2),
    ("D330", "直接物料组", 8, ("采购员", "Buyer"), 0.1),
    ("D330", "间接物料组", 5, ("采购员", "Buyer"), 0.0),
    ("D340", "仓储组", 13, ("仓管员", "Warehouse clerk"), 0.0),
    ("D340", "运输组", 7, ("调度员", "Dispatcher"), 0.0),
    ("D410", "产品市场组", 8, ("产品市场经理", "Product marketing manager"), 0.4),
    ("D410", "品牌与数字营销组", 8, ("市场专员", "Marketing specialist"), 0.3),
    ("D420", "华东区", 12, ("销售经理", "Account manager"), 0.0),
    ("D420", "华南区", 11, ("销售经理", "Account manager"), 0.0),
    ("D420", "华北区", 9, ("销售经理", "Account manager"), 0.0),
    ("D420", "海外销售组", 10, ("海外销售经理", "Export account manager"), 0.7),
    ("D510", "会计组", 7, ("会计", "Accountant"), 0.0),
    ("D510", "资金组", 4, ("出纳", "Treasury specialist"), 0.0),
    ("D520", "招聘组", 5, ("招聘专员", "Recruiter"), 0.2),
    ("D520", "薪酬与培训组", 6, ("人事专员", "HR specialist"), 0.0),
    ("D530", "基础设施组", 7, ("系统管理员", "System administrator"), 0.1),
    ("D530", "业务系统组", 8, ("IT 工程师", "IT engineer"), 0.2),
]
LEAD_TITLE = ("组长", "Team lead")

# provider, customer: the customer's members rate the provider's members
LEAF_DEPARTMENTS = sorted({team[0] for team in TEAMS} - {"D100"})
SERVICES = (
    [("D410", "D420")]  # sales applies marketing's sales policies
    + [("D520", d) for d in LEAF_DEPARTMENTS if d != "D520"]  # everyone is HR's customer
    + [("D530", d) for d in LEAF_DEPARTMENTS if d != "D530"]  # and IT's
    + [("D510", d) for d in ("D330", "D420", "D310")]  # payments, invoicing, cost accounting
    + [("D330", d) for d in ("D310", "D210", "D530")]  # purchasing buys for them
    + [("D320", d) for d in ("D310", "D330", "D210")]  # quality: production, supplier quality, design
    + [("D240", "D420")]  # systems engineering supports pre-sales
    + [("D340", d) for d in ("D310", "D420")]  # logistics
)

# process id, name, [(department, team whose members do the stage, or None for the whole department)]
PROCESSES = [
    ("PM01", "设计转产", [("D210", None), ("D310", "工艺工程组")]),
    ("PM02", "软件发布", [("D220", None), ("D230", None), ("D240", None)]),
    ("PM03", "物料请购与付款", [("D310", "生产计划组"), ("D330", None), ("D510", "会计组")]),
    ("PM04", "订单交付", [("D420", None), ("D310", "生产计划组"), ("D320", "出货检验组"), ("D340", None)]),
]

SURNAMES = ("王 wang 李 li 张 zhang 刘 liu 陈 chen 杨 yang 黄 huang 赵 zhao 吴 wu 周 zhou 徐 xu 孙 sun "
            "马 ma 朱 zhu 胡 hu 郭 guo 何 he 林 lin 高 gao 罗 luo 郑 zheng 梁 liang 谢 xie 宋 song 唐 tang "
            "许 xu 韩 han 冯 feng 邓 deng 曹 cao 彭 peng 曾 zeng 萧 xiao 田 tian 董 dong 潘 pan 袁 yuan "
            "蔡 cai 蒋 jiang 余 yu 杜 du 叶 ye 程 cheng 魏 wei 苏 su 吕 lv 丁 ding 沈 shen 姚 yao").split()
GIVEN = ("伟 wei 芳 fang 娜 na 敏 min 静 jing 丽 li 强 qiang 磊 lei 军 jun 洋 yang 勇 yong 艳 yan 杰 jie "
         "涛 tao 明 ming 超 chao 秀 xiu 霞 xia 平 ping 刚 gang 英 ying 华 hua 玉 yu 兰 lan 建 jian "
         "国 guo 志 zhi 文 wen 欣 xin 怡 yi 婷 ting 雅 ya 嘉 jia 宇 yu 浩 hao 俊 jun 佳 jia 子 zi "
         "宏 hong 思 si 晨 chen 慧 hui 颖 ying 博 bo 涵 han 轩 xuan 雯 wen 哲 zhe 翔 xiang 德 de 成 cheng").split()
SURNAMES = list(zip(SURNAMES[::2], SURNAMES[1::2]))
GIVEN = list(zip(GIVEN[::2], GIVEN[1::2]))
TRADITIONAL = {"张": "張", "刘": "劉", "陈": "陳", "杨": "楊", "黄": "黃", "赵": "趙", "吴": "吳", "孙": "孫",
               "马": "馬", "罗": "羅", "郑": "鄭", "谢": "謝", "许": "許", "韩": "韓", "冯": "馮", "邓": "鄧",
               "萧": "蕭", "蒋": "蔣", "叶": "葉", "苏": "蘇", "吕": "呂", "伟": "偉", "静": "靜", "丽": "麗",
               "强": "強", "军": "軍", "艳": "豔", "杰": "傑", "涛": "濤", "刚": "剛", "华": "華", "兰": "蘭",
               "国": "國", "颖": "穎", "轩": "軒", "宏": "宏"}
EN_GIVEN = ("James Mary John Linda David Emily Michael Sarah Daniel Grace Kevin Olivia Brian Sophie "
            "George Hannah Peter Chloe Oliver Emma Samuel Laura Henry Amy Lucas Mia Ethan Anna").split()
EN_SURNAMES = ("Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Moore Martin "
               "Jackson White Harris Clark Lewis Walker Young King Wright Scott Green Baker Carter").split()

used_emails = {}


def email(stem):
    count = used_emails.get(stem, 0) + 1
    used_emails[stem] = count
    return f"{stem if count == 1 else stem + str(count)}@{DOMAIN}"


def person_name(language):
    if language == "en":
        first, last = rng.choice(EN_GIVEN), rng.choice(EN_SURNAMES)
        return f"{first} {last}", email(f"{first}.{last}".lower())
    surname = rng.choice(SURNAMES)
    given = [rng.choice(GIVEN) for _ in range(2 if rng.random() < 0.75 else 1)]
    name = surname[0] + "".join(g[0] for g in given)
    if language == "zh-Hant":
        name = "".join(TRADITIONAL.get(c, c) for c in name)
    return name, email(surname[1] + "." + "".join(g[1] for g in given))


def hire_date(senior):
    first = 2008 if senior else 2009
    year = rng.randint(first, 2026)
    month = rng.randint(1, 6 if year == 2026 else 12)
    return f"{year:04d}-{month:02d}-{rng.randint(1, 28):02d}"


def language(english_share):
    draw = rng.random()
    return "en" if draw < english_share else "zh-Hant" if draw < english_share + 0.05 else "zh-Hans"


people = []  # rows without the extra columns
teams_of = {}  # person id -> team name
members_of_team = {}


def add_person(department, manager, titles, senior, english_share, team, status="active"):
    pid = f"M{len(people) + 1:04d}"
    lang = language(english_share)
    name, mail = person_name(lang)
    title = titles[1] if lang == "en" else titles[0]
    people.append([pid, name, mail, department, manager, title, hire_date(senior), status, lang])
    teams_of[pid] = team
    members_of_team.setdefault(team, []).append(pid)
    return pid


heads = {}
for did, name, name_en, parent, titles in DEPARTMENTS:
    manager = heads.get(parent, "")
    heads[did] = add_person(did, manager, titles, True, 0.25 if did == "D100" else 0.1, "")

for department, team, size, titles, english_share in TEAMS:
    if department == "D100":  # the assistants report to the general manager directly
        for _ in range(size):
            add_person(department, heads[department], titles, False, english_share, team)
        continue
    lead = add_person(department, heads[department], LEAD_TITLE, True, english_share, team)
    for _ in range(size - 1):
        draw = rng.random()
        status = "leave" if draw < 0.02 else "left" if draw < 0.03 else "active"
        add_person(department, lead, titles, False, english_share, team, status)

PROCESS_ROWS = []
status_of = {p[0]: p[7] for p in people}
for pid, name, stages in PROCESSES:
    for step, (department, team) in enumerate(stages, 1):
        named = [m for m in members_of_team[team] if status_of[m] == "active"] if team else []
        PROCESS_ROWS.append((pid, name, str(step), department, ";".join(named)))


def field(value):
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as file:
        for row in rows:
            file.write(",".join(field(v) for v in row) + "\n")


write("departments.csv", [("id", "name", "parent_id", "name_en")]
      + [(d[0], d[1], d[3], d[2]) for d in DEPARTMENTS])
write("people.csv",
      [("id", "name", "email", "department_id", "manager_id", "title", "hire_date", "status", "language", "team")]
      + [p + [teams_of[p[0]]] for p in people])
write("services.csv", [("provider_department_id", "customer_department_id")] + SERVICES)
write("processes.csv", [("process_id", "process_name", "step", "department_id", "person_ids")] + PROCESS_ROWS)
