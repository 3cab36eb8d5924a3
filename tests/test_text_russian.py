"""Russian preprocessing: tokens with offsets, lemmas, n-grams, abbreviations, negation, language."""

from __future__ import annotations

from medmoe.text.lang import cyrillic_ratio, detect_language
from medmoe.text.russian import (
    NEG_PREFIX,
    char_ngrams,
    expand_abbreviations,
    lemma,
    lemmas,
    mark_negation,
    negated_spans,
    normalize,
    tokenize,
    words,
)


def test_tokenize_keeps_offsets_and_numbers() -> None:
    text = "АД 130/80, ЧСС 90."
    toks = tokenize(text)
    assert [t.text for t in toks][:3] == ["АД", "130/80", ","]
    assert all(text[t.start:t.stop] == t.text for t in toks)
    assert words(text) == ["ад", "130/80", "чсс", "90"]


def test_lemmas_normalise_inflection_and_yo() -> None:
    assert lemma("суставах") == "сустав"
    assert lemma("Болит") == "болеть"
    assert lemma("объём") == lemma("объем")
    assert lemma("Ibuprofen") == "ibuprofen"
    assert lemmas("Боли в суставах!") == ["боль", "в", "сустав"]


def test_char_ngrams_word_bounded_and_plain() -> None:
    wb = char_ngrams("Боль Ёж", 3, 3)
    assert " бо" in wb and "ль " in wb and " еж" in wb
    assert "ь е" not in wb  # never across words
    plain = char_ngrams("Боль Ёж", 3, 3, word_bounded=False)
    assert "ь е" in plain
    # a typo keeps most n-grams: robust features
    a, b = set(char_ngrams("течение", 3, 5)), set(char_ngrams("тенчние", 3, 5))
    assert a & b
    assert normalize("  Ёлка\n  Зелёная ") == "елка зеленая"


def test_abbreviation_expansion_is_whole_token_and_case_aware() -> None:
    out = expand_abbreviations("АД 130/80, ЧСС90, после орви; ад кромешный, сад")
    assert out.startswith("артериальное давление 130/80")
    assert "частота сердечных сокращений 90" in out
    assert "острая респираторная вирусная инфекция" in out
    assert "ад кромешный" in out and out.endswith("сад")  # ordinary words untouched
    assert expand_abbreviations("АДРЕНАЛИН") == "АДРЕНАЛИН"
    assert expand_abbreviations("АД 120", keep_original=True) == "АД (артериальное давление) 120"


def test_negation_scopes() -> None:
    def neg(t: str) -> list[str]:
        return [t[a:b] for a, b in negated_spans(t)]

    assert neg("Нет кашля, насморка. Болит голова") == ["кашля", "насморка"]
    assert neg("Кашля нет, насморк есть") == ["Кашля"]
    assert neg("без одышки, но боль в груди") == ["одышки"]
    assert neg("Отрицает тошноту и рвоту") == ["тошноту", "рвоту"]
    assert neg("Боль в горле, температура 38") == []
    marked = mark_negation(["температуры", "нет", ",", "боль", "в", "горле"])
    assert marked[0] == NEG_PREFIX + "температуры" and marked[3] == "боль"
    # lemmas work too (trigger lemmas are known)
    assert mark_negation(["отрицать", "тошнота"])[1] == NEG_PREFIX + "тошнота"


def test_detect_language() -> None:
    assert detect_language("Жалобы на боль в груди, ЭКГ: sinus rhythm") == "ru"
    assert detect_language("Chest pain since morning, АД normal") == "en"
    assert detect_language("123 / 80") == "en"
    assert detect_language("", default="ru") == "ru"
    assert cyrillic_ratio("abc") == 0.0 and cyrillic_ratio("абв") == 1.0


def test_detect_language_tie_is_explicit() -> None:
    half = "абв abc"
    assert detect_language(half) == "ru" and detect_language(half, tie="en") == "en"
    assert detect_language("абвг abc", tie="en") == "ru" and detect_language("абв abcd") == "en"
    assert detect_language("", default="ru", tie="en") == "ru"


def test_negation_cue_sets_of_the_icd_features_are_pinned() -> None:
    # The shipped ICD model's features depend on these exact word sets (built from medmoe.text.negation):
    # a cue added there must not silently change them.
    from medmoe.text import russian as r

    assert r._NEG_TRIGGERS == {"не", "нет", "без", "ни", "отрицает", "отрицают", "отрицать", "отсутствует",
                               "отсутствуют", "отсутствовать", "отсутствие", "исключен", "исключена",
                               "исключено", "исключить"}
    assert r._POST_TRIGGERS == {"нет", "отсутствует", "отсутствуют", "отсутствовать"}
    assert r._NEG_STOPS == {"но", "однако", "а", "кроме", "хотя", "зато", "жалобы", "жалоба", "беспокоит",
                            "беспокоят", "беспокоить", "есть"}


def test_shared_negation_cues_render_for_regex_and_token_users() -> None:
    import re

    from medmoe.text.negation import DENIAL, NEGATED_VERBS, Cue, cue_forms, cue_regex

    assert cue_forms(DENIAL["ru"]) == {"отрицает", "отрицают", "отрицать"}
    assert cue_forms([Cue("нет"), Cue("не было"), Cue("бол*")]) == {"нет"}
    pat = re.compile(rf"(?<!\w)(?:{cue_regex(NEGATED_VERBS['ru'], prefix='не ')})(?!\w)")
    assert pat.search("судорог не  отмечалось") and pat.search("не выявлено") and not pat.search("невыявлено")
    assert re.fullmatch(cue_regex(DENIAL["en"]), "negative   for")
