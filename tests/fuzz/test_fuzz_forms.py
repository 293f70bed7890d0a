"""Form definitions (YAML, also what update packs carry), shared choice lists, follow-up
rules (JSON), answers given to a form (``visit add --answers FILE``) and the expression
language, on hostile input: a FormError / ValidationError / ExpressionError, nothing else,
in bounded time and memory. (tests/forms/test_forms_expressions.py fuzzes the expression
parser with random text and token soup; here expressions are built from the grammar and
evaluated against hostile values.)"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from inspector_desk.core.rules import FollowUpRules
from inspector_desk.forms import FormContext, FormRegistry
from inspector_desk.forms.expressions import Checker, FieldInfo, evaluate, parse
from inspector_desk.forms.paths import default_forms_dir
from inspector_desk.paths import resource_dir
from tests.fuzz.harness import (
    MiB,
    apply_edits,
    byte_edits,
    call,
    fuzz_settings,
    json_values,
    mutate_json,
)

FORMS = sorted(p for p in default_forms_dir().glob("*.v*.yaml"))
CHOICES = sorted((default_forms_dir() / "choices").glob("*.yaml"))


@cache
def base_registry() -> FormRegistry:
    return FormRegistry.from_directory(default_forms_dir())


def _load_form(text: str):
    """What an update pack's form goes through: a scratch registry with the shared lists."""
    return FormRegistry(base_registry().shared_choices).add_definition(text, source="fuzz")


def _load_choices(text: str):
    return FormRegistry().add_choice_list(text, source="fuzz")


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


@fuzz_settings(ci=60)
@given(path=st.sampled_from(FORMS), edits=byte_edits())
def test_form_yaml_byte_mutations(path: Path, edits):
    text = _text(apply_edits(path.read_bytes(), edits))
    call("form.yaml_bytes", lambda: _load_form(text), size=len(text))


@fuzz_settings(ci=80)
@given(path=st.sampled_from(FORMS), data=st.data())
def test_form_structure_mutations(path: Path, data):
    """Field-level edits of the parsed definition (types, ids, expressions, choices,
    scoring), written back as YAML."""
    tree = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
    tree = mutate_json(data, tree, max_edits=4)
    text = yaml.safe_dump(tree, allow_unicode=True)
    call("form.structure", lambda: _load_form(text), size=len(text))


@fuzz_settings(ci=60)
@given(text=st.one_of(
    st.text(max_size=2000),
    st.sampled_from(["[" * 3000, "{a: " * 3000, "a: &a [*a, *a]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b, *b]",
                     "!!python/object/apply:os.system ['echo hi']", "%YAML 9.9\n---\na: 1",
                     "a: !!binary AAAA", "? [1, 2]\n: x", "---\na: 1\n---\nb: 2", "\ufeffid: x",
                     "id: x\nid: y", "a: 0o777777777777777777777777777777",
                     # found by atheris: "09" matched the integer pattern, then failed as octal
                     "09", "code: 08", "a: 2026-13-45", "a: !!bool maybe", "a: !!float x",
                     "a: !!int 0x1G", "a: !!timestamp 2026-02-30T25:61:61"]),
))
def test_form_arbitrary_text(text: str):
    call("form.arbitrary", lambda: _load_form(text), size=len(text.encode()))
    call("choices.arbitrary", lambda: _load_choices(text), size=len(text.encode()))


def test_yaml_alias_bomb_and_deep_nesting_are_bounded():
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi"))
    for name, text in (("laughs", laughs), ("deep", "[" * 50_000), ("deep-map", "a: {" * 20_000),
                       ("long", "a: " + "x" * 1_999_000),
                       ("deep-block", "".join(" " * i + "a:\n" for i in range(2000))), ("too long", "x" * 2_000_001)):
        out = call("form.bombs", lambda text=text: _load_form(text), size=len(text), bound=64 * MiB + 24 * len(text))
        assert isinstance(out, Exception), name


