"""ID numbers masked too little, and masks the fold must not close up (red team 47).

The convention masks the birth date (keep 6 + 4); one or two masked characters with the
birth date shown leave at most ten candidate numbers, so they block.  A run of four or
more asterisks is a mask the page shows, not emphasis: ``G3101********1234`` is a masked
学籍号, not the passport ``G31011234``.
"""

from __future__ import annotations

import pytest
from number_makers import id_number

from govpub import Post, check
from govpub.compliance.folding import fold
from govpub.compliance.undermasked import find_under_masked_ids

ID = id_number("32010219880808021")


@pytest.mark.parametrize(
    "written",
    [
        ID[:14] + "**" + ID[16:],  # two sequence digits
        ID[:12] + "**" + ID[14:],  # the birth day
        ID[:17] + "*",  # the check character alone
        ID[:15] + "＊" + ID[16:],  # full width
    ],
)
def test_one_or_two_masked_characters_still_leak(written: str) -> None:
    assert list(find_under_masked_ids(f"身份证号：{written}")) == [(5, 23, tuple(range(11, 19)))]
    result = check(Post(title="公示", body=f"身份证号：{written}"))
    assert [(f.rule, f.severity) for f in result.findings] == [("personal.id_number", "block")]
    assert result.findings[0].excerpt == "身份证号：320102********" + written[14:]


@pytest.mark.parametrize(
    "written",
    [
        "110101********1234",  # the convention
        ID[:10] + "****" + ID[14:],  # month and day
        ID[:3] + "*" * 11 + ID[14:],  # 3 + 4
        "99010219880808**18",  # no province
        "32010219881308**18",  # month 13
    ],
)
def test_masks_and_non_ids_stay_clean(written: str) -> None:
    assert not list(find_under_masked_ids(written))
    assert not check(Post(title="公示", body=f"证号：{written}")).findings


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("G3101********1234", "g3101********1234"),
        ("138****5678", "138****5678"),
        ("138**1234**5678", "13812345678"),  # emphasis, as before
        ("内部***资料", "内部资料"),
    ],
)
def test_a_run_of_four_asterisks_is_a_mask_not_emphasis(text: str, folded: str) -> None:
    assert fold(text).text == folded


def test_a_masked_student_number_is_no_passport() -> None:
    assert not check(Post(title="公示", body="学籍号：G3101********1234")).findings


@pytest.mark.parametrize(
    "written",
    [
        "1381654*678",  # one digit of the middle four
        "13816545**8",  # two of the last four
        "138＊6545678",  # full width
    ],
)
def test_a_mobile_with_one_or_two_digits_masked_still_leaks(written: str) -> None:
    # red team 54: the convention hides four digits (3 + 4); one or two leave a hundred
    # numbers at most
    result = check(Post(title="公示", body=f"| 1 | 王伟 | {written} |"))
    assert [(f.rule, f.severity) for f in result.findings] == [("personal.mobile", "block")]
    assert result.findings[0].excerpt == f"| 1 | 王伟 | {written[:3]}****{written[7:]} |"


@pytest.mark.parametrize(
    "written",
    [
        "138****5678",  # the convention
        "138*****678",  # more hidden
        "138********",
        "13*******78",
        "准考证号：1381654*678",  # a code masked in part
        "12345*67890",  # no mobile's 1[3-9]
        "13812345*78=1077362910",  # a sum (review of fix51)
        "`13812345*78`",  # code
    ],
)
def test_mobile_masks_and_codes_stay_clean(written: str) -> None:
    assert not check(Post(title="公示", body=f"联系方式 {written}")).findings


@pytest.mark.parametrize(
    "written",
    [
        "1381234X678",
        "13812345XX8",
        "1381234●678",
        "1381234#678",
        "１３８１２３４＊６７８",
        "+861381234*678",
    ],
)
def test_a_mobile_masked_too_little_with_other_marks_still_leaks(written: str) -> None:
    # review of fix51: "X", "●", "#" mask as a star does; full-width digits; after +86
    result = check(Post(title="公示", body=f"联系电话 {written}"))
    assert [(f.rule, f.severity) for f in result.findings] == [("personal.mobile", "block")]


@pytest.mark.parametrize("written", ["138XXXX5678", "138●●●●5678", "ABC1381234X678"])
def test_a_mobile_masked_with_other_marks_stays_clean(written: str) -> None:
    assert not check(Post(title="公示", body=f"联系电话 {written}")).findings


