"""Stop 4k: organisations and eponyms of specialty services (psychiatric and infectious-disease hospitals,
military boards).

Invented examples (no evaluation corpus vocabulary); each rule has positives and nearby negatives.
"""

from __future__ import annotations

from medmoe.deid.engine import Deidentifier

_RU = Deidentifier(lang="ru")


def _found(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in _RU.detect(text)]


def test_numbered_hospital_keeps_its_three_digit_number() -> None:
    """A facility abbreviation with "№" and a three-digit number is one organisation, not a record number."""
    assert ("ORG", "ПНД № 215") in _found("Наблюдается в ПНД № 215 с 2019 года.")
    assert ("ORG", "ГБУЗ ПКБ № 310") in _found("Выписка: ГБУЗ ПКБ № 310\nДиагноз: F20.0")
    # near negative: a case record number stays an identifier
    assert ("ID", "458812") in _found("ИБ № 458812, поступил 03.02.2025")


def test_psychiatric_and_infectious_hospital_abbreviations() -> None:
    """ИКБ, ПКБ and ПБ with a number are hospitals like ГКБ."""
    assert ("ORG", "ИКБ № 7") in _found("Переведён в ИКБ № 7 для изоляции.")
    assert ("ORG", "ПБ № 4") in _found("Ранее лечился в ПБ № 4.")
    # near negative: "ИП" is an entrepreneur, not a hospital, and takes no number here
    assert not any(t == "ORG" for t, _ in _found("ИП № 3 по графику"))


def test_military_unit_number() -> None:
    """ "в/ч 12345" or "войсковая часть 12345" places a serviceman like an employer."""
    assert ("ORG", "в/ч 40721") in _found("Призван, проходит службу в в/ч 40721, рядовой.")
    assert ("ORG", "войсковая часть 1290") in _found("Направлен командиром: войсковая часть 1290.")
    # near negative: a two-digit part of a text is no unit number
    assert not any(t == "ORG" for t, _ in _found("в/ч 12 часов после приёма"))


def test_coefficient_is_an_eponym_trigger() -> None:
    """ "коэффициент <Surname>" names a measure after its author, like "индекс"; the surname stays."""
    assert _found("Спирометрия: ОФВ1 84%, коэффициент Тиффно 71.") == []
    # near negative: a person named after the word "Коэффициент" in another sentence is still a person
    assert ("NAME", "Смирнов Павел Андреевич") in _found("Коэффициент 1,2. Смирнов Павел Андреевич осмотрен.")


def test_military_commissariat_with_its_place() -> None:
    """A military commissariat named by its districts or town is an organisation; without a place it is not."""
    text = "Военный комиссариат Заводского и Центрального районов г. Орла\nЗАКЛЮЧЕНИЕ"
    assert ("ORG", "Военный комиссариат Заводского и Центрального районов г. Орла") in _found(text)
    assert ("ORG", "военкомат г. Тулы Тульской области") in _found("военкомат г. Тулы Тульской области\nДата")
    assert _found("Направлен военным комиссариатом на обследование.") == []


def test_federal_treasury_form_and_ministry_subordination() -> None:
    """ФГКУ is a legal form; a ministry after the quoted name ("... » Минобороны России") belongs to it."""
    text = "ФГКУ «412 ВКГ» Минобороны России\nЗаключение"
    assert ("ORG", "ФГКУ «412 ВКГ» Минобороны России") in _found(text)


_EN = Deidentifier(lang="en")


def _found_en(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in _EN.detect(text)]


def test_english_councils_bands_units_institutes() -> None:
    """A proper word before "City Council", "Nation", "Indian Band", "Renal Unit" or "Institute" is an
    organisation; the same nouns after generic words only ("the Renal Unit") are not."""
    assert ("ORG", "Bristol City Council") in _found_en(
        "Referred by Bristol City Council Children's Services."
    )
    assert ("ORG", "Tsleil Nation") in _found_en("Band: Tsleil Nation, registered.")
    assert ("ORG", "Harrow Renal Unit") in _found_en("Dialysis unit: Harrow Renal Unit. Seen")
    assert ("ORG", "Garvan Institute") in _found_en("Seen at the Garvan Institute last year.")
    assert _found_en("He attends the Renal Unit on Mondays.") == []
    assert _found_en("Discussed with the city council about housing.") == []


def test_police_rank_with_collar_number_before_surname() -> None:
    """ "Sgt 2417 Hughes": the collar number between the rank and the surname does not hide the officer."""
    assert ("NAME", "Hughes") in _found_en("Requesting officer: Sgt 2417 Hughes, Central Police")
    assert ("NAME", "Ellis") in _found_en("Statement taken by DC 3301 Ellis on arrival.")
    # near negative: a dose code with a number before a capitalised noun is no officer
    assert not any(t == "NAME" for t, _ in _found_en("Dose: DS 250 Tablets daily"))
