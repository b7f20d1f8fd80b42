"""Regenerate redteam67_blind_regulatory_ids.yaml (red-team pass 67, written blind).

The long identifiers of regulated goods and official paperwork that 市场监管, 药监, 税务, 海关,
交通, 公安, 法院, 不动产, 商务 posts carry — SC 食品生产许可证, 国药准字, 国械注准, 特种设备 codes,
数电票 发票号码 (20 digits) and 发票代码, 快递单号, VIN, 号牌, 案号, 不动产权证号 and 不动产单元号,
专利号, 商标, ISBN/ISSN, EAN-13 (some 69… passing Luhn by chance), HS 编码, 报关单号 (18 digits),
统一社会信用代码, 注册号, 组织机构代码, 户号, 船舶识别号, 航班/车次, 批次号, 报告编号, 采购/招标/
合同编号, 文号, 邮编, 经纬度, IPv4, 时间戳, 订单号 (18–19 digits) — in the departments' own
sentences and tables, also hyphen-grouped, full-width, spaced and with a zero-width character,
which must stay clean; real ID numbers, mobiles and cards beside them or under their labels,
which must block; and numbers that are both. Written before the checker or any other family
was read (issue 12, docs/compliance.md, the corpus README and number_makers.py only). Run from
the repository root: python tests/compliance/corpus/gen_redteam67.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, MOB

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import chunks, full_width, grouped, id_number, luhn, org_code, uscc, zero_width

ID = "personal.id_number"

TABLE = CaseTable("redteam67_blind_regulatory_ids")
case = TABLE.case
clean = TABLE.clean


def passes_luhn(number: str) -> bool:
    """Whether ``number`` passes the Luhn check (ISO/IEC 7812-1)."""
    return luhn(number[:-1]) == number


def ean13(first12: str) -> str:
    """``first12`` completed with its EAN-13 check digit (weights 1 3 from the left)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str(-total % 10)


def issn(first7: str) -> str:
    """``first7`` completed with its ISSN check character (mod 11, weights 8…2)."""
    total = sum(int(d) * w for d, w in zip(first7, range(8, 1, -1), strict=True))
    value = -total % 11
    return first7 + ("X" if value == 10 else str(value))


def ean_also_luhn(prefix: str, start: int) -> str:
    """The first EAN-13 from ``prefix`` + a serial that passes Luhn as well."""
    serial = start
    while True:
        number = ean13(f"{prefix}{serial:0{12 - len(prefix)}d}")
        if passes_luhn(number):
            return number
        serial += 1


def mastercard_head(head15: str, tail: str) -> str:
    """A number whose first 16 digits pass Luhn (a Mastercard's shape when 51–55/22–27)."""
    return luhn(head15) + tail


# --- the identifiers -------------------------------------------------------------------
SC_FOOD = "SC10637010500123"
SC_FOOD2 = "SC11344030400218"
DRUG = "国药准字H20003263"
DEVICE = "国械注准20193140123"
SE_CODE = "31103201062019080012"  # 特种设备代码, 20 digits
SE_REG = "梯11苏E00123(19)"
INVOICE20 = "24322000000012345678"
INVOICE20_MC = mastercard_head("243220000001234", "5678")  # first 16 pass Luhn, 24xx
INVOICE_CODE12 = "032001900111"
INVOICE_CODE10 = "3200194130"
SF = "SF1234567890123"
EMS13 = "9812345678901"
ZTO14 = "75312345678902"
YUNDA15_LEGACY = "432502580615123"  # 43 湖南 + 1958-06-15: a legacy ID's shape
YUNDA15_AMEX = luhn("37123456789012")  # 15 digits from 37 passing Luhn: an Amex's shape
VIN = "LSVAM4187C2184471"
VIN2 = "LFV2A21K6D4012345"
ENGINE = "CFB123456"
PLATE = "京A·12345"
PLATE2 = "苏E6D789"
CASE_NO = "(2024)京0105民初12345号"
CASE_NO2 = "（2023）沪0115刑初1234号"
PROPERTY_CERT = "京(2024)朝阳区不动产权第0012345号"
UNIT_NO = "110105003002GB00123F00010105"
PATENT = "ZL202310123456.7"
TRADEMARK = "第12345678号"
ISBN = ean13("978751174321")
ISSN = issn("1000013")
EAN_69 = ean_also_luhn("690123", 4567)
EAN_69B = ean_also_luhn("692345", 100)
EAN_69C = ean_also_luhn("695210", 33)
EAN_PLAIN = ean13("690123456789")
HS10 = "8471300000"
CUSTOMS = "531620241001234567"
CUSTOMS_MC = mastercard_head("531620241001234", "56")  # first 16 a Mastercard's shape
CUSTOMS2 = "222920240000456789"
USCC1 = uscc("91110105MA01ABCD8")
USCC_DIGITS = uscc("51110000500001234")
REG15 = "310115000123456"
ORG = org_code("MA01ABCD")
SHEBAO = "310115201912345"
METER = "3101234567"
WATER = "20045678"
SHIP = "CN20141234567"
FLIGHT = "CA1234"
TRAIN = "G1234"
BATCH = "20240315A01"
REPORT = "SJ202403150012"
PURCHASE = "ZFCG-2024-0123"
TENDER = "0773-2441GNTC1234"
CONTRACT = "HT-2024-00123"
DOC_NO = "京政办发〔2024〕12号"
ORDER18 = "202412051234567890"
ORDER19 = "2024120512345678901"
ORDER19_UP = luhn("620240512345678901")  # 19 digits from 62 passing Luhn: a UnionPay shape
TS10 = "1701763200"
TS13 = "1701763200123"

# --- personal data (made with number_makers) --------------------------------------------
P_ID = id_number("31010419851122368")
P_ID2 = id_number("44030419900101109")
P_ID3 = id_number("11010519780623001")
P_MOB = "13816542378"
P_MOB2 = "15921876543"
P_UP16 = luhn("622202100112345")
P_UP19 = luhn("621700123456789012")
P_VISA = luhn("438588123456789")
P_MC = luhn("525123456789012")


