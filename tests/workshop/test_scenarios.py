"""Scenarios and task lists: every shipped file loads; broken files name file, line, field;
every shipped script's claims and names hold in a shop that plays it (scenario_check)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers import REPO
from tightrope.cli import main as cli
from tightrope.operations import retention as retention_ops
from tightrope.workshop import scenario_check, scenarios, tasks
from tightrope.workshop.scenarios import CLAIMS, TARGETS, ScenarioError
from tightrope.workshop.tasks import TaskFileError


def test_every_shipped_scenario_loads(catalog):
    found = scenarios.list_scenarios(catalog)
    assert len(found) >= 4
    titles = {s.title for s in found}
    assert {
        "Why am I seeing this?",
        "The store guessed too much",
        "Take back control",
        "Expiry and minimization",
    } <= titles
    for s in found:
        assert s.steps and all(step.say for step in s.steps)
        assert s.personas, f"{s.id} sets no scene"
        assert all(step.point_at in ("", *TARGETS) for step in s.steps)
    guessed = next(s for s in found if s.id == "the-store-guessed-too-much")
    assert "expecting-parent" in guessed.personas


def test_shipped_task_list_has_five_tasks_and_a_questionnaire():
    task_list = tasks.load("sample-study")
    assert len(task_list.tasks) == 5
    assert task_list.questionnaire.points == 7
    assert {"control", "trust", "creepiness"} <= {q.id for q in task_list.questionnaire.questions}


def _broken(tmp_path: Path, name: str, edit) -> Path:
    raw = json.loads((scenarios.shipped_dir() / f"{name}.json").read_text(encoding="utf-8"))
    edit(raw)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "field", "words"),
    [
        (lambda r: r["steps"][2].update(point_at="nowhere"), "steps[2].point_at", "unknown target"),
        (
            lambda r: r["steps"][0]["actions"][0].update(persona="nobody"),
            "steps[0].actions[0].persona",
            "unknown persona",
        ),
        (
            lambda r: r["steps"][2]["actions"][0].update(product="no-such-thing"),
            "steps[2].actions[0].product",
            "unknown product",
        ),
        (lambda r: r["steps"][1].pop("say"), "steps[1].say", "missing"),
        (
            lambda r: r["steps"][0]["actions"].append({"do": "dance"}),
            "steps[0].actions[2].do",
            "unknown action",
        ),
        (lambda r: r.update(minutes=0), "minutes", "whole number"),
        (
            lambda r: r["steps"][3]["expect"].__setitem__(0, {"ranked": "freeze-dried-chili"}),
            "steps[3].expect[0].ranked",
            "unknown claim 'ranked'",
        ),
        (
            lambda r: r["steps"][1]["expect"][0].update(at_most=2),
            "steps[1].expect[0].at_most",
            "a 'first_card' claim has no 'at_most'",
        ),
        (
            lambda r: r["steps"][3]["expect"][0].update(at_most=4),
            "steps[3].expect[0].at_most",
            "whole number from 1 to 3",
        ),
        (
            lambda r: r["steps"][3]["expect"][0].update(counterfactual="no-such-thing"),
            "steps[3].expect[0].counterfactual",
            "unknown product",
        ),
        (
            lambda r: r["steps"][2]["expect"][0].update({"from": ["profile", "friends"]}),
            "steps[2].expect[0].from",
            "must list reason sources",
        ),
        (
            lambda r: r["steps"][1]["expect"][0].update(recommended="freeze-dried-chili"),
            "steps[1].expect[0].recommended",
            "a claim states one thing",
        ),
        (
            lambda r: r["steps"][4]["actions"].append({"do": "forget_topic", "category": "baby"}),
            "steps[4].actions[2].category",
            "unknown category",
        ),
    ],
)
def test_broken_scenario_names_file_line_and_field(tmp_path, catalog, edit, field, words):
    path = _broken(tmp_path, "why-am-i-seeing-this", edit)
    with pytest.raises(ScenarioError) as info:
        scenarios.load(path, catalog)
    err = info.value
    assert err.file and err.file.endswith("why-am-i-seeing-this.json")
    assert err.field == field
    assert words in err.problem
    lines = path.read_text(encoding="utf-8").splitlines()
    key = field.split(".")[-1].split("[")[0]
    if words != "missing":
        assert key in lines[err.line - 1], (err.line, lines[err.line - 1])
    assert str(err).startswith(f"{err.file}, line {err.line}, {field}: ")


def test_invalid_json_scenario_names_line(tmp_path, catalog):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "format": 1,\n  "id": "bad"\n  "title": "x"\n}\n', encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"bad\.json, line 4: not valid JSON"):
        scenarios.load(path, catalog)


def test_broken_task_list_names_file_line_and_field(tmp_path):
    folder = tmp_path / "tasks"
    folder.mkdir()
    shutil.copytree(tasks.questionnaires_dir(), tmp_path / "questionnaires")
    raw = json.loads((tasks.tasks_dir() / "sample-study.json").read_text(encoding="utf-8"))
    raw["tasks"][3]["id"] = raw["tasks"][1]["id"]
    path = folder / "sample-study.json"
    path.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    with pytest.raises(TaskFileError) as info:
        tasks.load(path)
    assert info.value.field == "tasks[3].id" and "used twice" in info.value.problem
    raw = json.loads((tmp_path / "questionnaires" / "post-task.json").read_text(encoding="utf-8"))
    raw["scale"]["points"] = 1
    (tmp_path / "questionnaires" / "post-task.json").write_text(json.dumps(raw, indent=2))
    with pytest.raises(TaskFileError) as info:
        tasks.load_questionnaire_file(tmp_path / "questionnaires" / "post-task.json")
    assert info.value.field == "scale.points"


def test_schema_lists_match_the_loader():
    schema = json.loads((REPO / "docs/schemas/scenario.schema.json").read_text(encoding="utf-8"))
    assert set(schema["required"]) == set(scenarios.TOP_LEVEL_REQUIRED)
    assert set(schema["properties"]) == set(
        scenarios.TOP_LEVEL_REQUIRED + scenarios.TOP_LEVEL_OPTIONAL
    )
    step = schema["$defs"]["step"]
    assert set(step["properties"]["point_at"]["enum"]) == set(TARGETS)
    assert set(schema["$defs"]["action"]["properties"]["do"]["enum"]) == set(scenarios.ACTIONS)
    assert "expect" in step["properties"]
    claims = schema["$defs"]["claim"]["oneOf"]
    assert {key for c in claims for key in c["required"]} == set(CLAIMS)
    for c in claims:
        (kind,) = c["required"]
        assert set(c["properties"]) == {kind, *CLAIMS[kind][1]}, kind
    tschema = json.loads((REPO / "docs/schemas/tasks.schema.json").read_text(encoding="utf-8"))
    assert set(tschema["required"]) == set(tasks.TASKS_REQUIRED)


def test_docs_mention_every_scenario_and_target():
    text = (REPO / "docs/workshop.md").read_text(encoding="utf-8")
    for s in scenarios.list_scenarios():
        assert s.id in text
    for target in TARGETS:
        assert f"`{target}`" in text
    for action in scenarios.ACTIONS:
        assert f"`{action}`" in text
    for claim in CLAIMS:
        assert f'`{{"{claim}": ' in text, claim


def test_cli_scenario_list_and_show(capsys):
    assert cli.main(["scenario", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert next(s["id"] for s in listed) == "why-am-i-seeing-this"
    assert cli.main(["scenario", "show", "take-back-control"]) == 0
    out = capsys.readouterr().out
    assert "1/5" in out and "Say:" in out
    assert cli.main(["scenario", "show", "nope"]) == 1
    assert "There is no scenario 'nope'" in capsys.readouterr().err


# --- claims and names, checked by playing the scenario -------------------------------------


@pytest.fixture(scope="module")
def shipped(catalog):
    return {s.id: s for s in scenarios.list_scenarios(catalog)}


def _check(path: Path, catalog, community) -> scenario_check.Report:
    return scenario_check.check(scenarios.load(path, catalog), catalog, community)


def test_every_shipped_scenario_holds_what_it_claims(shipped, catalog, community):
    for scenario in shipped.values():
        report = scenario_check.check(scenario, catalog, community)
        assert report.ok, "\n".join(str(f) for f in report.failures)
        assert report.claims >= 5, f"{scenario.id} pins too little of what it says"
        assert report.summary().startswith(f"OK {scenario.id}: ")


# What a step points at promises something the room will see: the step must claim it.
PROMISE = {
    "productCard": {"first_card"},
    "whyButton": {"first_card"},
    "whyCounterfactual": {"counterfactual", "no_counterfactual"},
    "whyBanner": {"receipt"},
    "scenarioResult": {"receipt"},
    "whyRows": {"reasons", "not_personal"},
}


def test_shipped_steps_claim_what_they_point_at(shipped):
    for scenario in shipped.values():
        for n, step in enumerate(scenario.steps, start=1):
            wanted = PROMISE.get(step.point_at)
            if wanted:
                kinds = {c.kind for c in step.expect}
                assert kinds & wanted, f"{scenario.id} step {n} points at {step.point_at} unclaimed"


def test_shipped_scripts_call_the_shoppers_by_their_persona_names(shipped):
    texts = " ".join(step.say for s in shipped.values() for step in s.steps)
    for invented in ("Jordan", "Riley", "Alex"):
        assert invented not in texts
    assert shipped["the-store-guessed-too-much"].steps[0].say.startswith("Jess ")
    assert "Ana" in shipped["take-back-control"].steps[0].say
    assert "Priya" in shipped["expiry-and-minimization"].steps[0].say


def _edited(tmp_path: Path, name: str, edit) -> Path:
    return _broken(tmp_path, name, edit)


def _line_of(path: Path, needle: str) -> int:
    return next(
        i
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if needle in line
    )


def test_a_wrong_name_is_reported_with_file_line_and_step(tmp_path, catalog, community):
    def edit(raw):
        say = raw["steps"][0]["say"]
        raw["steps"][0]["say"] = say.replace("logged in as Sam", "logged in as Priya")
        raw["summary"] = raw["summary"].replace("Meet Sam", "Meet Jess")

    path = _edited(tmp_path, "why-am-i-seeing-this", edit)
    failures = [str(f) for f in _check(path, catalog, community).failures]
    say = _line_of(path, "logged in as Priya")
    summary = _line_of(path, '"summary": "Meet Jess')
    assert failures == [
        f"{path}, line {summary}, summary: the summary names Jess, but the scenario loads "
        "Sam (outdoor-enthusiast).",
        f"{path}, line {say}, step 1 ('Meet the shopper'): steps[0].say names Priya, but the "
        "shopper loaded is Sam (outdoor-enthusiast).",
    ]


def test_an_invented_name_is_caught_where_the_persona_is_loaded(tmp_path, catalog, community):
    """The issue's 'Jordan': not a persona, but the step that loads Jess never names her."""

    def edit(raw):
        for step in raw["steps"]:
            step["say"] = step["say"].replace("Jess", "Jordan")
            if "ask" in step:
                step["ask"] = step["ask"].replace("Jess", "Jordan")

    path = _edited(tmp_path, "the-store-guessed-too-much", edit)
    failures = [str(f) for f in _check(path, catalog, community).failures]
    step = _line_of(path, '"title": "An ordinary basket"') - 1  # the step's opening brace
    assert failures == [
        f"{path}, line {step}, step 1 ('An ordinary basket'): steps[0] loads Jess "
        "(expecting-parent), but its text never says Jess."
    ]


