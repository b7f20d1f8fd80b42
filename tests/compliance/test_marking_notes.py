"""Internal-use phrases read as a grammar (:mod:`govpub.compliance.marking_notes`, red team 39)."""

from __future__ import annotations

import pytest

from govpub import Policy, Post, check
from govpub.compliance.folding import fold
from govpub.compliance.marking_notes import find_marking_notes


def _rules(text: str, field: str = "body") -> set[str]:
    post = Post(title=text) if field == "title" else Post(title="通知", body=text)
    return {f.rule for f in check(post).findings}


@pytest.mark.parametrize(
    "text",
    [
        "内部参阅\n\n2024年第12期",  # what the document is, alone on a line
        "领导参阅件\n第8期",
        "《经济运行动态》（内部参阅）",  # in brackets of their own
        "关于财政收支情况的分析（仅供领导参阅）",  # who may read it
        "一、基本情况……\n\n仅供领导参考",
        "内部培训材料\n\n窗口服务规范",
        "乡村振兴典型经验汇编（内部交流资料）",
        "《工作通讯》\n内部刊物　注意保存",
        "关于若干措施\n（征求意见稿，请勿扩散）",  # a draft and "do not spread"
        "讨论稿　严禁扩散",
        "此件请勿扩散",
        "【请勿转发】\n明天上午召开干部会议。",  # "do not forward" alone, opening the text
        "某某县志编纂委员会编\n未经批准不得翻印",  # approval, not a copyright licence
        "（本材料严禁复制、外传）",
        "会议材料　注意保密　会后收回",  # when it goes back
        "阅后收回\n\n情况报告",
        "【阅后即焚】调整方案",
        '<p style="text-align:center">内部参阅</p><p>关于优化公交线网的建议</p>',
        "**内部学习资料**",
        "內部參閱",  # the fold's traditional, spaced and letter-spaced forms
        "内 部 参 阅",
        "内·部·参·阅",
        "领导\u200b参阅件",
        "组织学习内部学习资料第3期",  # a kind no prose says of anything else, anywhere
        "报告仅供领导参考，请勿外传。",
        "（仅限本单位使用）",  # slice 2: the unit alone as the audience, in a note
        "此件只限领导同志阅读",
        "（阅后请收回）",
        "＜内部参阅＞",
        "内部参阅　第3期",  # a periodical's issue on the marking's line
        "（供领导参阅）",  # slice 4: 供 alone before the audience
        "（供内部学习参考）",  # two reading verbs
        "内部学习参考资料\n第2辑",  # two qualifiers
        "<p>内部参阅<br>第3期</p>",  # a line break inside a block ends the line
        "此件限县处级以上领导干部范围内传达",  # red team 45: a rank, 范围内, 传达
        "（此件仅供局领导参阅）",  # an office before 领导
        "传阅件\n请阅后收回",  # a recall with 请 before it
        "【传阅】阅后退回办公室",  # a 传阅 stamp, the recall to an office
        "【传阅】：阅后退回办公室",  # (any colon between its words: review 48)
        "【传阅】︰阅后退回办公室",
        "【传阅】∶阅后退回办公室",
        "传阅范围：局党组成员　阅后收回",  # the stamp's field, then the recall
        "（会议结束后收回）",
    ],
)
def test_internal_phrases_block(text: str) -> None:
    assert _rules(text) == {"secrecy.internal"}, text


@pytest.mark.parametrize(
    "text",
    [
        "请勿扩散未经证实的消息，一切以官方发布为准。",
        "网传消息不实。\n请勿扩散",  # "do not spread" alone at the end: an anti-rumour post
        "版权所有　翻印必究",
        "未经许可，不得翻印",  # a copyright line: a licence, not an approval
        "本书版权所有，未经出版者书面许可，不得以任何方式复制或翻印本书内容。",
        "《某某条例（征求意见稿）》已发布，欢迎社会各界提出意见建议。",
        "（征求意见稿）",  # the draft's name alone
        "请各单位会后收回折叠椅，统一放回仓库。",
        "详细内容请参阅附件。",
        "以上信息仅供参考，一切以官方发布为准。",
        "（仅供参考）",
        "本次竞聘限内部员工报名。",
        "某干部泄露内部学习资料被处分。",  # the object of what is done to it
        "印有“领导参阅件”字样的文件不得带出办公室",  # the word quoted
        "停车场仅限本单位车辆停放。",
        "（阅读原文）",
        "内部学习\n\n局机关开展内部学习活动",
        "会议室（仅限本单位使用）",  # who may use a room, not who may read
        "停车位（仅供本单位使用）",
        "会议精神要在全市范围传达到每一名党员。",  # red team 45
        "主要领导传达了会议精神。",
        "局领导传阅了该报告并作出批示。",
        "选票会议结束后统一收回。",
        "（请传阅）",  # a 传阅 stamp alone marks nothing
        "限县处级以上领导干部报名参加",
    ],
)
def test_prose_passes(text: str) -> None:
    assert "secrecy.internal" not in _rules(text), text