def hy(number: str, lengths: list[int], sep: str = "-") -> str:
    """``number`` grouped with ``sep``."""
    return grouped(number, lengths, sep)


def id_forms() -> dict[str, str]:
    """The issue's ways of writing the ID number."""
    return {
        "plain": P_ID,
        "hyphen": hy(P_ID, [6, 8], "-"),
        "fw": full_width(hy(P_ID, [6, 8], "-")),
        "space": chunks(P_ID, 4, " "),
        "zw": zero_width(P_ID, 3),
    }


DEPT = "a department's own identifier, not personal data"

# ===== must stay clean: each kind in its department's sentence ==========================
clean(
    "sc-food-recall",
    f"召回公告：某食品有限公司（食品生产许可证编号：{SC_FOOD}）生产的批次为{BATCH}的速冻水饺，经抽检菌落总数不合格，现主动召回。",
    f"市场监管 召回公告: SC + 14 digits, {DEPT}",
)
clean(
    "sc-food-table",
    f"| 序号 | 生产企业 | 许可证编号 | 结果 |\n|---|---|---|---|\n| 1 | 某食品厂 | {SC_FOOD} | 合格 |\n| 2 | 某乳业公司 | {SC_FOOD2} | 不合格 |",
    "抽检结果 table with SC numbers",
)
clean(
    "sc-food-hyphen",
    "食品生产许可证编号：SC-106-370105-0012-3，有效期至2029年5月。",
    "SC number hyphen-grouped as printed on a licence",
)
clean(
    "sc-food-fw",
    f"许可证编号：{full_width(SC_FOOD)}",
    "SC number in full-width, as pasted from a Word table",
)
clean(
    "sc-food-zw",
    f"许可证编号：{zero_width(SC_FOOD, 4)}",
    "SC number with U+200B every 4 characters",
)
clean(
    "drug-approval",
    f"国家药监局通告：{DRUG}（阿莫西林胶囊）批准文号注销，请各地药品监管部门加强监督。",
    "药品批准文号",
)
clean("drug-approval-spaced", "药品批准文号：国药准字 H 2000 3263", "批准文号 spaced")
clean(
    "device-reg",
    f"医疗器械注册证编号：{DEVICE}，产品名称：一次性使用无菌注射器。",
    "医疗器械注册证: 11 digits after 国械注准 (starts 2019, no mobile)",
)
clean(
    "device-reg-fw",
    f"注册证编号：{full_width('国械注准20193140123')}",
    "device registration number in full-width",
)
clean(
    "special-equip-code",
    f"特种设备使用登记公示：设备代码{SE_CODE}，使用登记证编号{SE_REG}，下次检验日期2025年6月。",
    "特种设备 20-digit code and registration number",
)
clean(
    "special-equip-code-spaced",
    f"设备代码：{chunks(SE_CODE, 4, ' ')}",
    "特种设备 code in fours (31… is no card prefix)",
)
clean(
    "special-equip-table",
    f"| 设备类别 | 设备代码 | 使用单位 |\n|---|---|---|\n| 电梯 | {SE_CODE} | 某小区物业 |\n| 锅炉 | 11103201062018070001 | 某热力公司 |",
    "特种设备 codes in a table",
)
clean(
    "invoice-number",
    f"办税指南：数电票的发票号码为20位，例如{INVOICE20}，前两位为年度代码。",
    "数电票 20-digit number in a 办税指南",
)
clean("invoice-number-fours", f"发票号码：{chunks(INVOICE20, 4, ' ')}", "数电票 number in fours")
clean(
    "invoice-number-mc-piece",
    f"发票号码：{chunks(INVOICE20_MC, 4, ' ')}",
    "数电票 number in fours whose first 16 digits are a Mastercard's shape (24xx, Luhn) — after 发票号码, a serial label",
)
clean(
    "invoice-number-mc-plain",
    f"本次查验的发票号码{INVOICE20_MC}状态正常。",
    "20 digits whose first 16 pass Luhn from 24: the whole run is 20 digits, no card length, after 发票号码",
)
clean(
    "invoice-number-hyphen",
    f"发票号码：{hy(INVOICE20, [4, 4, 4, 4])}",
    "数电票 number hyphen-grouped",
)
clean("invoice-number-fw", f"发票号码：{full_width(INVOICE20)}", "数电票 number in full-width")
clean("invoice-number-zw", f"发票号码：{zero_width(INVOICE20, 5)}", "数电票 number with U+200B")
clean(
    "invoice-code-12",
    f"增值税普通发票 发票代码：{INVOICE_CODE12}，发票号码：01234567。",
    "发票代码 12 digits + an 8-digit number",
)
clean(
    "invoice-code-10",
    f"发票代码{INVOICE_CODE10}、发票号码12345678的专用发票已作废。",
    "发票代码 10 digits",
)
clean(
    "invoice-table",
    f"| 发票代码 | 发票号码 | 开票日期 | 金额（元） |\n|---|---|---|---|\n| {INVOICE_CODE12} | 01234567 | 2024-03-15 | 1,280.00 |\n| — | {INVOICE20} | 2024-11-02 | 560.00 |",
    "invoice table, old and 数电票 numbers",
)
clean(
    "invoice-table-mc",
    f"| 序号 | 发票号码 | 状态 |\n|---|---|---|\n| 1 | {INVOICE20_MC} | 正常 |\n| 2 | {INVOICE20} | 红冲 |",
    "数电票 column whose first 16 digits pass a Mastercard check, under a 发票号码 header",
)
clean(
    "express-sf",
    f"邮政管理局提醒：您的快件{SF}已到达驿站，请勿轻信“快递理赔”电话。",
    "快递单号 SF + 13 digits",
)
clean("express-ems", f"运单号：{EMS13}（中国邮政EMS），可在官网查询。", "EMS 13 digits")
clean("express-zto", f"快递单号：{ZTO14}", "14-digit 快递单号")
clean(
    "express-yunda-legacy",
    f"运单号：{YUNDA15_LEGACY}",
    "15-digit 运单号 that reads as a legacy ID (43 湖南, 1958-06-15): after 运单号, a serial label",
)
clean(
    "express-yunda-amex",
    f"快递单号：{YUNDA15_AMEX}",
    "15-digit 快递单号 from 37 passing Luhn (an Amex's shape) after a serial label",
)
clean(
    "express-table",
    f"| 运单号 | 快递公司 | 状态 |\n|---|---|---|\n| {SF} | 顺丰 | 已签收 |\n| {ZTO14} | 中通 | 派送中 |\n| {EMS13} | EMS | 已签收 |",
    "快递 table",
)
clean("express-spaced", f"快递单号：{chunks(ZTO14, 4, ' ')}", "快递单号 in fours")
clean("express-fw", f"运单号：{full_width(SF)}", "SF number in full-width")
clean(
    "vin-recall",
    f"召回范围：车辆识别代号（VIN）{VIN}至{VIN2[:-5]}99999之间的部分车辆。",
    "VIN 17 characters in a 召回公告",
)
clean(
    "vin-table",
    f"| 号牌号码 | 车辆识别代号 | 发动机号 |\n|---|---|---|\n| {PLATE} | {VIN} | {ENGINE} |\n| {PLATE2} | {VIN2} | DKX654321 |",
    "交警 table: plate, VIN, engine number",
)
clean("vin-fw", f"车架号：{full_width(VIN)}", "VIN in full-width")
clean("vin-zw", f"车架号：{zero_width(VIN, 4)}", "VIN with U+200B")
clean("vin-spaced", f"车架号：{chunks(VIN, 4, ' ')}", "VIN in fours")
clean(
    "plate-notice",
    f"交警支队通报：{PLATE}号牌小型汽车在长安街违法停车，已依法处罚。",
    "号牌 in a 通报",
)
clean(
    "case-number",
    f"裁判文书摘要：{CASE_NO}，原告某公司诉被告某商贸公司买卖合同纠纷一案，判决被告支付货款12.5万元。",
    "案号",
)
clean(
    "case-number-criminal",
    f"{CASE_NO2}刑事判决书认定，被告人张某犯诈骗罪，判处有期徒刑三年。",
    "刑事案号",
)
clean(
    "case-number-fw",
    f"案号：{full_width('(2024)')}京{full_width('0105')}民初{full_width('12345')}号",
    "案号 with full-width digits and brackets",
)
clean("property-cert", f"不动产登记公告：{PROPERTY_CERT}项下房屋已办理注销登记。", "不动产权证号")
clean(
    "property-unit",
    f"不动产单元号：{UNIT_NO}，坐落：朝阳区某街道某小区3号楼。",
    "不动产单元号 28 characters",
)
clean(
    "property-unit-spaced",
    "不动产单元号：110105 003002 GB00123 F00010105",
    "不动产单元号 in its parts",
)
clean("property-unit-zw", f"不动产单元号：{zero_width(UNIT_NO, 6)}", "不动产单元号 with U+200B")
clean(
    "property-unit-table",
    f"| 不动产单元号 | 权利人 | 面积（㎡） |\n|---|---|---|\n| {UNIT_NO} | 某投资有限公司 | 128.56 |\n| 110105003002GB00124F00020203 | 某物业公司 | 96.30 |",
    "不动产 table with units",
)
clean("patent", f"知识产权局公告：专利号{PATENT}的发明专利权因未缴年费终止。", "专利号")
clean("patent-fw", f"专利号：{full_width(PATENT)}", "专利号 in full-width")
clean("trademark", f"商标注册号{TRADEMARK}“某某”商标被依法撤销。", "商标注册号")
clean(
    "isbn",
    f"推荐书目：《民法典学习读本》，ISBN {hy(ISBN, [3, 1, 4, 4])}，人民出版社。",
    "ISBN-13 hyphenated",
)
clean("isbn-plain", f"ISBN：{ISBN}", "ISBN-13 plain")
clean(
    "issn", f"期刊名称：某某学报，ISSN {ISSN[:4]}-{ISSN[4:]}，CN 11-1234/G4。", "ISSN and CN number"
)
clean(
    "ean-69-luhn",
    f"抽检信息：产品名称某品牌饮用纯净水，商品条码{EAN_69}，规格550ml。",
    "EAN-13 from 69 passing Luhn by chance (no card network has 69 and 13 digits)",
)
clean("ean-69-luhn-b", f"商品条码：{EAN_69B}", "another 69 EAN passing Luhn")
clean(
    "ean-69-luhn-spaced",
    f"条码：{EAN_69C[0]} {EAN_69C[1:7]} {EAN_69C[7:]}",
    "EAN printed as under a barcode, 1-6-6",
)
clean("ean-69-fw", f"商品条码：{full_width(EAN_69)}", "EAN in full-width")
clean(
    "ean-table",
    f"| 产品名称 | 商品条码 | 检验结论 |\n|---|---|---|\n| 纯净水 | {EAN_69} | 合格 |\n| 饼干 | {EAN_PLAIN} | 合格 |\n| 酸奶 | {EAN_69B} | 不合格 |",
    "抽检 table with barcodes",
)
clean("gtin14", f"GTIN：1{EAN_PLAIN}（箱码）", "GTIN-14")
clean(
    "hs-code", f"海关提示：该商品归入税则号列{HS10}（HS编码8471.30），适用最惠国税率0%。", "HS 编码"
)
clean(
    "customs-decl",
    f"海关通报：报关单号{CUSTOMS}项下申报的货物存在瞒报，依法处罚。",
    "报关单号 18 digits",
)
clean(
    "customs-decl-mc",
    f"报关单号：{CUSTOMS_MC}",
    "报关单号 whose first 16 digits pass Luhn from 53 (a Mastercard's shape; the whole is 18)",
)
clean(
    "customs-decl-mc-fours",
    f"报关单号：{chunks(CUSTOMS_MC, 4, ' ')}",
    "same in fours: a 16-digit Mastercard piece inside the chunks, after 报关单号",
)
clean("customs-decl-hyphen", f"报关单号：{hy(CUSTOMS, [4, 4, 1])}", "报关单号 in its parts 4-4-1-9")
clean("customs-decl-fw", f"报关单号：{full_width(CUSTOMS2)}", "报关单号 full-width")
clean("customs-decl-zw", f"报关单号：{zero_width(CUSTOMS2, 6)}", "报关单号 with U+200B")
clean(
    "customs-table",
    f"| 报关单号 | 商品名称 | HS编码 | 处理结果 |\n|---|---|---|---|\n| {CUSTOMS} | 笔记本电脑 | {HS10} | 补税 |\n| {CUSTOMS2} | 服装 | 6109100010 | 放行 |\n| {CUSTOMS_MC} | 玩具 | 9503008900 | 退运 |",
    "海关 table of 报关单号 incl. a Luhn-passing 53…",
)
clean("uscc-plain", f"行政处罚决定书：当事人某科技有限公司，统一社会信用代码{USCC1}。", "USCC")
clean(
    "uscc-digits",
    f"某行业协会（统一社会信用代码：{USCC_DIGITS}）被列入活动异常名录。",
    "all-digit USCC of a 社会团体",
)
clean("uscc-fours", f"统一社会信用代码：{chunks(USCC1, 4, ' ')}", "USCC in fours")
clean("uscc-fw", f"统一社会信用代码：{full_width(USCC1)}", "USCC full-width")
clean(
    "reg15",
    f"营业执照注册号：{REG15}，登记机关：浦东新区市场监督管理局。",
    "15-digit 注册号 (reads as a legacy ID without the label)",
)
clean("reg15-hyphen", f"注册号：{hy(REG15, [6, 6])}", "注册号 6-6-3")
clean("org-code", f"组织机构代码：{ORG[:8]}-{ORG[8]}", "组织机构代码")
clean(
    "shebao-reg",
    f"社会保险登记证编码：{SHEBAO}，单位名称：某某有限公司。",
    "社保登记证号 15 digits from 31, date 1920-19? (201912 is no 19xx date)",
)
clean(
    "meter-account",
    f"供电公司停电通知：户号{METER}的用户请于3月15日前缴清电费。",
    "电表户号 10 digits",
)
clean("water-account", f"水费户号：{WATER}，欠费金额：86.40元。", "水费户号")
clean(
    "ship-id",
    f"海事局通报：船舶识别号{SHIP}的“某某6号”货船在长江某段搁浅。",
    "船舶识别号 CN + 11 digits",
)
clean(
    "flight-train", f"交通运输局提示：{FLIGHT}航班、{TRAIN}次列车因天气原因晚点。", "航班 and 车次"
)
clean(
    "batch-report",
    f"检验报告编号{REPORT}显示，批次号{BATCH}的产品铅含量超标。",
    "报告编号 and 批次号",
)
clean(
    "purchase-no",
    f"招标公告：项目编号{PURCHASE}，采购需求：办公设备一批，预算金额58万元。",
    "采购项目编号",
)
clean("tender-no", f"招标编号：{TENDER}，投标截止时间2024年12月20日9时30分。", "招标编号")
clean("contract-no", f"合同编号：{CONTRACT}，合同金额：1,250,000.00元。", "合同编号")
clean("doc-no", f"根据《某某市人民政府办公厅关于印发……的通知》（{DOC_NO}）要求。", "公文文号")
clean(
    "postcode-address",
    "通信地址：北京市东城区某某街10号，邮政编码100010，联系电话010-65123456。",
    "邮编, address and a landline",
)
clean(
    "coordinates",
    "事故地点：东经116.397128°，北纬39.916527°（116.397128, 39.916527）。",
    "经纬度 decimals",
)
clean(
    "ipv4",
    "网信办通报：IP地址为202.96.128.86的服务器存在漏洞，请相关单位及时整改。",
    "a bare IPv4 address in a 通报",
)
clean("timestamp10", f"日志显示：时间戳{TS10}（即2023-12-05 16:00:00）。", "10-digit Unix time")
clean("timestamp13", f"系统时间戳：{TS13}", "13-digit Unix time in ms")
clean(
    "order18", f"市场监管局提醒：消费者投诉订单号{ORDER18}的商品未按约定发货。", "18-digit 订单号"
)
clean("order19", f"订单号：{ORDER19}", "19-digit 订单号")
clean(
    "order19-unionpay-shape",
    f"订单号：{ORDER19_UP}",
    "19-digit 订单号 from 62 passing Luhn: a UnionPay shape; the docs: a number after a serial label is no personal data (but a checked 18-digit ID)",
)
clean("order18-fours", f"订单号：{chunks(ORDER18, 4, ' ')}", "订单号 in fours")
clean("order18-fw", f"订单号：{full_width(ORDER18)}", "订单号 full-width")
clean("order18-zw", f"订单号：{zero_width(ORDER18, 3)}", "订单号 with U+200B")
clean("order19-hyphen", f"订单号：{hy(ORDER19, [8, 6])}", "订单号 hyphenated")
clean(
    "order-table",
    f"| 序号 | 订单号 | 投诉事项 | 处理结果 |\n|---|---|---|---|\n| 1 | {ORDER18} | 未发货 | 已退款 |\n| 2 | {ORDER19} | 质量问题 | 调解成功 |",
    "投诉 table of 订单号",
)
clean(
    "html-table-ids",
    f"<table><tr><th>报关单号</th><th>发票号码</th></tr><tr><td>{CUSTOMS}</td><td>{INVOICE20}</td></tr></table>",
    "HTML table of 报关单号 and 发票号码",
)
clean(
    "tax-guide-mixed",
    f"办税指南：纳税人可凭发票代码{INVOICE_CODE12}和发票号码01234567，在国家税务总局全国增值税发票查验平台查验；数电票只需输入20位发票号码{INVOICE20}。",
    "办税指南 with codes",
)
clean(
    "court-property",
    f"执行裁定：{CASE_NO}案中，查封被执行人名下{PROPERTY_CERT}的房产（不动产单元号{UNIT_NO}）。",
    "法院 裁定 with case, certificate and unit",
)
clean(
    "commerce-list",
    f"商务局公示：某商贸公司（统一社会信用代码{USCC1}，对外贸易经营者备案登记表编号04123456）。",
    "商务 备案 numbers",
)
clean(
    "police-vehicle",
    f"公安局通报：查获套牌车一辆，车辆识别代号{VIN}，发动机号{ENGINE}，悬挂假号牌{PLATE}。",
    "公安 通报 with VIN",
)
clean(
    "recall-range",
    f"召回公告：生产日期2023年3月1日至2023年8月31日、车辆识别代号{VIN2}等共计1,234辆。",
    "召回 range",
)
clean(
    "market-check-list",
    f"1. 某超市销售的标称某公司生产的饼干（条码{EAN_69}，批次号{BATCH}），检验报告编号{REPORT}，霉菌项目不合格。",
    "抽检 list item",
)
clean("drug-list-zw", f"批准文号：{zero_width('国药准字H20003263', 4)}", "批准文号 with U+200B")
clean("invoice-spaced-digits", f"发票号码：{' '.join(INVOICE20)}", "数电票 number digit by digit")
clean("customs-spaced-digits", f"报关单号：{' '.join(CUSTOMS)}", "报关单号 digit by digit")
clean("order-spaced-digits", f"订单号：{' '.join(ORDER18)}", "订单号 digit by digit")
clean("title-order", f"关于订单号{ORDER18}投诉的处理结果", "订单号 in a title", "title")
clean("title-customs", f"报关单号{CUSTOMS}查验结果公示", "报关单号 in a title", "title")
clean("summary-invoice", f"发票号码{INVOICE20}已红冲", "发票号码 in the summary", "summary")
clean("tag-vin", VIN, "VIN as a tag", "tags")
clean(
    "property-unit-hyphen",
    "不动产单元号：110105-003002-GB00123-F00010105",
    "不动产单元号 hyphenated",
)
clean("purchase-fw", f"项目编号：{full_width(PURCHASE)}", "采购项目编号 full-width")
clean("contract-zw", f"合同编号：{zero_width(CONTRACT, 3)}", "合同编号 with U+200B")
clean(
    "shebao-guide",
    "社保经办指南：单位参保登记后，取得社会保险登记证，其编码与统一社会信用代码一致。",
    "社保 guide, no number",
)
clean(
    "hs-table",
    "| 商品名称 | HS编码 | 关税税率 |\n|---|---|---|\n| 笔记本电脑 | 8471.3000 | 0% |\n| 新能源汽车 | 8703.8000 | 15% |",
    "HS codes",
)
clean(
    "express-mixed-list",
    f"近期冒充快递客服诈骗高发，例如“您的快递（单号{SF}）丢失，我们将赔偿”。",
    "a 反诈 quote with an SF number",
)
clean(
    "invoice-tw-digits",
    f"发票号码：{INVOICE20[:10]}\u3000{INVOICE20[10:]}",
    "数电票 number with an ideographic space",
)
clean("timestamp-code", f"`created_at: {TS13}`", "timestamp in a code span")
clean("order-label-en", f"Order No.: {ORDER19}", "English order label")
clean(
    "ship-table",
    f"| 船名 | 船舶识别号 |\n|---|---|\n| 某某6号 | {SHIP} |\n| 某某9号 | CN20179876543 |",
    "船舶识别号 table",
)
clean("meter-fours", f"电费户号：{METER[:4]} {METER[4:7]} {METER[7:]}", "户号 grouped")
clean("flight-list", "航班信息：CA1501、MU5137、CZ3101、HU7604 均已恢复正常。", "航班 list")

