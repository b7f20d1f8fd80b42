"""What an internal-use phrase is said of: a thing that is used, or a rule about something else.

内部使用 and 不得外传 mark a text that says them of itself (``本材料为内部使用``,
``此件不得外传``).  Prose says the same words of other things: a system, a room or a car
kept for staff (``该系统仅限内部使用``, ``会议室（仅限本单位使用）``), a rumour or a
citizen's data that must not be passed on (``严禁外传谣言``, ``个人信息不得外传``), an
exam's papers (``试卷属绝密材料，考试结束前严禁外传``: :mod:`.exam_rules`).
:mod:`.secrecy_findings` and :mod:`.marking_notes` ask these readings before they report.
"""

from __future__ import annotations

from govpub.compliance._text import run_start
from govpub.compliance.exam_rules import said_of_exam_materials
from govpub.compliance.folding import is_cjk_unified
from govpub.compliance.lazy_pattern import LazyPattern

__all__ = ["ends_with_a_thing", "passed_on_as_prose", "used_by_a_thing"]


# What 内部使用 is said of. A thing that is used (该系统仅限内部使用, 停车场仅供职工内部使用) is
# no text that is marked; a text or its data (本材料为内部使用, 本系统数据仅供内部使用) is,
# and so is a clause that names neither (内部使用 alone, 各单位：内部使用): the marking blocks.
_USED_THINGS = (
    "系统|平台|网站|网络|内网|专网|服务器|软件|程序|数据库|app|账号|帐号|邮箱|设备|设施|电脑|"
    "计算机|打印机|复印机|车辆|公务车|车位|停车场|停车位|食堂|餐厅|会议室|场地|场馆|场所|房间|"
    "电梯|通道|出入口|入口|大门|道路|仓库|宿舍|浴室|充电桩|楼层"
)
_USED_TEXTS = (
    "材料|文件|资料|文本|文稿|稿件|本文|此件|本件|该件|通知|报告|数据|信息|内容|名单|表格|附件|"
    "图片|视频|纪要|简报|讲话|方案|清单|手册|模板|课件"
)
_SUBJECT = LazyPattern(rf"(?P<thing>{_USED_THINGS})|{_USED_TEXTS}")
_THING_AT_END = LazyPattern(rf"(?:{_USED_THINGS})$")
_CLAUSE_END = "。！？!?；;，,：:\n【[（("
_SUBJECT_REACH = 30
_SAYING = frozenset("供限为于")


def used_by_a_thing(folded: str, start: int) -> bool:
    """Whether 内部使用 at ``start`` is said of a thing, not of a text: its clause's last
    named subject before it is a system, a place or a device, and the words between say
    what it is for (该系统仅限内部使用, 停车场仅供职工内部使用, 会议室为单位内部使用)."""
    lo = run_start(folded, start, start - _SUBJECT_REACH, _CLAUSE_END)
    subjects = list(_SUBJECT.finditer(folded, lo, start))  # (30 characters at most)
    last = subjects[-1] if subjects else None
    # ... and says so: 仅限, 仅供, 供, 为, 用于 between them ("××平台 内部使用" is a header)
    return (
        last is not None
        and last.group("thing") is not None
        and any(c in _SAYING for c in folded[last.end() : start])
    )


# 外传 said of what follows it or of a citizen's data before it: a rule of conduct, not a note
_PASSED_ON = frozenset({"不得外传", "严禁外传", "请勿外传"})
# what may follow the note itself: another act, a conjunction, what happens to offenders
_NOTE_GOES_ON = (
    "扩散", "转发", "复制", "翻印", "外泄", "上网", "传播", "或", "和", "及", "与", "并", "违",
    "注意", "阅后", "会后", "用后",
)  # fmt: skip
# a citizen's data (验证码请勿外传 and 密码不得外传 are in prose_phrases.txt as well)
_PERSONAL_DATA = ("个人信息", "隐私", "照片", "视频", "验证码", "密码", "口令", "账号", "帐号")


def passed_on_as_prose(
    folded: str, start: int, end: int, term: str, *, joined: bool = False, title: str = ""
) -> bool:
    """Whether 不得/严禁/请勿外传 at ``[start, end)`` is a rule about something else: with
    its object after it (严禁外传谣言, 请勿外传他人照片, 严禁外传试题内容), said of a citizen's
    data (工作人员对知悉的个人信息不得外传) or of an exam's materials (试卷属绝密材料，考试结束前
    严禁外传: :func:`.exam_rules.said_of_exam_materials`, which reads the post's ``title``).  A
    note ends there or goes on with another act (不得外传、复制; 严禁外传，违者追究); ``joined``
    says the fold closed a gap after it (不得外传⏎请遵照执行: the next line is no object)."""
    if term not in _PASSED_ON:
        return False
    after = folded[end : end + 1]
    if not joined and is_cjk_unified(after) and not folded.startswith(_NOTE_GOES_ON, end):
        return True
    return folded[max(0, start - 6) : start].rstrip(" 均一律都也").endswith(
        _PERSONAL_DATA
    ) or said_of_exam_materials(folded, start, title)


def ends_with_a_thing(folded: str, end: int) -> bool:
    """Whether ``folded[:end]`` ends with the name of a thing that is used (会议室, 停车位, 系统):
    a note after it, ``会议室（仅限本单位使用）``, says who may use the room, not who may read."""
    return _THING_AT_END.search(folded, max(0, end - 6), end) is not None