def test_each_phrase_of_a_note_is_one_finding_a_term_in_it_too() -> None:
    # (注意保存 beside another phrase is that phrase's, as find_internal_notes has it)
    findings = check(Post(title="通知", body="内部资料　注意保存　未经批准不得翻印")).findings
    assert [f.message[f.message.index("「") : f.message.index("」") + 1] for f in findings] == [
        "「内部资料」",
        "「未经批准不得翻印」",
    ]


def test_the_keys_of_the_one_pass_give_what_the_search_gives() -> None:
    text = fold("通知\n（征求意见稿，请勿扩散）\n仅供领导参阅").text
    from govpub.compliance.anchors import find_anchors

    marks = find_anchors(text, Policy.default().terms).marks
    assert list(find_marking_notes(text, marks)) == list(find_marking_notes(text)) != []


def test_in_a_file_name_every_kind_counts() -> None:
    name = fold("内部参阅-2024.pdf").text
    assert list(find_marking_notes(name)) == []  # (in text: not a note, not a kind marked anywhere)
    assert list(find_marking_notes(name, filename=True)) == [(0, 4)]


@pytest.mark.parametrize(
    "text",
    [
        "警务工作秘密　注意保存\n近期我局接报多起诈骗警情。",  # fix 99: beside a note's word
        "警务工作秘密\n近期我局接报多起诈骗警情。",  # a header line of its own
        "（警务工作秘密）\n近期我局接报多起诈骗警情。",  # brackets of its own
        "工作秘密\n某某局文件",
        "【审判工作秘密】\n关于某案的审理意见",
        "检察工作秘密　不得外传\n情况报告",
        "（工作秘密，内部使用）\n情况报告",
    ],
)
def test_a_work_secret_heading_blocks(text: str) -> None:
    assert _rules(text) == {"secrecy.internal", "secrecy.sensitive_term"}, text


@pytest.mark.parametrize(
    "text",
    [
        "参与处置的民警严格遵守保密纪律，不得泄露警务工作秘密。",
        "本文件属工作秘密",
        "工作秘密",  # the word alone: nothing below it to mark
        "（工作秘密）",
        "不得外传警务工作秘密\n近期",  # what must not be passed on: prose
        "严禁复制工作秘密\n近期",
        "保守国家秘密和工作秘密\n近期",
        "一、工作秘密\n是指机关、单位在履行职责中产生的事项。",
        "常见的秘密有：\n- 国家秘密\n- 工作秘密\n- 商业秘密\n请大家区分清楚。",  # a lesson's list
        "秘密分为：\n工作秘密\n个人隐私\n请区分。",
    ],
)
def test_a_work_secret_in_prose_only_warns(text: str) -> None:
    assert _rules(text) == {"secrecy.sensitive_term"}, text


def test_a_work_secret_with_a_star_is_a_marking() -> None:
    assert _rules("警务工作秘密★\n近期") == {"secrecy.marking", "secrecy.sensitive_term"}


@pytest.mark.parametrize(
    "text",
    [
        "工作秘密\n是指不属于国家秘密的内部事项。",  # a sentence wrapped after the word
        "警务工作秘密\n的管理办法如下",
        "检察工作秘密\n保护规定（试行）解读",
        "**工作秘密**\n工作秘密一旦泄露会对工作造成被动。",  # a lesson's heading
        "本期主题：\n工作秘密\n讲解人：王老师",  # not the text's first line
        "各单位要严格区分国家秘密和\n工作秘密\n的界限。",
    ],
)
def test_a_lone_work_secret_line_that_heads_nothing_only_warns(text: str) -> None:
    """Review 39: 工作秘密 alone is a header only on the text's first line, the next line
    neither going on with it nor defining it."""
    assert _rules(text) == {"secrecy.sensitive_term"}