# ===== must block: personal data beside those identifiers or disguised as one ============
for form, shown in id_forms().items():
    case(
        f"id-beside-order-{form}",
        f"投诉人：张某，身份证号{shown}，投诉订单号{ORDER18}的商品质量问题。",
        "block",
        ID,
        f"a real ID number ({form}) beside an 18-digit 订单号",
    )
    case(
        f"id-as-order-{form}",
        f"订单号：{shown}",
        "block",
        ID,
        f"a checked 18-digit ID number ({form}) under a 订单号 label: the docs except a checked 18-digit ID number from the serial-label rule",
    )
    case(
        f"id-in-verdict-{form}",
        f"{CASE_NO}民事判决书：被告李某某，男，汉族，公民身份号码{shown}，住北京市朝阳区。",
        "block",
        ID,
        f"an ID number ({form}) in a 裁判文书 beside its 案号",
    )
for form, shown in {
    "plain": P_MOB,
    "hyphen": hy(P_MOB, [3, 4]),
    "fw": full_width(hy(P_MOB, [3, 4])),
    "space": hy(P_MOB, [3, 4], " "),
    "zw": zero_width(P_MOB, 3),
}.items():
    case(
        f"mobile-beside-waybill-{form}",
        f"快递单号{SF}的收件人王某，联系电话{shown}。",
        "block",
        MOB,
        f"a mobile ({form}) beside an SF number",
    )
    case(
        f"mobile-recall-contact-{form}",
        f"召回公告：涉及{SC_FOOD}许可证产品，消费者可联系负责人刘某，手机{shown}。",
        "block",
        MOB,
        f"a person's mobile ({form}) in a recall notice",
    )
    case(
        f"mobile-in-table-{form}",
        f"| 报关单号 | 申报人 | 联系电话 |\n|---|---|---|\n| {CUSTOMS} | 陈某 | {shown} |",
        "block",
        MOB,
        f"a mobile ({form}) in a 海关 table beside a 报关单号",
    )
