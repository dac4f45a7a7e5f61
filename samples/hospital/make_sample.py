#!/usr/bin/env python3
"""Writes the hospital sample (departments.csv, people.csv, services.csv,
processes.csv) next to this script, in the format OrganisationCSVWriter
writes: UTF-8 without BOM, LF line ends, RFC 4180 quoting, extra columns
sorted after the standard ones. Edit the tables here, then run it again."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOMAIN = "anhe-hospital.example.org"

# id, name, parent, cost_centre
DEPARTMENTS = [
    ("D01", "院長室", "", "1000"),
    ("D02", "護理部", "D01", "2000"),
    ("D03", "檢驗科", "D01", "2100"),
    ("D04", "設備科", "D01", "3100"),
    ("D05", "採購部", "D01", "3200"),
    ("D06", "財務科", "D01", "3300"),
    ("D07", "供應室", "D01", "3400"),
    ("D08", "資訊室", "D01", "3500"),
    ("D09", "人力資源室", "D01", "3600"),
]

# id, name, email local part, department, manager, title, hire date, status, language, ward
PEOPLE = [
    ("P001", "陳志明", "chen.chihming", "D01", "", "院長", "1998-08-01", "active", "zh-Hant", ""),
    ("P002", "林美玲", "lin.meiling", "D01", "P001", "副院長", "2003-02-17", "active", "zh-Hant", ""),
    ("P003", "黃淑芬", "huang.shufen", "D01", "P001", "秘書", "2012-05-02", "active", "zh-Hant", ""),
    # 護理部: the director, a supervisor and three wards, each under a head nurse
    ("P004", "張雅婷", "chang.yating", "D02", "P001", "護理部主任", "1999-09-01", "active", "zh-Hant", ""),
    ("P005", "李佩珊", "li.peishan", "D02", "P004", "督導", "2004-03-15", "active", "zh-Hant", ""),
    ("P006", "王怡君", "wang.yichun", "D02", "P004", "護理長", "2006-07-01", "active", "zh-Hant", "內科病房"),
    ("P007", "蔡宜君", "tsai.yichun", "D02", "P006", "護理師", "2015-08-03", "active", "zh-Hant", "內科病房"),
    ("P008", "楊佳蓉", "yang.chiajung", "D02", "P006", "護理師", "2017-09-11", "active", "zh-Hant", "內科病房"),
    ("P009", "許怡婷", "hsu.yiting", "D02", "P006", "護理師", "2019-02-18", "active", "zh-Hant", "內科病房"),
    ("P010", "鄭欣怡", "cheng.hsinyi", "D02", "P006", "護理師", "2020-08-10", "active", "zh-Hant", "內科病房"),
    ("P011", "謝婉如", "hsieh.wanju", "D02", "P006", "護理師", "2022-03-01", "active", "zh-Hant", "內科病房"),
    ("P012", "郭詩涵", "kuo.shihhan", "D02", "P006", "護理師", "2023-07-17", "left", "zh-Hant", "內科病房"),
    ("P013", "吳淑惠", "wu.shuhui", "D02", "P004", "護理長", "2005-10-03", "active", "zh-Hant", "外科病房"),
    ("P014", "邱雅雯", "chiu.yawen", "D02", "P013", "護理師", "2013-04-08", "active", "zh-Hant", "外科病房"),
    ("P015", "廖佩君", "liao.peichun", "D02", "P013", "護理師", "2016-11-21", "active", "zh-Hant", "外科病房"),
    ("P016", "賴美惠", "lai.meihui", "D02", "P013", "護理師", "2018-06-04", "active", "zh-Hant", "外科病房"),
    ("P017", "周家瑜", "chou.chiayu", "D02", "P013", "護理師", "2021-01-11", "active", "zh-Hant", "外科病房"),
    ("P018", "徐静", "xu.jing", "D02", "P013", "護理師", "2021-09-06", "active", "zh-Hans", "外科病房"),
    ("P019", "蘇慧玲", "su.huiling", "D02", "P013", "護理師", "2024-02-19", "active", "zh-Hant", "外科病房"),
    ("P020", "劉美惠", "liu.meihui", "D02", "P004", "護理長", "2008-01-14", "active", "zh-Hant", "加護病房"),
    ("P021", "葉淑貞", "yeh.shuchen", "D02", "P020", "專科護理師", "2011-05-23", "active", "zh-Hant", "加護病房"),
    ("P022", "莊明哲", "chuang.mingche", "D02", "P020", "護理師", "2016-03-07", "active", "zh-Hant", "加護病房"),
    ("P023", "呂欣怡", "lu.hsinyi", "D02", "P020", "護理師", "2019-10-01", "active", "zh-Hant", "加護病房"),
    ("P024", "江佳穎", "chiang.chiaying", "D02", "P020", "護理師", "2020-04-13", "leave", "zh-Hant", "加護病房"),
    ("P025", "何孟儒", "ho.mengju", "D02", "P020", "護理師", "2023-08-28", "active", "zh-Hant", "加護病房"),
    # 檢驗科: the laboratory whose testing instrument broke
    ("P026", "蔡宗翰", "tsai.tsunghan", "D03", "P001", "檢驗科主任", "2002-06-10", "active", "zh-Hant", ""),
    ("P027", "蕭志豪", "hsiao.chihhao", "D03", "P026", "醫檢師", "2010-09-13", "active", "zh-Hant", ""),
    ("P028", "羅婉婷", "lo.wanting", "D03", "P026", "醫檢師", "2014-02-10", "active", "zh-Hant", ""),
    ("P029", "高國華", "kao.kuohua", "D03", "P026", "醫檢師", "2017-07-03", "active", "zh-Hant", ""),
    ("P030", "潘怡如", "pan.yiju", "D03", "P026", "醫檢師", "2020-12-01", "active", "zh-Hant", ""),
    ("P031", "簡嘉慧", "chien.chiahui", "D03", "P026", "醫檢師", "2022-10-17", "active", "zh-Hant", ""),
    # 設備科: says the gasket must be replaced
    ("P032", "楊智強", "yang.chihchiang", "D04", "P002", "設備科科長", "2001-04-02", "active", "zh-Hant", ""),
    ("P033", "朱建志", "chu.chienchih", "D04", "P032", "工程師", "2009-08-17", "active", "zh-Hant", ""),
    ("P034", "鍾冠廷", "chung.kuanting", "D04", "P032", "工程師", "2015-01-05", "active", "zh-Hant", ""),
    ("P035", "彭俊宏", "peng.chunhung", "D04", "P032", "技術員", "2018-05-14", "active", "zh-Hant", ""),
    ("P036", "David Miller", "david.miller", "D04", "P032", "生醫工程師", "2021-03-22", "active", "en", ""),
    # 採購部: waits for a manager's signature
    ("P037", "許文彬", "hsu.wenpin", "D05", "P002", "採購部經理", "2004-11-01", "active", "zh-Hant", ""),
    ("P038", "游淑娟", "yu.shuchuan", "D05", "P037", "採購專員", "2012-03-19", "active", "zh-Hant", ""),
    ("P039", "詹宗憲", "chan.tsunghsien", "D05", "P037", "採購專員", "2016-09-26", "active", "zh-Hant", ""),
    ("P040", "胡雅琪", "hu.yachi", "D05", "P037", "採購專員", "2022-05-09", "active", "zh-Hant", ""),
    # 財務科: cannot pay, the cashier is on leave
    ("P041", "鄭淑貞", "cheng.shuchen", "D06", "P002", "財務科科長", "2000-07-03", "active", "zh-Hant", ""),
    ("P042", "施文雄", "shih.wenhsiung", "D06", "P041", "會計", "2011-10-11", "active", "zh-Hant", ""),
    ("P043", "沈怡萱", "shen.yihsuan", "D06", "P041", "出納", "2017-04-24", "leave", "zh-Hant", ""),
    # 供應室: sterile and medical supplies for the wards
    ("P044", "謝佳穎", "hsieh.chiaying", "D07", "P002", "供應室組長", "2007-02-05", "active", "zh-Hant", ""),
    ("P045", "余正宏", "yu.chenghung", "D07", "P044", "技術員", "2013-06-17", "active", "zh-Hant", ""),
    ("P046", "盧佳琪", "lu.chiachi", "D07", "P044", "技術員", "2016-12-12", "active", "zh-Hant", ""),
    ("P047", "梁育誠", "liang.yucheng", "D07", "P044", "技術員", "2019-03-04", "active", "zh-Hant", ""),
    ("P048", "趙婉如", "chao.wanju", "D07", "P044", "書記", "2023-01-30", "active", "zh-Hant", ""),
    ("P049", "郭俊傑", "kuo.chunchieh", "D08", "P002", "資訊室主任", "2005-08-22", "active", "zh-Hant", ""),
    ("P050", "顏志成", "yen.chihcheng", "D08", "P049", "系統分析師", "2012-09-03", "active", "zh-Hant", ""),
    ("P051", "孙伟", "sun.wei", "D08", "P049", "工程師", "2019-11-18", "active", "zh-Hans", ""),
    ("P052", "Grace Lin", "grace.lin", "D08", "P049", "工程師", "2024-06-03", "active", "en", ""),
    ("P053", "洪雅雯", "hung.yawen", "D09", "P002", "人力資源室主任", "2006-01-09", "active", "zh-Hant", ""),
    ("P054", "柯美君", "ko.meichun", "D09", "P053", "人事專員", "2014-08-04", "active", "zh-Hant", ""),
    ("P055", "翁子豪", "weng.tzuhao", "D09", "P053", "人事專員", "2021-07-12", "active", "zh-Hant", ""),
]

# provider, customer: the customer's members rate the provider's members
SERVICES = [
    ("D04", "D02"), ("D04", "D03"), ("D04", "D07"),  # 設備科 keeps instruments running
    ("D07", "D02"), ("D07", "D03"),  # 供應室 supplies wards and laboratory
    ("D03", "D02"),  # 檢驗科 reports results to the wards
    ("D08", "D02"), ("D08", "D03"), ("D08", "D05"), ("D08", "D06"), ("D08", "D09"),  # 資訊室
    ("D05", "D04"), ("D05", "D07"), ("D05", "D08"),  # 採購部 buys for them
    ("D06", "D05"),  # 財務科 pays purchasing's suppliers
] + [("D09", d[0]) for d in DEPARTMENTS if d[0] != "D09"]  # everyone is HR's customer

# process id, name, [(department, person ids)]
PROCESSES = [
    ("PR01", "儀器報修與採購", [("D02", "P005;P006;P013;P020"), ("D04", ""), ("D05", ""), ("D06", "")]),
    ("PR02", "衛材補給", [("D02", ""), ("D07", ""), ("D05", "")]),
    ("PR03", "檢體送驗", [("D02", ""), ("D03", "")]),
]


def field(value):
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as file:
        for row in rows:
            file.write(",".join(field(v) for v in row) + "\n")


write("departments.csv", [("id", "name", "parent_id", "cost_centre")] + DEPARTMENTS)
write("people.csv",
      [("id", "name", "email", "department_id", "manager_id", "title", "hire_date", "status", "language", "ward")]
      + [p[:2] + (f"{p[2]}@{DOMAIN}",) + p[3:] for p in PEOPLE])
write("services.csv", [("provider_department_id", "customer_department_id")] + SERVICES)
write("processes.csv",
      [("process_id", "process_name", "step", "department_id", "person_ids")]
      + [(pid, name, str(step), dept, people)
         for pid, name, stages in PROCESSES
         for step, (dept, people) in enumerate(stages, 1)])