@pytest.mark.parametrize(
    ("written", "rule"),
    [
        ("١٣٨١٦٥٤*٦٧٨", "personal.mobile"),  # Arabic-Indic
        ("༡༣༨༡༦༥༤*༦༧༨", "personal.mobile"),  # Tibetan
        ("᠑᠓᠘᠑᠖᠕᠔*᠖᠗᠘", "personal.mobile"),  # Mongolian
        ("༣༢༠༡༠༢༡༩༨༨༠༨༠༨**༡༨", "personal.id_number"),
        ("٦٥٠١٠٢١٩٦٦١٠٠١٢٣٤*", "personal.id_number"),
    ],
)
def test_a_number_masked_too_little_in_another_scripts_digits_still_leaks(
    written: str, rule: str
) -> None:
    # red team 69: the digits of every script are read one for one, as the fold reads them
    result = check(Post(title="公示", body=f"ئۇقتۇرۇش {written}"))
    assert [(f.rule, f.severity) for f in result.findings] == [(rule, "block")]


@pytest.mark.parametrize("written", ["١٣٨****٥٦٧٨", "༦༥༠༡**********༡༢༣༤"])
def test_a_number_masked_well_in_another_scripts_digits_stays_clean(written: str) -> None:
    assert not check(Post(title="公示", body=f"ئۇقتۇرۇش {written}")).findings


@pytest.mark.parametrize(
    "written",
    [
        "**2026 138123456**",
        "全年办件量为**共计 138123456**。",
        "全年接待游客 *共计 1381234567*。",
        "统一社会信用代码：**515301025\u200b182167494**",
        "统一社会信用代码：**515301025 182167494**",
        "*53410105\ufeff1929363884*，请核对。",
        "**联系电话 138123456**",  # the page shows nine digits in bold
        "**编号 3201021988080802**",  # sixteen digits in bold, no ID number
        "**重要** 和 **共计 138123456**",
        "**138123456**",
        "**联系电话 138****5678**",  # the convention's mask in bold (fix 133)
    ],
)
def test_the_closing_asterisks_of_emphasis_are_no_mask(written: str) -> None:
    # red team 89: an emphasis closed right after nine or ten digits from 1[3-9] is markup
    assert not check(Post(title="公示", body=written)).findings


@pytest.mark.parametrize(
    ("written", "rule"),
    [
        ("138123456**", "personal.mobile"),
        ("联系电话 138123456**", "personal.mobile"),
        ("**重要** 138123456**", "personal.mobile"),  # the emphasis closed before it
        ("* 共计 1381234567*", "personal.mobile"),  # a list's bullet opens nothing
        ("**共计\n138123456**", "personal.mobile"),  # (emphasis is read on its line)
        ("**联系电话** 1381234*678", "personal.mobile"),  # masked after the emphasis
        (ID[:16] + "**", "personal.id_number"),
        # review 49: a star masking a name before punctuation opens no emphasis (CommonMark)
        ("王*，身份证号11010519900307123*", "personal.id_number"),
        ("张**，电话138123456**", "personal.mobile"),
        ("姓名：张**；手机：138123456**", "personal.mobile"),
        ("|张**|138123456**|", "personal.mobile"),
        ("王*，手机1381234567*", "personal.mobile"),
        # a mask inside emphasis (fix 133): the emphasis's stars go, the mask stays
        ("**联系电话 1381234*678**", "personal.mobile"),
        ("**联系电话 13812345**8**", "personal.mobile"),
        ("联系电话 **1381234*678**", "personal.mobile"),
        ("***联系电话 1381234*678***", "personal.mobile"),
        ("**身份证号 " + ID[:14] + "**" + ID[16:] + "**", "personal.id_number"),
        # the mask closes the italics: the page shows 1381234678*, one digit hidden
        ("*联系电话 1381234*678*", "personal.mobile"),
        # the mask opens italics: the page shows 1381234678, ten of the eleven digits
        ("联系电话 1381234*678*", "personal.mobile"),
    ],
)
def test_stars_that_close_no_emphasis_still_mask(written: str, rule: str) -> None:
    result = check(Post(title="公示", body=written))
    assert [(f.rule, f.severity) for f in result.findings] == [(rule, "block")]


@pytest.mark.parametrize(
    ("written", "rule"),
    [
        # review 50: a masked name's star opens the emphasis that the number's mask closes; the
        # page shows ten or nine of a mobile's digits, seventeen or sixteen of an ID number's
        ("张*身份证11010519900307123*", "personal.id_number"),
        ("王**身份证1101051990030712**", "personal.id_number"),
        ("*身份证号：11010519900307123*", "personal.id_number"),  # after its label
        ("**身份证号：1101051990030712**", "personal.id_number"),  # in bold too
        ("张*电话1381234567*", "personal.mobile"),
        ("张*电话138123456*", "personal.mobile"),
        ("张三*电话1381234567*", "personal.mobile"),
        ("联系人：张*先生电话1381234567*", "personal.mobile"),
        ("张**电话138123456**", "personal.mobile"),
        ("**王*：138123456**", "personal.mobile"),  # the page shows 138123456*
        ("**联系人张*先生电话138123456**", "personal.mobile"),
        ("*张三电话138123456**", "personal.mobile"),  # the bold is not written whole
        # CommonMark's *** closes the ** and leaves a star; the number's ** closes nothing
        ("联系人：**张***　电话：138123456**", "personal.mobile"),
    ],
)
def test_digits_an_emphasis_leaves_off_after_a_masked_name_are_masked(
    written: str, rule: str
) -> None:
    result = check(Post(title="公示", body=written))
    assert [(f.rule, f.severity) for f in result.findings] == [(rule, "block")]