for form, shown in {
    "plain": P_UP16,
    "fours": chunks(P_UP16, 4, " "),
    "fw": full_width(chunks(P_UP16, 4, "-")),
    "zw": zero_width(P_UP16, 4),
}.items():
    case(
        f"card-refund-{form}",
        f"退税账户：个人银行卡号{shown}，发票号码{INVOICE20}。",
        "block",
        CARD,
        f"a UnionPay card ({form}) beside a 数电票 number",
    )
    case(
        f"card19-beside-customs-{form}",
        f"报关单号{CUSTOMS2}的代理人赵某收款卡号：{chunks(P_UP19, 4, ' ') if form == 'fours' else P_UP19 if form == 'plain' else full_width(P_UP19) if form == 'fw' else zero_width(P_UP19, 4)}",
        "block",
        CARD,
        f"a 19-digit UnionPay card ({form}) beside an 18-digit 报关单号",
    )
case(
    "visa-beside-vin",
    f"车辆识别代号{VIN}，车主缴费卡号{chunks(P_VISA, 4, ' ')}。",
    "block",
    CARD,
    "a Visa (CIB 438588 BIN, 16 digits) beside a VIN",
)
case(
    "mc-beside-unit",
    f"不动产单元号{UNIT_NO}，权利人退款账户（个人银行卡）：{P_MC}",
    "block",
    CARD,
    "a Mastercard beside a 不动产单元号",
)
case(
    "mc-fw-beside-ean",
    f"商品条码{EAN_69}，退款至卡号{full_width(chunks(P_MC, 4, ' '))}",
    "block",
    CARD,
    "a full-width Mastercard beside a Luhn-passing 69 EAN",
)
case(
    "id-in-property-notice",
    f"不动产登记公告：权利人王某（身份证号：{hy(P_ID2, [6, 8])}），{PROPERTY_CERT}。",
    "block",
    ID,
    "the owner's ID beside a 不动产权证号",
)
case(
    "id-in-property-table",
    f"| 不动产单元号 | 权利人 | 证件号码 |\n|---|---|---|\n| {UNIT_NO} | 王某 | {P_ID2} |",
    "block",
    ID,
    "ID under 证件号码 beside 不动产单元号",
)
case(
    "id-as-unit-no",
    f"不动产单元号：{P_ID3}",
    "block",
    ID,
    "a checked ID number under a 不动产单元号 label",
)
case(
    "id-as-customs",
    f"报关单号：{P_ID3}",
    "block",
    ID,
    "a checked ID number under a 报关单号 label (docs: a checked 18-digit ID blocks under any label)",
)
case(
    "id-as-invoice-fw",
    f"发票号码：{full_width(P_ID3)}",
    "block",
    ID,
    "a full-width checked ID under 发票号码",
)
case(
    "id-as-waybill-zw",
    f"运单号：{zero_width(P_ID2, 2)}",
    "block",
    ID,
    "ID with U+200B every 2 under 运单号",
)
case(
    "id-as-vin",
    f"车架号：{P_ID2}",
    "block",
    ID,
    "an ID number (18 characters, a VIN has 17) under 车架号",
)
case(
    "id-x-in-tax",
    f"个人所得税办税指南示例：纳税人识别号（身份证号）{id_number('11010519491231002')}",
    "block",
    ID,
    "a real ID as a person's 纳税人识别号",
)
case(
    "id-spaced-beside-sc",
    f"食品经营者：个体户孙某，身份证号码 {' '.join(P_ID)}，许可证编号{SC_FOOD}。",
    "block",
    ID,
    "ID digit by digit beside an SC number",
)
case(
    "mobile-as-express-contact",
    f"快递单号：{ZTO14}，收件人手机：{hy(P_MOB2, [3, 4], '－')}",
    "block",
    MOB,
    "a mobile with full-width hyphens after a 快递单号",
)
case(
    "mobile-beside-ts",
    f"时间戳{TS10}，操作人手机号{P_MOB2}",
    "block",
    MOB,
    "a mobile beside a 10-digit timestamp",
)
case(
    "mobile-beside-plate",
    f"{PLATE}车主电话：+86 {hy(P_MOB2, [3, 4], ' ')}",
    "block",
    MOB,
    "+86 mobile beside a 号牌",
)
case(
    "mobile-beside-case",
    f"{CASE_NO}案件承办人联系方式：{zero_width(P_MOB2, 4, chr(0x2060))}",
    "block",
    MOB,
    "a mobile with U+2060 beside a 案号 (a clerk's mobile is still a person's number)",
)
case(
    "two-persons-table-html",
    f"<table><tr><th>订单号</th><th>姓名</th><th>身份证号</th><th>手机</th></tr><tr><td>{ORDER18}</td><td>周某</td><td>{P_ID}</td><td>{P_MOB}</td></tr></table>",
    "block",
    [ID, MOB],
    "ID and mobile in an HTML table beside an 订单号",
)
case(
    "id-title",
    f"关于{P_ID}（订单号{ORDER18}）投诉的答复",
    "block",
    ID,
    "ID in a title beside an 订单号",
    "title",
)
case(
    "id-summary-hyphen",
    f"投诉人身份证{hy(P_ID2, [6, 8])}，报关单号{CUSTOMS}",
    "block",
    ID,
    "ID in the summary",
    "summary",
)
case(
    "card-in-tender",
    f"招标编号{TENDER}：投标保证金请转入联系人个人卡{chunks(P_UP16, 4, ' ')}",
    "block",
    CARD,
    "a tender asking deposits to a personal UnionPay card",
)

