"""Stop 4b: names placed by layout rather than by a title (machine exports, dictation, hurried notes,
handovers, chat exports, forms of other English-speaking health systems).

Invented examples (no evaluation corpus vocabulary); each rule has positives and nearby negatives.
"""

from __future__ import annotations

import pytest

from deidspans import spans
from medmoe.deid.names_ru import structured_name_spans


def _parts(text: str) -> list[str]:
    return [text[s:e] for s, e in structured_name_spans(text)]


def test_comma_export_name_columns() -> None:
    """A comma-separated export: the header names the columns; quoted cells keep their commas."""
    text = (
        "Дата,Время,Фамилия,Имя,Отчество,Врач\n"
        "02.03.2025,10:15,ЛАПТЕВА,ЗОЯ,ГЕРМАНОВНА,Орлов А.А.\n"
        "02.03.2025,10:30,Кудинов,Ефим,Львович,Орлов А.А.\n"
    )
    assert _parts(text) == ["ЛАПТЕВА", "ЗОЯ", "ГЕРМАНОВНА", "Кудинов", "Ефим", "Львович"]
    en = 'Date,Time,Patient,DOB,Clinic\n04/05/2025,09:10,"TREVELYAN, Odile",1970-01-02,Renal\n'
    assert _parts(en) == ["TREVELYAN, Odile"]


def test_comma_prose_is_no_header() -> None:
    """A sentence with commas that mentions "фамилия" is not a table header."""
    text = "Уточнить фамилию, имя, отчество, дату рождения\nпациент, жалобы, анамнез, осмотр\n"
    assert _parts(text) == []
    assert (
        _parts("Patient, family, friends, carers all present\nSeen, examined, reassured, discharged\n") == []
    )


def test_fhir_human_name_keys() -> None:
    """Every string under a FHIR HumanName key is a name part; other JSON strings are not."""
    text = '{"name": [{"family": "Van Rensburg", "given": ["Ilse", "Marieke"]}], "gender": "female"}'
    assert _parts(text) == ["Van Rensburg", "Ilse", "Marieke"]
    assert spans(text, "NAME", "en") == ["Van Rensburg", "Ilse", "Marieke"]  # quoted JSON values kept (merge)
    assert _parts('{"code": {"text": "Haemoglobin"}, "status": "final"}') == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("пациентка жданова, фамилия по буквам ж д а н о в а, дата рождения", ["ж д а н о в а"]),
        ("for mr ilya fenwick surname spelt f e n w i c k date of birth", ["f e n w i c k"]),
        ("surname spelled: Q U A R M B Y, thank you", ["Q U A R M B Y"]),
    ],
)
def test_spelled_out_names(text: str, names: list[str]) -> None:
    assert [p for p in _parts(text) if " " in p] == names


