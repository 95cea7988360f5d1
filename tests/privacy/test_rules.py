"""The rules registry is sound (every rule placed somewhere or listed as not shown, every
placement names known rules) and the trainer checklist says exactly what the registry says."""

from __future__ import annotations

import html
import json

from tightrope.cli import main as cli
from tightrope.privacy import checklist, rules


def test_the_registry_is_sound():
    assert rules.problems() == []
    for r in rules.RULES:
        assert r.law in rules.LAWS
        assert r.reference and r.title and r.text.endswith(".")
        placed = rules.placements_of(r.id)
        assert placed or r.id in rules.NOT_SHOWN, r.id
        assert not (placed and r.id in rules.NOT_SHOWN), r.id


def test_the_checks_find_each_kind_of_fault(monkeypatch):
    broken = rules.Placement("x.y", "where", "demo", ("gdpr-99",))
    monkeypatch.setattr(rules, "PLACEMENTS", (*rules.PLACEMENTS, broken))
    monkeypatch.setattr(rules, "NOT_SHOWN", {**rules.NOT_SHOWN, "gdpr-17": "placed too"})
    found = rules.problems()
    assert "placement 'x.y' names unknown rule 'gdpr-99'" in found
    assert "rule 'gdpr-17' is both placed and listed as not shown" in found
    monkeypatch.setattr(
        rules, "PLACEMENTS", tuple(p for p in rules.PLACEMENTS if "ccpa-120" not in p.rules)
    )
    assert "rule 'ccpa-120' is neither placed nor listed as not shown" in rules.problems()


def test_the_issue_s_rules_are_there():
    """Every rule issue #20 names is in the registry, under its law."""
    refs = {r.reference for r in rules.RULES}
    for ref in (
        "DSA Art. 27(1)-(2)",
        "DSA Art. 27(3)",
        "DSA Art. 38",
        "DSA Art. 25(1)",
        "GDPR Art. 7(3)",
        "GDPR Art. 16",
        "CCPA Regulations \u00a77025",
        "DSA Art. 28",
        "GDPR Art. 22",
        "CCPA Regulations \u00a77004(a)(2)",
        "Cal. Civ. Code \u00a71798.106",
    ):
        assert ref in refs, ref


def test_the_checklist_equals_the_registry():
    entries = rules.checklist()
    assert [e.rule for e in entries] == sorted(rules.RULES, key=lambda r: rules.LAWS.index(r.law))
    page = checklist.render_html()
    text = checklist.render_text()
    for e in entries:
        assert html.escape(e.rule.reference, quote=False) in page and e.rule.reference in text
        assert html.escape(e.rule.text, quote=False) in page and e.rule.text in text
        expected = [(p.where, p.demo, p.kind, p.pending) for p in rules.placements_of(e.rule.id)]
        assert list(e.places) == expected
        for where, demo, _kind, _pending in e.places:
            assert html.escape(demo, quote=False) in page and f"{where}" in text
        if e.rule.id in rules.NOT_SHOWN:
            assert e.not_shown == rules.NOT_SHOWN[e.rule.id] and e.not_shown in text
    assert page.count("\u2610") == len(rules.RULES)  # one box to tick per rule
    pending = [p for p in rules.PLACEMENTS if p.pending]
    assert text.count("(coming with issue #20 items 1-5)") == sum(len(p.rules) for p in pending)


def test_tightrope_rules_prints_and_writes(tmp_path, capsys):
    assert cli.main(["rules"]) == 0
    assert capsys.readouterr().out == checklist.render_text()
    assert cli.main(["rules", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == json.loads(json.dumps(rules.to_json()))
    assert {r["id"] for r in data["rules"]} == set(rules.RULES_BY_ID)
    out = tmp_path / "checklist.html"
    assert cli.main(["rules", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == checklist.render_html()
    assert (out.stat().st_mode & 0o777) == 0o600


def test_a_wrong_file_type_is_named(tmp_path, capsys):
    assert cli.main(["rules", "--out", str(tmp_path / "checklist.docx")]) == 1
    err = capsys.readouterr().err
    assert "--out must end in .pdf or .html, not 'checklist.docx'" in err
    assert not (tmp_path / "checklist.docx").exists()
