"""Stop 3 round 4: layouts of a hospital's mixed documents. A day.month before a clock time that ends a
sentence is a date; a name after a role written without a colon ("Health visitor", "AMHP", "baby girl"), after
a form label ("Service user:", "Assistant:", "Member:") or before a bracketed age on a bed line is a person."""

from __future__ import annotations

import pytest

from deidspans import spans


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Дневник наблюдения. 14.02, 6:00. Пациент спит.", "14.02"),
        ("Запись 03.11, 21:30. Жалоб нет", "03.11"),
    ],
)
def test_day_month_before_a_time_at_a_sentence_end(text: str, date: str) -> None:
    assert date in spans(text, "DATE", "ru")


def test_decimal_run_after_a_day_month_is_not_a_time() -> None:
    assert spans("Калий 12.05 9.30.5 ммоль", "DATE", "ru") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Safeguarding: none. Health visitor T. Orme.", "T. Orme"),
        ("Plan: admit. AMHP Rhoda Vane.", "Rhoda Vane"),
        ("Delivered. Baby girl Ivy, 3100 g, Apgar 9", "Ivy"),
        ("Bed 9: Okonjo (54) — falls risk", "Okonjo"),
        ("Service user: Tom Ridley, RiO ID 1234567", "Tom Ridley"),
        ("Surgeon: P. Lamb  Assistant: Okoro, Dele", "Okoro, Dele"),
        ("Member: JT Walsh   DOB: 1/2/1960", "JT Walsh"),
    ],
)
def test_names_after_roles_and_form_labels(text: str, name: str) -> None:
    assert name in spans(text, "NAME", "en")


@pytest.mark.parametrize(
    "text",
    ["Bed 9: Stable (2) pillows", "Assistant: none", "Member ID: 12345", "baby boy born at 38 weeks"],
)
def test_near_misses_are_not_names(text: str) -> None:
    assert spans(text, "NAME", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "ГБУЗ «Больница № 3» (ОГРН 1027700132195, ИНН 7707083893)\nНаправляется в: ГКБ",
        "ООО «Клиника»\nИсх. № 45/11 от 12.03.2024\nДиректору",
        "Вх. № 312 от 05.04.2024",
    ],
)
def test_numbers_of_an_organisation_are_not_personal(text: str) -> None:
    assert spans(text, "ID", "ru") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [("Пациент Сидоров, ИНН 7707083893", "7707083893"), ("Полис № 45/11", "45/11")],
)
def test_a_persons_numbers_stay(text: str, number: str) -> None:
    assert number in spans(text, "ID", "ru")


def test_a_trigger_ending_the_previous_sentence_does_not_hide_a_name() -> None:
    assert "Ковальский" in spans(
        "Диагноз: болезнь Бехтерева.  Ковальский жалуется на боли в спине.", "NAME", "ru"
    )


@pytest.mark.parametrize(
    "text",
    ["Выполнена проба Манту, реакция отрицательная.", "Диагноз: болезнь Бехтерева. Жалобы на боль."],
)
def test_eponyms_in_one_sentence_stay(text: str) -> None:
    assert spans(text, "NAME", "ru") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Seen with Dr. Amos Brown today. Brown sputum overnight, afebrile.", ["Amos Brown"]),
        ("Patient: Tom Young. Young adult with asthma.", ["Tom Young"]),
        ("Patient: Tom Young. Young is settled on the ward.", ["Tom Young", "Young"]),
        ("Patient: Rhoda Okafor. Okafor remains well.", ["Rhoda Okafor", "Okafor"]),
    ],
)
def test_a_found_name_is_not_spread_to_a_word_opening_a_sentence(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Key worker: Tomasz, +44 7700 900123", ["Tomasz"]),
        ("Liaison: María, (020) 7946 0000", ["María"]),
        ("CNS: Hope, 0161 496 0000", ["Hope"]),
        ("Tel: Home, 0161 496 0000", []),
        ("Ward: Acute, 0161 496 0000", []),
    ],
)
def test_a_given_name_alone_before_a_phone_on_a_contact_line(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Решение: лучевая терапия СОД 50 Гр. Результаты переданы в поликлинику.", []),
        ("Доставлен гр. Белый с травмой.", ["Белый"]),
    ],
)
def test_a_unit_after_a_number_is_no_role_word(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "ru") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Саркома, IV стадия. Обезболивание: Трамал, пластырь 25 мкг/ч.", []),
        ("Обезболивание проводила м/с Петрова.", ["Петрова"]),
    ],
)
def test_a_brand_after_an_analgesia_word_is_a_drug(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "ru") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Surgeon: P. Lamb  Assistant: Okoro T\nAnaesthetic: GA", ["P. Lamb", "Okoro T"]),
        ("Member: Walsh J   DOB: 1/2/1960", ["Walsh J"]),
        ("Assistant: none", []),
    ],
)
def test_a_surname_and_an_undotted_initial_after_a_person_label(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names
