import pytest
from hypothesis import given
from hypothesis import strategies as st

from saring.document import Document
from saring.step import Drop
from saring.steps.keep import Keep, KeepOptions


def keep(*rules: dict) -> Keep:
    return Keep(KeepOptions.model_validate({"rules": list(rules)}))


def test_first_failing_rule_names_the_reason_and_the_value():
    step = keep({"reason": "lang_not_id", "field": "language", "in": ["ind"]},
                {"reason": "too_short", "field": "quality.word_count", "min": 50})
    result = step.process(Document("d", "x", {"language": "jav", "quality": {"word_count": 10}}))
    assert result == Drop("lang_not_id", {"field": "language", "value": "jav"})
    result = step.process(Document("d", "x", {"language": "ind", "quality": {"word_count": 10}}))
    assert result == Drop("too_short", {"field": "quality.word_count", "value": 10})


def test_missing_values_keep_unless_told_to_drop():
    document = Document("d", "x", {})
    assert isinstance(keep({"reason": "r", "field": "a.b", "max": 1}).process(document), Document)
    dropped = keep({"reason": "r", "field": "a.b", "max": 1, "missing": "drop"}).process(document)
    assert dropped == Drop("r", {"field": "a.b", "value": None})


def test_not_in_and_equals():
    step = keep({"reason": "blocked", "field": "source", "not_in": ["spam.example"]},
                {"reason": "not_html", "field": "html", "equals": False})
    assert step.process(Document("d", "x", {"source": "spam.example"})).reason == "blocked"
    assert step.process(Document("d", "x", {"source": "kompas.com", "html": True})).reason == "not_html"
    assert isinstance(step.process(Document("d", "x", {"source": "kompas.com", "html": False})), Document)


def test_retuning_a_threshold_reuses_the_scores():
    scored = Document("d", "x", {"spam": {"judol": 0.45}})
    assert isinstance(keep({"reason": "judol_spam", "field": "spam.judol", "max": 0.5}).process(scored), Document)
    assert keep({"reason": "judol_spam", "field": "spam.judol", "max": 0.4}).process(scored).reason == "judol_spam"


# The fast check (every rule passes, proved with a few C-level calls) must agree with the rules
# checked one by one: the reference below is the rule semantics written out plainly.
def reference(rules: list[dict], metadata: dict) -> Document | Drop:
    for rule in rules:
        value = metadata.get(rule["field"].split(".")[0])
        for part in rule["field"].split(".")[1:]:
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            if rule.get("missing") == "drop":
                return Drop(rule["reason"], {"field": rule["field"], "value": None})
            continue
        if (
            ("min" in rule and value < rule["min"])
            or ("max" in rule and value > rule["max"])
            or ("in" in rule and value not in rule["in"])
            or ("not_in" in rule and value in rule["not_in"])
            or ("equals" in rule and value != rule["equals"])
        ):
            return Drop(rule["reason"], {"field": rule["field"], "value": value})
    return KEPT


KEPT = Document("kept", "", {})
FIELDS = ["score", "language", "quality.a", "quality.b", "quality.c", "spam.judol", "deep.x.y"]
NUMBER = st.one_of(
    st.integers(-5, 5), st.floats(-5, 5), st.just(float("nan")), st.just(float("inf")), st.booleans()
)
VALUE = st.one_of(NUMBER, st.none(), st.sampled_from(["ind", "jav"]))
RULE = st.builds(
    lambda index, field, bounds, missing: {"reason": f"r{index}", "field": field, **bounds, "missing": missing},
    st.integers(0, 99),
    st.sampled_from(FIELDS),
    st.one_of(
        st.fixed_dictionaries({"min": st.floats(-4, 4)}),
        st.fixed_dictionaries({"max": st.floats(-4, 4)}),
        st.fixed_dictionaries({"min": st.floats(-4, 0), "max": st.floats(0, 4)}),
        st.fixed_dictionaries({"in": st.just(["ind"])}),
        st.fixed_dictionaries({"not_in": st.just(["jav"])}),
        st.fixed_dictionaries({"equals": st.sampled_from([0, "ind"])}),
    ),
    st.sampled_from(["keep", "drop"]),
)
METADATA = st.fixed_dictionaries(
    {},
    optional={
        "score": VALUE,
        "language": VALUE,
        "quality": st.one_of(st.dictionaries(st.sampled_from("abc"), VALUE), st.none(), st.just([1])),
        "spam": st.fixed_dictionaries({}, optional={"judol": VALUE}),
        "deep": st.fixed_dictionaries({}, optional={"x": st.dictionaries(st.just("y"), VALUE)}),
    },
)


@given(st.lists(RULE, max_size=8), METADATA)
def test_fast_check_agrees_with_rules_checked_one_by_one(rules: list[dict], metadata: dict) -> None:
    document = Document("d", "x", metadata)
    try:
        expected = reference(rules, metadata)
    except TypeError:  # a string compared with a number: the step raises too
        with pytest.raises(TypeError):
            keep(*rules).process(document)
        return
    result = keep(*rules).process(document)
    assert result == (document if expected is KEPT else expected)


def test_none_scores_pass_where_missing_values_keep() -> None:
    rules = [{"reason": "punct", "field": "quality.punct", "min": 0.1},
             {"reason": "short", "field": "quality.short", "max": 0.67},
             {"reason": "words", "field": "quality.words", "min": 50, "max": 100000}]
    step = keep(*rules)
    one_line = Document("d", "x", {"quality": {"punct": None, "short": 0.2, "words": 80}})
    assert step.process(one_line) is one_line
    assert step.process(Document("d", "x", {"quality": {"punct": None, "short": 0.9, "words": 80}})) == Drop(
        "short", {"field": "quality.short", "value": 0.9}
    )
    strict = keep({**rules[0], "missing": "drop"}, *rules[1:])
    assert strict.process(one_line) == Drop("punct", {"field": "quality.punct", "value": None})