def test_spelled_needs_letters_only() -> None:
    """A spelled word is single letters; words after "spelt" are no spelling."""
    assert _parts("the word was spelt wrongly in the letter") == []
    assert _parts("по буквам не разобрать") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a patient named before an age after "pt"/"seen"/"bed N:", lowercase in a hurried note
        ("pt q. ashdown 71m dob unknown, c/o sob", ["q. ashdown"]),
        ("seen thornbury, alma 44yo with her son", ["thornbury, alma"]),
        ("Bay 3 bed 2: R. Pellow 88yo - for discharge", ["R. Pellow"]),
        # ... but not a clinic word or a sex word
        ("seen in clinic 46yo with chest pain", []),
        ("pt female 52f, no distress", []),
        # a capitalised name before ", 61yo" in a handover item
        ("S: Odile Marchetti, 61yo, fall at 03:00.", ["Odile Marchetti"]),
        ("S: Known Diabetic, 61yo, fall at 03:00.", []),
        # a nurse named after RN in a handover line
        ("From RN Ysolde to RN Pettigrew, K.", ["Ysolde", "Pettigrew, K."]),
        ("Bleeped by RN Ward Manager today.", []),
        # a relative in brackets, or after a bracketed relation
        ("Family (LINDQVIST, Maren) informed by phone.", ["LINDQVIST, Maren"]),
        ("Seen with caregiver (spouse) Dorinda today.", ["Dorinda"]),
        ("Family (daughter) informed by phone.", []),
        # a chat export's author line and a given name in brackets after a phone number
        ("Rosalind, [03/11/24 09:40]\nbloods sent", ["Rosalind"]),
        ("Warfarin clinic, [03/11/24] moved", []),
        ("son's mobile 07700 900321 (Dominic)", ["Dominic"]),
        ("son's mobile 07700 900321 (Mobile)", []),
    ],
)
def test_english_hurried_layouts(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # people fields of a death certificate, an incident report, a medicines reconciliation, a discharge
        ("Name of deceased: ELSWORTH BARNABY\nDate of birth: 01/02/1930", ["ELSWORTH BARNABY"]),
        ("Person affected: Ottilie Grange, MRN 123", ["Ottilie Grange"]),
        ("Manager notified: Fairweather, T.", ["Fairweather, T."]),
        ("Consultant: Dr Lumb   Author: K Varley (HMO)", ["Lumb", "K Varley"]),
        ("Author: Pharmacy Team", []),
        # New Zealand letters open with "Kia ora"; an initial and a surname suffice there
        ("Kia ora T. Wharerau,\nThank you for seeing", ["T. Wharerau"]),
        ("Kia ora koutou,\nThank you all", []),
        # Irish surname prefixes written apart
        ("I reviewed Mrs Ó Donnchadha on the ward.", ["Ó Donnchadha"]),
        ("From RN Aoife to RN Mac Giolla Bhríde", ["Aoife", "Mac Giolla Bhríde"]),
    ],
)
def test_english_form_fields(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a lowercase note signed with one initial
        ("жалоб нет\nзаписала пономарёва т. 12.03.2025", ["пономарёва т."]),
        ("записал данные в карту", []),
        # the child named by the parent writing
        ("Это Варвара, мама Тимофея (2016 г.р.)", ["Варвара", "Тимофея"]),
        ("мама Москвы не видела", []),
        # a relative or representative after a dash, a pharmacist by surname
        ("получает за родственника — Ляпунова Вера (доверенность)", ["Ляпунова Вера"]),
        ("Фармацевт Звягинцева\n", ["Звягинцева"]),
    ],
)
def test_russian_layouts(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "ru") == names


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a numbered hospital typed in a hurry, in Russian or in English
        ("напр в хир отд ГКБ 12 на консультацию", ["ГКБ 12"]),
        ("переведена из дгкб№4 вчера", ["дгкб№4"]),
        ("ГБ 2 ст., риск 3", []),
        ("Находился в Верхнеозёрской ЦРБ с 03.02", ["Верхнеозёрской ЦРБ"]),
        ("was admitted to City Clinical Hospital No. 27 on Monday", ["City Clinical Hospital No. 27"]),
    ],
)
def test_numbered_hospitals_loose(text: str, orgs: list[str]) -> None:
    assert spans(text, "ORG") == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Note: previously treated at Harrowgate Cancer Institute in 2019.", ["Harrowgate Cancer Institute"]),
        ("REGISTERED WITH BRAMLEY LANE SURGERY. CALL BACK", ["BRAMLEY LANE SURGERY"]),
        ("My employer (Quillfeather Logistics) needs a note.", ["Quillfeather Logistics"]),
        ("My employer (my manager) needs a note.", []),
        ("His travel insurer Halcyon Assist was informed.", ["Halcyon Assist"]),
        ("Private cover: Meadowsweet Health, policy 123", ["Meadowsweet Health"]),
        ("Facility: Larkspur Family Health Team, Ward 6", ["Larkspur Family Health Team"]),
        ("gp willowbank medical practice nok son", ["willowbank medical practice"]),
        ("gp the surgery aware", []),
        ("PD1|||Thornfield Surgery^^B12345\n", ["Thornfield Surgery"]),
        ('"generalPractitioner": [{"display": "Ashcombe Health Centre"}]', ["Ashcombe Health Centre"]),
        ('"generalPractitioner": [{"display": "Dr Pemberton"}]', []),
    ],
)
def test_english_org_contexts(text: str, orgs: list[str]) -> None:
    assert spans(text, "ORG", "en") == orgs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a unit's "L." is no initial: the eponym after it stays
        ("Na 131 mmol/L. Foley catheter in situ.", []),
        ("Reviewed by K. Foley on the ward.", ["K. Foley"]),
        # "Graves' disease" stays when Dr Graves is named in the same note
        ("GP Dr Graves aware; Graves' disease discussed.", ["Graves"]),
    ],
)
def test_english_eponyms_kept(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names


def test_korotkoff_sounds_kept() -> None:
    """ "тоны Короткова" are heart sounds; a Коротков who is a person keeps his name."""
    assert spans("тоны Короткова выслушиваются", "NAME", "ru") == []
    assert spans("Осмотрен врачом Коротковым И.П.", "NAME", "ru") == ["Коротковым И.П."]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the doctor of a lowercase dictation after "контроль у"/"лечилась у"
        ("контроль у звягинцевой через две недели", ["звягинцевой"]),
        ("ранее лечилась у ольги петровны", ["ольги петровны"]),
        ("контроль у терапевта через неделю", []),
        ("наблюдается у эндокринолога по месту жительства", []),
    ],
)
def test_russian_care_of(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "ru") == names