@fuzz_settings(ci=50)
@given(path=st.sampled_from(CHOICES), data=st.data())
def test_choice_list_mutations(path: Path, data):
    if data.draw(st.booleans(), label="bytes"):
        text = _text(apply_edits(path.read_bytes(), data.draw(byte_edits(), label="edits")))
    else:
        tree = mutate_json(data, yaml.safe_load(path.read_text(encoding="utf-8")))
        text = yaml.safe_dump(tree, allow_unicode=True)
    call("choices.mutations", lambda: _load_choices(text), size=len(text))


RULES = json.loads((resource_dir() / "rules" / "followup.json").read_text(encoding="utf-8"))


def _rules(raw: bytes):
    """What an update pack's rules go through on the device (sync/apply_update.py) and
    what ``inspector-desk-hq update --rules`` checks."""
    return FollowUpRules.from_mapping(json.loads(raw))


@fuzz_settings(ci=80)
@given(data=st.data())
def test_followup_rules_mutations(data):
    if data.draw(st.booleans(), label="bytes"):
        raw = apply_edits(json.dumps(RULES).encode(), data.draw(byte_edits(), label="edits"))
        fn = lambda: _load_rules_text(raw)
    else:
        doc = mutate_json(data, RULES, max_edits=4)
        fn = lambda: FollowUpRules.from_mapping(doc)
    rules = call("rules.mutations", fn, size=len(json.dumps(RULES)))
    if isinstance(rules, FollowUpRules):  # accepted rules are usable: a due date for a case
        call("rules.use", lambda: _use_rules(rules), size=0)


def _load_rules_text(raw: bytes):
    from inspector_desk.core.errors import ValidationError
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:  # the device refuses an unparsable file before from_mapping
        raise ValidationError("not JSON") from None
    return FollowUpRules.from_mapping(data)


def _use_rules(rules: FollowUpRules):
    from inspector_desk.core.records import FamilyCase, Measure

    case = FamilyCase(id="c", case_no="K-1", opened_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                      risk_level="high") if _has_fields(FamilyCase) else None
    if case is None:
        return None
    measure = Measure(id="m", case_id="c", kind="protective_order", status="active",
                      valid_from=dt.date(2026, 1, 1), valid_to=dt.date(2026, 2, 1))
    return rules.next_due(case, [], [], [measure]), rules.default_order_end(dt.date(2026, 1, 1))


def _has_fields(cls) -> bool:
    from dataclasses import fields
    names = {f.name for f in fields(cls)}
    return {"id", "case_no", "opened_at", "risk_level"} <= names


# --- expressions -------------------------------------------------------------------------------

FIELDS = {"n": "number", "d": "number", "t": "text", "day": "date", "moment": "datetime",
          "m": "list", "yn": "text", "empty": "number"}
HOSTILE = {"n": [0, -1, 10 ** 17, -(10 ** 17), 999999999999999999],
           "d": [Decimal("1e-30"), Decimal("9.99e17"), Decimal("-0.0000001")],
           "t": ["", "x" * 10_000, "'", "\u0000", "ә"],
           "day": [dt.date.min, dt.date.max, dt.date(2026, 2, 28)],
           "moment": [dt.datetime.min, dt.datetime.max, dt.datetime(2026, 1, 1, 23, 59)],
           "m": [[], ["x"] * 1000, ["yes", "no"]], "yn": ["yes", "no", "unknown"], "empty": [None]}
FUNCS = ["if", "coalesce", "length", "is_empty", "days_between", "years_between", "count_selected",
         "selected", "date", "count_yes", "today", "now"]