# ===== edge: numbers that are both ====================================================
EDGE_ID_ORDER = id_number("41010519930815123")
case(
    "edge-order18-is-id",
    f"订单号：{EDGE_ID_ORDER}",
    "block",
    ID,
    "an 18-digit 订单号 that passes the ID check with a real birth date (1993-08-15, 41 河南): the docs except a checked 18-digit ID number from every serial label, so it blocks; an editor can mask or list it in public_numbers",
)
case(
    "edge-order18-is-id-fours",
    f"订单号：{chunks(EDGE_ID_ORDER, 4, ' ')}",
    "block",
    ID,
    "the same in fours",
)
case(
    "edge-order18-is-id-table",
    f"| 订单号 | 状态 |\n|---|---|\n| {EDGE_ID_ORDER} | 已退款 |",
    "block",
    ID,
    "the same under a 订单号 column",
)
CUSTOMS_ID = next(
    n for n in (id_number(f"11012019000512{k:03d}") for k in range(100)) if n[-1] != "X"
)
case(
    "edge-customs-is-id",
    f"报关单号：{CUSTOMS_ID}",
    "block",
    ID,
    "a 报关单号 shape (customs 1101, year 2019, flag 0) that is also a checked ID number (11 北京, born 1900-05-12): the docs block a checked 18-digit ID under any label; the validator's 'real birth date' admits 1900",
)
clean(
    "edge-order16-unionpay-label",
    f"订单号：{luhn('622024120512345')}",
    "a 16-digit 订单号 from 62 passing Luhn: a serial label makes digits no personal data (docs), cards included",
)
clean(
    "edge-order-mobile-label",
    f"订单号：{P_MOB}",
    "a mobile's shape after 订单号: the serial-label rule (docs) — decided clean, as the docs write",
)
clean(
    "edge-waybill-legacy-fours",
    f"运单号：{hy(YUNDA15_LEGACY, [6, 6])}",
    "legacy-ID shaped 运单号 grouped 6-6-3 after the label",
)
clean("edge-uscc-also-id", "", "placeholder")  # replaced below
TABLE.cases.pop()
both = None
for seq in range(100, 999):
    candidate = uscc(f"11010519850101{seq:03d}")
    if candidate[-1].isdigit() and id_number(candidate[:17]) == candidate:
        both = candidate
        break
