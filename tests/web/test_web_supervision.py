"""The supervisors' page: freeze and unfreeze (with a reason, audited), audit verification."""

from __future__ import annotations

from collections.abc import Callable

from govpub.demo.workspace import Workspace
from govpub.ledger.stores import open_matrix_ledger
from tests.web.conftest import DIRECTOR, TestClient

Client = Callable[[str], tuple[TestClient, str]]


def test_freeze_and_unfreeze(signed_in: Client, workspace: Workspace) -> None:
    director, csrf = signed_in(DIRECTOR)
    page = director.get("/admin").text
    assert 'id="not-frozen"' in page
    assert 'id="audit-ok"' in page
    assert director.post("/admin/freeze", data={"csrf": csrf, "reason": " "}).status_code == 400
    assert director.post("/admin/freeze", data={"csrf": csrf, "reason": "演练"}).status_code == 303
    page = director.get("/admin").text
    assert 'id="frozen"' in page
    assert "演练" in page
    assert director.post("/admin/unfreeze", data={"csrf": csrf}).status_code == 303
    assert 'id="not-frozen"' in director.get("/admin").text
    ledger = open_matrix_ledger(workspace.matrix, read_only=True)
    try:
        records = [(r.actor, r.action) for r in ledger.trail.iter_records()]
    finally:
        ledger.close()
    assert (DIRECTOR, "web.signin") in records
    assert (DIRECTOR, "matrix.frozen") in records
    assert (DIRECTOR, "matrix.unfrozen") in records


def test_the_supervisors_report_is_served_sandboxed(signed_in: Client) -> None:
    director, _csrf = signed_in(DIRECTOR)
    report = director.get("/admin/report")
    assert report.status_code == 200
    assert report.headers["content-security-policy"].startswith("sandbox;")
    assert "<script" not in report.text.lower()
    assert 'src="/admin/report"' in director.get("/admin").text