def test_cyrillic_hl7_caret_name() -> None:
    """A Russian MIS sends PID-5 in Cyrillic; the coded fields around it are no names."""
    text = "PID|1||4471^^^MIS^MR||ЛАПТЕВА^ЗОЯ^ГЕРМАНОВНА||19500101|F\nOBX|1|NM|718-7^Гемоглобин^LN||120"
    assert spans(text, "NAME", "ru") == ["ЛАПТЕВА^ЗОЯ^ГЕРМАНОВНА"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # lowercase dictation: a title and a known given name; "ms"/"mr" as diseases stay
        (
            "dictating a letter for ms aisha marguerite penhallow surname spelt",
            ["aisha marguerite penhallow"],
        ),
        ("known ms on natalizumab, mr moderate on echo", []),
        # a lowercase "dr" with an initial; "dr on call" is no one
        ("seen by dr k. okonjo fy2 today", ["k. okonjo"]),
        ("discussed with dr on call", []),
        # the person whose relative gave the history
        ("collateral from kowalski's wife, the patient's son rang", ["kowalski"]),
        ("the patient's daughter rang", []),
        # a lowercase signature before a credential; a health advisor by a known given name
        ("bloods sent\n-- r. ashworth rn 02/03/25", ["r. ashworth"]),
        ("Call back 12/05. Health advisor Priya (desk 4)", ["Priya"]),
        ("Health advisor notes attached", []),
    ],
)
def test_english_lowercase_people(text: str, names: list[str]) -> None:
    assert [s for s in spans(text, "NAME", "en") if not s[0].isdigit()] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # initials without dots or glued with a dot, after a surname
        ("Зав. отделением Шагитов РМ\n", ["Шагитов РМ"]),
        ("|12.01.2024|терапия|Лаптева.З.Г.|I10|", ["Лаптева.З.Г."]),
        ("Контроль АД утром и вечером", []),
        ("Повышение АД до 180", []),
        # person fields of a notice and a letter, a dental assistant by the first name
        ("Кто принял сообщение: Шагитова, рег. № 12", ["Шагитова"]),
        ("Исп.: Шагитова РМ, доб. 12", ["Шагитова РМ"]),
        ("Врач-стоматолог Лаптев З. Г.   асс. Ульяна\n", ["Лаптев З. Г.", "Ульяна"]),
    ],
)
def test_russian_form_people(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "ru") == names