@pytest.mark.parametrize(
    "written",
    [
        "**合计金额 1381234567*",  # an amount in italics, nothing names it
        "编号*1381234567*",
        "*注：*共计 1381234567 元",
        "*注*：**138123456**",  # a word in italics is no masked name
        "**联系电话 138123456**",  # the bold written whole (fix 132)
        "**编号 3201021988080802**",
        "张*电话138****5678",
    ],
)
def test_emphasis_round_an_ordinary_number_stays_clean(written: str) -> None:
    assert not check(Post(title="公示", body=written)).findings


@pytest.mark.parametrize(
    ("written", "rule", "excerpt"),
    [
        # a table's cell border between the label (or masked name) and the number
        ("| 身份证号 | *11010519900307123* |", "personal.id_number", "*110105********123*"),
        ("| 张* | *1381234567* |", "personal.mobile", "*138****567*"),
        # a star the page shows that is no emphasis: escaped, or a character reference
        ("身份证号：11010519900307123\\*", "personal.id_number", "110105********123\\*"),
        ("张*电话1381234567\\*", "personal.mobile", "138****567\\*"),
        ("身份证号：11010519900307123&#42;", "personal.id_number", "110105********123&#42;"),
        ("身份证号：11010519900307123&#x2A;", "personal.id_number", "110105********123&#x2A;"),
        ("身份证号：11010519900307123&ast;", "personal.id_number", "110105********123&ast;"),
        ("张*电话1381234&#42;678", "personal.mobile", "138****&#42;678"),
        # the star after a closing tag follows the digits on the page
        ("<em>11010519900307123</em>*", "personal.id_number", "110105********123</em>*"),
        ("<strong>1381234567</strong>*", "personal.mobile", "138****567</strong>*"),
        # "_" as the mask, after the number's label or a masked name
        ("身份证号：11010519900307123_", "personal.id_number", "110105********123_"),
        ("王*身份证号11010519900307123_", "personal.id_number", "110105********123_"),
        ("张*电话1381234567_", "personal.mobile", "138****567_"),
        # "_" between word characters is no emphasis: the page shows it
        ("张*电话_1381234567_", "personal.mobile", "_138****567_"),
        ("王*身份证号_11010519900307123_", "personal.id_number", "_110105********123_"),
        ("张*电话__138123456__", "personal.mobile", "__138****56__"),
        # an opening tag between the masked name's words and the number
        ("张*电话<b>1381234567</b>*", "personal.mobile", "<b>138****567</b>*"),
    ],
)
def test_stars_the_page_shows_in_other_forms_mask(written: str, rule: str, excerpt: str) -> None:
    result = check(Post(title="公示", body=written))
    assert [(f.rule, f.severity) for f in result.findings] == [(rule, "block")]
    assert excerpt in result.findings[0].excerpt


@pytest.mark.parametrize(
    "written",
    [
        "| 合计 | *1381234567* |",  # an amount in a cell: nothing names it
        "| 合计 | *11010519900307123* |",
        "| 张* | *138****5678* |",
        "单价\\*数量\\*2",  # an escaped star in prose
        "注\\*：数据为1381234567",
        "身份证号：110105********1234\\*",
        "upload_1712345678_.jpg",  # "_" after digits nothing names
        "编号1381234567_",
        "<em>11010519900307123</em>",
        "__联系电话 138123456__",  # the bold written whole (fix 132), in "_"
        "电话：_1381234567_",
    ],
)
def test_stars_the_page_shows_beside_no_number_masked_too_little_stay_clean(
    written: str,
) -> None:
    assert not check(Post(title="公示", body=written)).findings


@pytest.mark.parametrize(
    "written",
    [
        # review 52's item 3: a star after a figure that nothing names, which the page explains
        # as a footnote's mark, or after a cell of a year or a total, is no mask
        "全国人口共1411778724\\*（\\*为普查数）",
        "全国人口共1411778724*（*为普查数）",
        "| 2020 | 1411778724\\* |",
        "<td>合计</td><td>1391234567&#42;</td>",
        "| 总产值 | 1381234567\\* |\n\n\\* 为初步核算数",
        "| 合计 | 1381234567* |",
        "| 年份 | 人口 |\n|---|---|\n| 2020 | 1411778724* |",
        "| 地区 | 产值 |\n|---|---|\n| 甲县 | 1381234567* |\n\n注：*为初步核算数",
    ],
)
def test_a_footnotes_star_after_a_figure_is_no_mask(written: str) -> None:
    assert not check(Post(title="统计公报", body=written)).findings