@pytest.mark.parametrize(
    "text",
    [
        "警务工作秘密\n为进一步加强辖区治安管理，现通知如下。",  # 为 opens most 公文 bodies
        "000123\n警务工作秘密\n关于加强管理的通知",  # a 份号 line above it
        "附件1\n检察工作秘密\n关于某案的报告",
        "检察工作秘密\n保护未成年人专项工作方案",  # 保护 not of 保护规定
        "警务工作秘密\n与会人员名单",
    ],
)
def test_a_work_secret_header_under_a_serial_or_over_a_body_blocks(text: str) -> None:
    """Review 40: what fix 104 took for a wrapped phrase was a header's text."""
    assert "secrecy.internal" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "印有“仅供内部参考”字样的材料不得上网",  # red team 83 d8: a note quoted as a word
        "杜绝“仅供内部参考”字样出现在公开文件中",
        "“内部资料”四字应当删除",  # named as 四字
        "“仅供内部参考”标识应当去除",
        "印有“仅供领导参考”字样",  # the docs' own example passes as before
        "标有「内部资料」字样的文件不得公开",  # in corner quotation marks
        "印有「内部资料，请勿外传」字样的材料一律不得上网",  # a note of two phrases, quoted
        "封面写有“内部学习资料”等字的材料",
    ],
)
def test_a_note_quoted_as_a_word_passes(text: str) -> None:
    """Fix 107: every note phrase quoted and cited as a word (字样, 四字, 等字, 标识, 印有…)."""
    assert not {r for r in _rules(text) if r == "secrecy.internal"}


@pytest.mark.parametrize(
    "text",
    [
        "各单位查阅内部资料须经审批。",  # red team 83 d6: the object of what is done to it
        "借阅内部资料应登记。",
        "调阅内部资料须履行审批手续。",
        "复印内部资料须经分管领导批准。",
        "打印内部资料后应及时取走。",
        "移交内部资料时应当清点。",
    ],
)
def test_internal_material_read_or_copied_is_an_object(text: str) -> None:
    assert "secrecy.internal" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "内部资料，请勿外传",  # a note stays a note
        "内部资料　注意保存",
        "（内部资料）",
        "内部资料\n关于做好冬季安全生产工作的通知\n各单位：现将有关事项通知如下。",
        "“内部资料”",  # quoted, but cited as nothing
        "（仅供内部参考）",
        "他说：“仅供内部参考。”",
    ],
)
def test_notes_beside_the_quoted_and_handled_still_block(text: str) -> None:
    assert "secrecy.internal" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "工作秘密\n为机关、单位在履行职责过程中产生或者获取的，不属于国家秘密，但泄露后会造成不良影响的事项。",
        "工作秘密\n和国家秘密有什么区别？一起来看看。",  # names 国家秘密, asks a question
        "工作秘密\n与国家秘密的区别在于是否依法定密。",
        "工作秘密\n保护要点：不在互联网上存储、处理。",  # a label
        "工作秘密\n指导思想：坚持依法管理。",
        "工作秘密\n哪些事项应当确定为工作秘密？",
    ],
)
def test_a_work_secret_heading_over_its_subject_only_warns(text: str) -> None:
    """Review 41: a line naming 国家秘密, defining, asking or labelling goes on with it."""
    assert _rules(text) == {"secrecy.sensitive_term"}


@pytest.mark.parametrize(
    "text",
    [
        "警务工作秘密  \n和平街道治安巡查方案",
        "警务工作秘密\n与会人员须知",
        "警务工作秘密\n指挥部关于启动应急响应的通知",
        "警务工作秘密\n保护区巡查工作方案",
        "工作秘密\n为贯彻落实上级部署，现将有关事项通知如下。",  # 有关事项: no definition
        "警务工作秘密\n为做好节日期间安全保卫工作，现就有关事项通知如下：",
    ],
)
def test_a_work_secret_header_over_a_title_or_body_still_blocks(text: str) -> None:
    """Review 41's twins: fix 108's headers."""
    assert "secrecy.internal" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "此件仅供查阅  内部资料  不得翻印",  # review 41: spaces part a note's phrases
        "请于5月10日前登记 内部资料 注意保存",
        "仅供查阅\n内部资料",
        "《工作简报》“内部资料”2字第12号",  # 2字第12号: a serial number, no count
        "第12期\n复印 内部资料\n\n关于2026年工作安排的通知",  # a header line (review 44)
        "工作简报\n登记 内部资料\n\n第3期",
    ],
)
def test_a_note_apart_from_a_verb_of_handling_blocks(text: str) -> None:
    """Review 41: a verb of handling makes 内部资料 its object only when joined to it."""
    assert "secrecy.internal" in _rules(text)