def test_false_claims_say_what_the_shop_shows_instead(tmp_path, catalog, community):
    def edit(raw):
        step = raw["steps"][1]  # zinc: resting on a pattern, no small set takes it out
        step["expect"] = [
            {"counterfactual": "zinc-15mg"},
            {"first_card": "zinc-15mg"},
            {"reasons": "zinc-15mg", "at_most": 2},
            {"not_personal": "zinc-15mg"},
        ]

    path = _edited(tmp_path, "the-store-guessed-too-much", edit)
    failures = [str(f) for f in _check(path, catalog, community).failures]
    line = _line_of(path, '"counterfactual": "zinc-15mg"')
    head = f"{path}, line {line}, step 2 ('Shoppers like you'): steps[1].expect"
    assert failures[0] == (
        f"{head}[0] expects that forgetting at most 3 data points takes zinc-15mg out of the "
        "recommendations, but the panel says \u201cNo set of up to 3 of your data points takes "
        "Zinc 15 mg (90 tablets) out of your recommendations; it rests on 8 data points and "
        "non-personal reasons.\u201d."
    )
    assert failures[1].startswith(f"{path}, line ")
    assert failures[1].endswith(
        "steps[1].expect[1] expects that zinc-15mg is the first card on the home page, but the "
        "first card of 'Recommended for you' is Unscented Body Lotion (unscented-body-lotion)."
    )
    assert failures[2].endswith("but it has 11 reasons.")
    assert "of its reasons rest on personal data (e.g. \u201cShoppers like you:" in failures[3]
    assert len(failures) == 4


