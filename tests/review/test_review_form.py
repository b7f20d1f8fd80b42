"""The 审核表 as a pure function: findings, tiers, problems, escaping, nothing to load."""

from __future__ import annotations

from reviewkit import NOW, Sign

from govpub import Finding, Post, ReviewPolicy
from govpub.review.form import render_form


def test_form_lists_findings_tiers_and_problems(
    post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    doc = post.model_copy(update={"title": "关于<植树>的通知 & 安排"})
    status = policy.evaluate(doc, [sign(doc, "张敏", "editor", comment="同意")], now=NOW)
    findings = [
        Finding("ad.link_stripped", "fixed", "已删除广告链接", "", "body", 10),
        Finding("personal.mobile", "block", "发现未脱敏的手机号", "电话138****5678", "body", 3),
    ]
    page = render_form(
        doc,
        status,
        findings=findings,
        agency="某某市人民政府办公室",
        reviewer_titles={"张敏": "新媒体编辑"},
        file_problems=["a3.json: 签名与内容不符 [bad_signature]"],
    )
    assert "关于&lt;植树&gt;的通知 &amp; 安排" in page
    assert "共 2 项：阻止发布 1 项，需要复核 0 项，已自动修正 1 项" in page
    assert page.index("<td>阻止发布</td>") < page.index("<td>已自动修正</td>")
    assert "personal.mobile" in page
    assert "电话138****5678" in page
    assert "新媒体编辑" in page
    assert "第1级 初审" in page
    assert "第2级 终审" in page
    assert "待审核：王芳 或 赵磊" in page
    assert "审核未完成，不得发布。共 2 个问题" in page
    assert "a3.json" in page
    assert "missing_approval = 缺少审核" in page
    for loader in ("src=", "href=", "<script", "@import", "url("):
        assert loader not in page


def test_form_says_when_checks_did_not_run_or_found_nothing(
    post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    approvals = [sign(post, "张敏", "editor"), sign(post, "王芳", "director", minutes=9)]
    status = policy.evaluate(post, approvals, now=NOW)
    assert "未运行合规检查" in render_form(post, status)
    complete = render_form(post, status, findings=[])
    assert "未发现问题" in complete
    assert "审核完成：2 级审核均已通过，可以发布" in complete
    assert complete.count("<td>✓</td>") == 10