if both:
    clean(
        "edge-uscc-also-id",
        f"统一社会信用代码：{both}",
        "an 18-digit number that is both a valid ID number and a valid GB 32100 code: labelled 统一社会信用代码, the code wins (docs)",
    )
    case(
        "edge-uscc-also-id-idlabel",
        f"身份证号：{both}",
        "block",
        ID,
        "the same number after 身份证号: an ID number (docs)",
    )
clean(
    "edge-invoice20-id-inside",
    f"发票号码：24{P_ID}",
    "a 20-digit 数电票 number that holds a checked ID number in its last 18 digits — digits inside a longer code are not read (docs); decided clean",
)
clean(
    "edge-ean-69-luhn-title",
    f"商品条码{EAN_69}抽检不合格",
    "Luhn-passing 69 EAN in a title",
    "title",
)
clean(
    "edge-gtin-69-luhn-fours",
    f"商品条码：{chunks(EAN_69B, 4, ' ')}",
    "a 13-digit 69 EAN in fours (Luhn passes; 13 digits of 69 is no network's)",
)
clean(
    "edge-se-code-card-piece",
    f"设备代码：{chunks(mastercard_head('311032010620190', '8001'), 4, ' ')}",
    "a 20-digit 特种设备代码 in fours whose first 16 pass Luhn from 31 (no network: JCB starts 3528)",
)
clean(
    "edge-customs-mc-table-nolabel",
    f"| 序号 | 单号 | 结论 |\n|---|---|---|\n| 1 | {CUSTOMS_MC} | 放行 |",
    "18 digits from 53 whose first 16 pass Luhn under a 单号 column: 18 digits is no Mastercard length (docs: 16 only)",
)
clean(
    "edge-order19-unionpay-fours-label",
    f"订单号：{chunks(ORDER19_UP, 4, ' ')}",
    "19-digit UnionPay shape in fours after 订单号 (serial label)",
)
case(
    "edge-unionpay19-nolabel",
    f"投诉编号20241205001，涉及{ORDER19_UP}。",
    "block",
    CARD,
    "the same 19 digits from 62 with Luhn but no serial label: a card's shape (docs: prefix, length, Luhn)",
)
clean("edge-amex15-nolabel-reg", f"纳税人识别号：{luhn('37010219850')}0123", "placeholder")
TABLE.cases.pop()
clean("edge-timestamp-13-legacy", f"时间戳：{TS13}", "13-digit timestamp (no 15 or 18 digits)")
clean(
    "edge-order18-bad-date",
    "订单号：110105202412051234",
    "an 18-digit 订单号 from 11 whose 'birth date' would be 2024-12-05 but whose last digit fails the GB 11643 check",
)
clean(
    "edge-customs-ts-mix", f"报关单号{CUSTOMS}于{TS10}（时间戳）申报", "报关单号 beside a timestamp"
)