def test_a_forget_that_did_not_happen_fails_its_claims(tmp_path, catalog, community):
    def edit(raw):
        del raw["steps"][3]["actions"]  # the facilitator forgot to forget

    path = _edited(tmp_path, "take-back-control", edit)
    failures = [str(f) for f in _check(path, catalog, community).failures]
    assert any(
        f.endswith(
            "expects that the step's actions deleted data with a receipt, but its "
            "actions deleted nothing."
        )
        for f in failures
    )
    topic = [f for f in failures if "concerns the topic pregnancy-baby" in f]
    assert len(topic) == 2  # step 4 and step 5 both claim it
    assert "but 48 stored data points concern it (e.g. \u201cYou" in topic[0]
    assert any(
        "expects that compact-travel-stroller is not recommended, but it is #1" in f
        for f in failures
    )


def test_claims_are_checked_after_each_steps_actions(tmp_path, catalog, community):
    """An expiry claims its receipt; without the clock moving there is none, and the olive
    oil still rests on Priya's searches and purchases."""

    def edit(raw):
        raw["steps"][2]["actions"] = [{"do": "open_why", "product": "extra-virgin-olive-oil"}]

    path = _edited(tmp_path, "expiry-and-minimization", edit)
    failures = [str(f) for f in _check(path, catalog, community).failures]
    assert "step 3 ('Three months later')" in failures[0]
    assert failures[0].endswith("but its actions deleted nothing.")
    assert failures[1].endswith("but its reasons come from activity, community, popular, profile.")