@pytest.mark.parametrize(
    "written",
    [
        # the same star after a phone's word, a masked name, under a phone's column, after a
        # name's cell, with no footnote explained, or a form's "*为必填项"
        "手机1381234567\\*（\\*为普查数）",
        "张*电话1381234567\\*\n\n\\* 为初步核算数",
        "联系方式：1381234567*\n\n*为初步核算数",
        "| 姓名 | 手机 |\n|---|---|\n| 2020 | 1381234567* |",
        "| 张三 | 1381234567* |",
        "| 1 | 1381234567* |",
        "全国人口共1411778724*",
        "张三 1381234567*\n\n*为必填项",
        "1381234567*\n* 为做好工作",  # a list's bullet, no footnote
        "*为进一步做好工作*\n\n全国人口共1411778724*",  # a sentence in italics
    ],
)
def test_a_star_after_a_named_or_unexplained_mobile_still_masks(written: str) -> None:
    result = check(Post(title="公示", body=written))
    assert [(f.rule, f.severity) for f in result.findings] == [("personal.mobile", "block")]


@pytest.mark.parametrize(
    ("written", "rule", "excerpt"),
    [
        # review 52's item 8: other characters for the mask
        ("身份证号：11010519900307123X", "personal.id_number", "110105********123X"),
        ("身份证号：11010519900307123x", "personal.id_number", "110105********123x"),
        ("身份证号：11010519900307123Ｘ", "personal.id_number", "110105********123Ｘ"),
        ("身份证号：11010519900307123※", "personal.id_number", "110105********123※"),
        ("身份证号：11010519900307123●", "personal.id_number", "110105********123●"),
        ("身份证号：11010519900307123×", "personal.id_number", "110105********123×"),
        ("身份证号：11010519900307123＿", "personal.id_number", "110105********123＿"),
        ("11010519900307123●", "personal.id_number", "110105********123●"),
        ("手机号：1381234567※", "personal.mobile", "138****567※"),
        ("手机号：1381234567×", "personal.mobile", "138****567×"),
        ("手机号：1381234567＿", "personal.mobile", "138****567＿"),
        ("手机号：1381234567Ｘ", "personal.mobile", "138****567Ｘ"),
        ("1381234567※", "personal.mobile", "138****567※"),
        # a blank line drawn after the digits hides the rest, however long
        ("张*电话 1381234567__", "personal.mobile", "138****567__"),
        ("手机号：1381234567＿＿", "personal.mobile", "138****567＿＿"),
        # "_" round the digits after a label: italics, as "*" round them (CommonMark)
        ("身份证号：_11010519900307123_", "personal.id_number", "_110105********123_"),
        ("张*电话：_1381234567_", "personal.mobile", "_138****567_"),
    ],
)
def test_other_mask_characters_mask(written: str, rule: str, excerpt: str) -> None:
    result = check(Post(title="公示", body=written))
    assert [(f.rule, f.severity) for f in result.findings] == [(rule, "block")]
    assert excerpt in result.findings[0].excerpt


@pytest.mark.parametrize(
    "written",
    [
        "11010519900307123X",  # a wrong check character nothing names: no ID number
        "11010519900307123×",  # (a look-alike of X: test_personal_forms)
        "1381234×678",  # "×" between digits multiplies
        "13812345×78",
        "1381234567×2",
        "规格15000×20000",
        "138ＸＸＸＸ5678",  # four masked
        "电话：_1381234567_",  # ten digits in italics after a phone's word
        "\\_11010519900307123_",  # an escaped "_" opens nothing; nothing names the number
    ],
)
def test_other_mask_characters_beside_no_number_masked_too_little_stay_clean(
    written: str,
) -> None:
    assert not check(Post(title="公示", body=written)).findings


def test_an_x_that_is_the_check_character_is_the_whole_number() -> None:
    # 11010519900307101X is valid: one finding, the whole number's, no mask read in its X
    result = check(Post(title="公示", body="身份证号：11010519900307101X"))
    assert [(f.rule, f.severity) for f in result.findings] == [("personal.id_number", "block")]
    assert "110105********101X" in result.findings[0].excerpt
    assert not list(find_under_masked_ids("身份证号：11010519900307101X"))


def test_a_reference_masks_message_ends_before_the_reference() -> None:
    # review 52's item 10: the message showed 110105********123& (cut inside &#42;)
    finding = check(Post(title="公示", body="身份证号：11010519900307123&#42;")).findings[0]
    assert "（110105********123）" in finding.message