# ===== second slice (not blind: after the first run, still before reading the checker) ===
# Serials numbered from a date (YYMMDD…) have 16 digits from 22–27 — a Mastercard's prefix and
# length — and pass Luhn one time in ten; 甘肃's division codes start 62, UnionPay's prefix.
MC_SERIAL = luhn("241205123456789")
MC_SERIAL2 = luhn("250318000012345")
GANSU19 = luhn("620102202412050012")
GANSU16_NOLUHN = next(
    n for n in (f"620102202412{k:04d}" for k in range(10000)) if not passes_luhn(n)
)
for label in (
    "工单号",
    "受理编号",
    "办件编号",
    "投诉编号",
    "业务流水号",
    "申请编号",
    "交易单号",
    "商户订单号",
):
    clean(
        f"date-serial-mc-{label}",
        f"{label}：{MC_SERIAL}",
        f"a date-numbered 16-digit serial from 24 passing Luhn (a Mastercard's shape) after {label}",
    )
clean(
    "date-serial-mc-fours",
    f"12345热线工单号：{chunks(MC_SERIAL2, 4, ' ')}，已办结。",
    "the same in fours",
)
clean(
    "date-serial-mc-table",
    f"| 工单号 | 诉求类型 | 办理结果 |\n|---|---|---|\n| {MC_SERIAL} | 噪音扰民 | 已办结 |\n| {MC_SERIAL2} | 道路破损 | 办理中 |",
    "date serials under a 工单号 column",
)
clean(
    "date-serial-mc-html",
    f"<table><tr><th>受理编号</th><th>事项</th></tr><tr><td>{MC_SERIAL}</td><td>营业执照变更</td></tr></table>",
    "under a 受理编号 column in HTML",
)
clean(
    "gansu-serial-luhn",
    f"甘肃政务服务网 办件编号：{GANSU19}",
    "a 甘肃 办件编号 from its division code 620102, 19 digits passing Luhn (UnionPay's shape) after a serial label",
)
clean(
    "gansu-serial-noluhn",
    f"受理编号：{GANSU16_NOLUHN}",
    "a 甘肃 受理编号 from 620102, 16 digits failing Luhn (the 'probable card' warning's shape) after a serial label",
)
clean(
    "gansu-serial-table",
    f"| 受理编号 | 申请事项 |\n|---|---|\n| {GANSU19} | 食品经营许可 |\n| {GANSU16_NOLUHN} | 药品零售许可 |",
    "甘肃 serials under a 受理编号 column",
)
clean(
    "wxpay-28",
    "微信支付交易单号：4200002456202412058829337781",
    "a WeChat Pay 28-digit transaction number",
)
clean("alipay-28", "支付宝交易号：2024120522001412345678901234", "an Alipay 28-digit trade number")
clean("drug-trace-20", "药品追溯码：81234567890123456789", "a 20-digit 药品追溯码")
clean("drug-trace-fours", "药品追溯码：8123 4567 8901 2345 6789", "the same in fours")
clean(
    "tax-receipt",
    "电子税票号码：332026241200012345",
    "an 18-digit 电子税票号码 (no ID: 'born' 2412-00-01)",
)
clean("imei-label", f"设备IMEI：{luhn('86012345678901')}", "an IMEI (15 digits, Luhn)")
case(
    "date-serial-mc-nolabel",
    f"经核查，{MC_SERIAL}已办结。",
    "block",
    CARD,
    "the same 16 digits from 24 with Luhn and no label: a Mastercard's shape (docs: prefix, length and Luhn block without a label)",
)