def test_cli_scenario_check(tmp_path, capsys):
    assert cli.main(["scenario", "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(scenarios.list_scenarios()) == 5 and all(
        line.startswith("OK ") for line in out
    )
    assert cli.main(["scenario", "check", "take-back-control", "--json"]) == 0
    (report,) = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["claims"] == 10 and report["failures"] == []

    path = _broken(
        tmp_path, "why-am-i-seeing-this", lambda r: r["steps"][3]["expect"][0].update(at_most=1)
    )
    assert cli.main(["scenario", "check", str(path)]) == 1
    captured = capsys.readouterr()
    line = _line_of(path, '"counterfactual"')
    assert captured.out == ""
    assert captured.err == (
        f"tightrope: {path}, line {line}, step 4 ('What would "
        "change it'): steps[3].expect[0] expects that forgetting at most 1 data point takes "
        "freeze-dried-chili out of the recommendations, and speed-jump-rope takes its place, but "
        "the smallest such set has 2 data points.\n"
    )

    path = _broken(
        tmp_path,
        "take-back-control",
        lambda r: r["steps"][1]["expect"].append({"ranked": "olive-tree"}),
    )
    assert cli.main(["scenario", "check", str(path)]) == 1
    assert "steps[1].expect[2].ranked: unknown claim 'ranked'" in capsys.readouterr().err
    assert cli.main(["scenario", "check", "nope"]) == 1
    assert "There is no scenario 'nope'" in capsys.readouterr().err


def test_cli_scenario_show_lists_the_claims(capsys):
    assert cli.main(["scenario", "show", "why-am-i-seeing-this"]) == 0
    out = capsys.readouterr().out
    assert (
        "Expect: forgetting at most 3 data points takes freeze-dried-chili out of the "
        "recommendations, and speed-jump-rope takes its place"
    ) in out
    assert cli.main(["scenario", "show", "why-am-i-seeing-this", "--json"]) == 0
    steps = json.loads(capsys.readouterr().out)["steps"]
    assert steps[3]["expect"] == [
        {"counterfactual": "freeze-dried-chili", "at_most": 3, "replaced_by": "speed-jump-rope"}
    ]


def test_a_persona_load_starts_from_real_time(services):
    """Issue #17: after "Expiry and minimization" moved the clock a year ahead, the next
    persona's data was dated a year in the future. A scenario's (or the menu's) persona load
    puts the clock back to real time first; its sentence says so."""
    from datetime import timedelta

    from tests.helpers import NOW
    from tightrope.workshop import personas, scenario_actions

    store = services.store
    retention_ops.advance_clock(store, 365)
    outcome = scenario_actions.load_persona(services, "home-cook")
    assert store.clock.offset_days == 0 and store.get_meta("clock_offset_days") == "0.0"
    assert outcome.text.endswith("The shop's clock, 365 days ahead, is back to real time.")
    assert max(d.collected_at for d in store.datums()) <= NOW
    assert min(d.collected_at for d in store.datums()) > NOW - timedelta(days=730)
    again = scenario_actions.load_persona(services, "privacy-minimalist")
    assert "clock" not in again.text
    # the question before the next load names who was loaded last
    assert personas.last_loaded(store).id == "privacy-minimalist"


def test_the_replace_question_names_the_persona_loaded_last(catalog):
    from tightrope.cli.workshop import consent_summary, replace_message
    from tightrope.workshop import personas

    sam = personas.load("outdoor-enthusiast", catalog)
    lena = personas.load("privacy-minimalist", catalog)
    assert replace_message(lena, 12, sam) == (
        f"This replaces the 12 data points stored now (Sam was loaded last) with Lena's "
        f"{len(lena.data)} and sets consent to Lena's ({consent_summary(lena)})."
    )
    assert replace_message(lena, 12).startswith("This replaces the 12 data points stored now with")