def expressions(depth: int = 4) -> st.SearchStrategy[str]:
    atom = st.one_of(st.sampled_from([f"${{{f}}}" for f in FIELDS] + ["."]),
                     st.integers(-10 ** 18, 10 ** 18).map(str),
                     st.sampled_from(["0.5", "1e5", "'x'", "''", "'2026-02-30'", "'9999-12-31'", "true",
                                      "false", "null", "999999999999999999", "0.0000000000000001"]))

    def extend(inner):
        op = st.sampled_from(["+", "-", "*", "/", "=", "!=", "<", "<=", ">", ">=", "and", "or"])
        return st.one_of(
            st.tuples(inner, op, inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
            inner.map(lambda e: f"not {e}"), inner.map(lambda e: f"-{e}"),
            st.tuples(st.sampled_from(FUNCS), st.lists(inner, max_size=3)).map(
                lambda t: f"{t[0]}({', '.join(t[1])})"))

    return st.recursive(atom, extend, max_leaves=12)


class _Scope:
    def __init__(self, values, current):
        self.values, self._current = values, current
        self.today, self.now = dt.date(2026, 3, 10), dt.datetime(2026, 3, 10, 16, 0)

    def field(self, name, position):
        return self.values.get(name)

    def current(self, position):
        return self._current

    def yes_no_values(self, position):
        return [v for k, v in self.values.items() if k == "yn"]


@fuzz_settings(ci=300)
@given(text=expressions(), data=st.data())
def test_expressions_from_the_grammar_with_hostile_values(text, data):
    values = {k: data.draw(st.sampled_from(v), label=k) for k, v in HOSTILE.items()}
    current = data.draw(st.sampled_from([None, 10 ** 17, "x", dt.date.max]), label="current")

    def run():
        tree = parse(text)
        try:
            Checker({k: FieldInfo(v) for k, v in FIELDS.items()}, current=FieldInfo("number")).check(tree)
        except Exception as exc:
            from inspector_desk.core.errors import ExpressionError
            if not isinstance(exc, ExpressionError):
                raise
        return evaluate(tree, _Scope(values, current))

    call("expression.grammar", run, size=len(text), limit_s=1.0, bound=8 * MiB)


# --- answers given to a form --------------------------------------------------------------------


CONTEXT = FormContext(today=dt.date(2026, 3, 10), now=dt.datetime(2026, 3, 10, 16, 0), persons={})


def _sample(form_id: str) -> dict:
    samples = default_forms_dir() / "samples"
    for p in sorted(samples.glob(f"{form_id}*")):
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            continue
        if isinstance(data, dict):
            return json.loads(json.dumps(data.get("answers", data), default=str))
    return {}


@fuzz_settings(ci=80)
@given(form_id=st.sampled_from(["prevention_visit", "incident_report", "protective_measure", "referral",
                                "risk_checklist"]), data=st.data())
def test_answers_from_a_file(form_id, data):
    """``inspector-desk visit add --answers FILE``: any JSON value is checked by the form and
    refused with field messages, never a crash."""
    form = base_registry().get(form_id)
    if data.draw(st.booleans(), label="from a sample"):
        answers = mutate_json(data, _sample(form_id) or {"x": 1}, max_edits=4)
    else:
        answers = data.draw(st.one_of(json_values(), st.dictionaries(
            st.sampled_from([f.id for f in form.fields()] + ["x"]), json_values(), max_size=12)))

    def run():
        from inspector_desk.core.errors import ValidationError
        if not isinstance(answers, dict):
            raise ValidationError("answers must be an object")  # what the service does first
        problems = form.validate(answers, CONTEXT)
        form.compute(answers, CONTEXT)
        form.relevant_fields(answers, CONTEXT)
        return problems

    call("answers.form", run, size=len(json.dumps(answers, default=str)), bound=16 * MiB)


def test_answers_reach_the_service_as_a_typed_refusal(world):
    """The same through the desk's service (what the command line calls)."""
    from inspector_desk.core.errors import InspectorDeskError
    from inspector_desk.core.records import FamilyCase

    session = world.devices["bundle"]
    case = session.store.find(FamilyCase)[0]
    for answers in ([], "x", None, 5, {"visit_at": 5}, {"visit_at": "9999-99-99"}, {"x" * 1000: [None] * 100},
                    {"visit_kind": {"a": 1}}):
        out = call("answers.service", lambda a=answers: session.services.records.record_visit(case.id, a), size=100)
        assert isinstance(out, InspectorDeskError), answers