# ===== third slice (not blind, still before reading the checker): labels written oddly, lists
# after one label, a serial's label after it, 15-digit 注册号 under other names ==============
MC_SERIAL3 = luhn("260105987654321")
clean(
    "label-spaced-order",
    f"订 单 号：{ORDER19_UP}",
    "a spaced label: 订 单 号 closes up (the fold) to a serial label",
)
clean("label-ascii-colon", f"订单号:{ORDER19_UP}", "an ASCII colon after 订单号")
clean("label-no-colon", f"订单号 {ORDER19_UP}", "a space after 订单号")
clean(
    "label-fw-colon-fw-digits",
    f"订单号：{full_width(ORDER19_UP)}",
    "a UnionPay-shaped order number in full-width after its label",
)
clean("label-order-id-en", f"Order ID: {ORDER19_UP}", "an English serial label")
case(
    "label-list",
    f"涉案订单号：{ORDER18}、{MC_SERIAL}、{MC_SERIAL3}",
    "clean",
    None,
    "a list of serials after one label, two of them a Mastercard's shape",
    xfail=(
        "a list item must have the shape of the item before it (review 23: a card, mobile or"
        " ID number after an order number is read on its own), so a 16-digit serial after an"
        " 18-digit one is read alone and, a Mastercard's prefix passing Luhn, blocks as a card"
    ),
)
clean(
    "label-list-newline",
    f"涉案工单号如下：\n{MC_SERIAL}\n{MC_SERIAL3}",
    "serials one a line after a label on the line above",
)
clean(
    "label-bianhao-wei",
    f"编号为{MC_SERIAL}的工单已转交属地街道办理。",
    "编号为 before a date serial with Luhn",
)
clean("label-after-number", f"第{MC_SERIAL}号工单已办结。", "a serial inside 第…号工单")
clean(
    "label-header-spaced",
    f"| 工 单 号 | 结果 |\n|---|---|\n| {MC_SERIAL} | 已办结 |",
    "a spaced column header",
)
clean(
    "snowflake-json",
    '```json\n{"id": 1734567890123456789, "ts": 1701763200123}\n```',
    "a snowflake id and a timestamp in a code block",
)
clean("reg15-yingye", f"营业执照号：{REG15}", "the old 注册号 under 营业执照号")
clean("reg15-qiye", f"企业注册号：{REG15}", "under 企业注册号")
clean(
    "reg15-table",
    f"| 企业名称 | 注册号/统一社会信用代码 |\n|---|---|\n| 某商贸公司 | {REG15} |\n| 某科技公司 | {USCC1} |",
    "old 注册号 in a 注册号/统一社会信用代码 column",
)
clean("reg15-gansu", "营业执照注册号：620102000012345", "a 甘肃 注册号 (15 digits from 62)")
clean(
    "shebao-gansu",
    "社会保险登记证编码：620102851122123",
    "a 社保 registration code from 甘肃's division: a legacy ID's shape (1985-11-22) under a unit's registration label",
)
clean(
    "invoice-label-list",
    f"发票号码：{INVOICE20}、{INVOICE20_MC}",
    "two 数电票 numbers after one label",
)
clean("customs-after", f"{CUSTOMS_MC}号报关单项下货物已退运。", "报关单号 written before 号报关单")
case(
    "id-label-list-mixed",
    f"订单号：{ORDER18}，下单人身份证号：{P_ID}",
    "block",
    ID,
    "an ID's own label after a serial label on the line",
)
case(
    "mobile-after-order-list",
    f"订单号{ORDER18}，收货人电话{P_MOB}",
    "block",
    MOB,
    "a mobile after its own label, beside an 订单号",
)
case(
    "card-after-invoice",
    f"发票号码{INVOICE20}，付款卡号{P_UP16}",
    "block",
    CARD,
    "a card after its own label, beside a 发票号码",
)

TABLE.write(
    __file__, "Generated by gen_redteam67.py — edit the generator, not this file.", width=100
)