def test_a_verb_of_handling_parted_by_a_space_from_a_kind() -> None:
    """Review 41: the fold closes the space, the gap still parts them (kinds marked anywhere)."""
    folded = fold("仅供查阅 内部学习资料")
    assert list(find_marking_notes(folded.text, gaps=folded.removals)) != []
    joined = fold("各单位查阅内部学习资料须经审批")
    assert list(find_marking_notes(joined.text, gaps=joined.removals)) == []


@pytest.mark.parametrize(
    "text",
    [
        "工作秘密\n国家秘密载体管理规定（修订稿）",  # review 42: 国家秘密 alone compares nothing
        "工作秘密\n国家秘密定密工作会议纪要",
        "工作秘密\n国家秘密事项一览表",
        "工作秘密\n与国家秘密载体管理有关的事项通知如下",
        "工作秘密\n各单位：近期是否存在违规问题？请于3月底前报送。",  # a question past a label
        "工作秘密\n各位委员：本次会议议题有哪些？",
        "工作秘密\n会议要点：\n一、研究了防汛工作",  # labels of minutes and plans
        "工作秘密\n会议内容：听取了汇报",
        "工作秘密\n工作目标：到2026年底",
        "工作秘密\n工作要求：各单位务必于3月底前完成。",
        "工作秘密\n主要内容：一、总体要求",
        "检察工作秘密\n工作原则：依法办案",
        "工作秘密\n方案要点：",
    ],
)
def test_a_work_secret_header_over_minutes_titles_and_addressees_blocks(text: str) -> None:
    assert "secrecy.internal" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "工作秘密\n与国家秘密的关系",  # review 42's twins: a comparison
        "工作秘密\n国家秘密和工作秘密的区分",
        "工作秘密\n哪些事项属于工作秘密？",
        "工作秘密\n问：什么是工作秘密？",  # a lesson's 问： label
        "工作秘密\n保护要点：不得泄露",  # a lesson's labels
        "工作秘密\n基本特征：不属于国家秘密",
        "工作秘密\n工作秘密的认定：由机关确定",
    ],
)
def test_a_work_secret_heading_over_a_comparison_or_a_lessons_label_warns(text: str) -> None:
    assert _rules(text) == {"secrecy.sensitive_term"}


@pytest.mark.parametrize(
    "text",
    [
        "各单位查阅 内部资料须经审批。",  # review 42: the object, one space between
        "借阅 内部资料应登记。",
        "档案馆工作人员不得私自复印 内部资料。",
        "严禁擅自复印、打印 内部资料。",
        "《关于规范查阅 内部资料的通知》",
        "查阅\u3000内部资料须经分管领导批准",
        "移交 内部资料清单一份",
        "**查阅** 内部资料须登记",
        "| 查阅 内部资料 | 须经审批 |",
        "读者借阅 内部资料，不得带出馆外。",  # review 43: a comma, then the sentence's rule
        "复印 内部资料仅限本单位使用。",  # no gap after it: the sentence goes on
        "经批准后方可借阅 内部资料",  # the sentence ends with its object
        "借阅 内部资料\n须登记",
        "会后移交 内部资料",
    ],
)
def test_a_verb_of_handling_a_space_before_its_object_is_clean(text: str) -> None:
    assert "secrecy.internal" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    ["仅供查阅 内部资料", "此件仅供查阅 内部资料不得翻印", "请于5月10日前登记 内部资料 注意保存"],
)
def test_a_note_apart_on_both_sides_of_the_marker_blocks(text: str) -> None:
    """Review 42's twins: a gap, the line's end or a note's phrase after the marker too."""
    assert "secrecy.internal" in _rules(text)
