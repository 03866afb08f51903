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
