"""Stop 4: names and organisations (English frames that need no lexicon, "SURNAME, Given" after a capitals
surname, UK grades as credentials; a certificate's "дана"; regional health-institution forms; numbered
hospitals).

Invented examples (no evaluation corpus vocabulary); each rule has positives and nearby negatives.
"""

from __future__ import annotations

import pytest

from deidspans import spans


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the given names after a capitals surname belong to the name, whichever rule found the surname
        ("Kind regards,\n\nDr QUINTERO, Marisela\nConsultant Rheumatologist", ["QUINTERO, Marisela"]),
        ("Results phoned to OYELOWO, Tamsin on ward 12.", ["OYELOWO, Tamsin"]),
        ("Patient: HALVORSEN, Ingrid Marta  Ward 7", ["HALVORSEN, Ingrid Marta"]),
        # ... but not a department, a staff word or a heading
        ("Dr QUINTERO, Rheumatology\nClinic letter", ["QUINTERO"]),
        ("Dr QUINTERO, Consultant", ["QUINTERO"]),
        # Irish surnames in capitals after a title or a label
        ("Seen by Dr O'DONOVAN today.", ["O'DONOVAN"]),
        ("Surname: D'ARCY   Forename: Lorcan", ["D'ARCY", "Lorcan"]),
        # UK grades written after the name like a credential, "SURNAME, Given" too, or in brackets
        ("Discharge letter written by Bronwen Tegid, FY1, bleep 4410.", ["Bronwen Tegid"]),
        ("Written by ACHTERBERG, Wilhelmina, SHO.", ["ACHTERBERG, Wilhelmina"]),
        ("Sample checked by Cosmin (BMS) at 02:10.", ["Cosmin"]),
        ("Obs done by the HCA at 06:00.", []),
        # the person of a letter's subject line before the birth date, no lexicon needed
        (
            "Dear Dr Whitlow,\n\nRe: Zbigniewa Kaczmarczyk, DOB 02/03/1961",
            ["Whitlow", "Zbigniewa Kaczmarczyk"],
        ),
        ("Re: Referral, DOB not known", []),
        # the person spoken to on a phone number, the person a result was phoned to
        ("Spoke to Teodora Vasquez-Lind on 07700 900456 re bloods.", ["Teodora Vasquez-Lind"]),
        ("Spoke to Cardiology on 0161 496 0101.", []),
        ("Potassium 6.8, phoned to Thistlewood on AMU at 03:20.", ["Thistlewood"]),
        ("Potassium 6.8, phoned to Matron on ward 4.", []),
        ("Troponin phoned to Haematology at 14:00.", []),
        # a carer named in apposition after where they come from (a known given name: a town fits there too)
        ("Carer from Elmfield Care Home, Ingrid, also present.", ["Ingrid"]),
        ("Carer from Elmfield Care Home, Huddersfield, also present.", []),
    ],
)
def test_english_name_frames(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "дана"/"выдана" in a certificate's formula is the verb, not the first name Дана
        ("СПРАВКА № 12\nДана Зиннатуллиной Р.Ф., 2011 г.р., в том, что она здорова.", ["Зиннатуллиной Р.Ф."]),
        ("Справка выдана К.Е. Тарасюку в том, что он осмотрен.", ["К.Е. Тарасюку"]),
        (
            "Справка дана Ольховской Вере Игоревне для предоставления по месту требования.",
            ["Ольховской Вере Игоревне"],
        ),
        # a woman called Дана is still a name outside that formula
        ("Пациентка Дана Руслановна Гейдарова, 30 лет, жалобы на кашель.", ["Дана Руслановна Гейдарова"]),
    ],
)
def test_russian_certificate_verb(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "ru") == names


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a regional prefix before the health institution's legal form
        ("Направлена в КОГБУЗ «Областная детская больница»", ["КОГБУЗ «Областная детская больница»"]),
        ("Станция: ФГБУЗ «Медсанчасть № 9», бригада 4", ["ФГБУЗ «Медсанчасть № 9»"]),
        ("Купил АРБУЗ «Сахарный» на рынке", []),
        # numbered hospitals and a region's single hospital, elsewhere or treating the patient now
        ("Ранее лечился в ГКБ № 31 с 02.03.2021.", ["ГКБ № 31"]),
        ("Переведена в городскую клиническую больницу №7.", ["городскую клиническую больницу №7"]),
        (
            "Родила в роддоме № 2, наблюдалась в женской консультации № 11.",
            ["роддоме № 2", "женской консультации № 11"],
        ),
        ("Направлен на консультацию в ДГКБ № 9 им. Сперанского.", ["ДГКБ № 9 им. Сперанского"]),
        ("Находился на лечении в РДКБ, рекомендовано МРТ.", ["РДКБ"]),
        # the facility treating the patient now is masked too (stop 4 policy); a ward, a room, a bed, a protocol
        # stay out
        ("Доставлен бригадой СМП в ГКБ № 4 в 22:10.", ["ГКБ № 4"]),
        ("Палата № 5, койка 3. Протокол № 14.", []),
    ],
)
def test_russian_institutions(text: str, orgs: list[str]) -> None:
    assert spans(text, "ORG", "ru") == orgs


def test_russian_name_fields_one_part_each() -> None:
    text = (
        "[ЗАСТРАХОВАННЫЙ]\nФАМИЛИЯ: БЕЛАЯ\nИМЯ: ВЕРА\nОТЧЕСТВО: ТИМУРОВНА\nПОЛ: Ж\nИмя матери: не указано\n"
    )
    assert spans(text, "NAME", "ru") == ["БЕЛАЯ", "ВЕРА", "ТИМУРОВНА"]


def test_export_columns_named_as_name_parts() -> None:
    # the header says which cells are names, whatever the word ("Белый", "Роза"); other columns stay
    text = (
        "код;фамилия;имя;отчество;диагноз;участок\n"
        "5512;Белый;Роман;Ильич;J45.0;12\n"
        "7730;Осипова;Роза;;I10;3\n"
        "\n"
        "итого: 2; без отчества: 1; ok\n"
    )
    assert spans(text, "NAME", "ru") == ["Белый", "Роман", "Ильич", "Осипова", "Роза"]
    en = "mrn|surname|first_name|ward\n88123|STONE|Meadow|4B\n"
    assert spans(en, "NAME", "en") == ["STONE", "Meadow"]


def test_prose_with_semicolons_is_not_a_table() -> None:
    text = (
        "Жалобы: слабость; головокружение; Имя и фамилия врача указаны ниже.\nБелый налёт; без динамики; ok\n"
    )
    assert spans(text, "NAME", "ru") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the author of a visit or shift log line after its time (a known given name), not a heading
        (
            "Visits\n11/02/2025 07:05-07:35  Marguerite: breakfast, meds given\n13:10 Plan: review",
            ["Marguerite"],
        ),
        # people of a care plan or a call record by their field
        ("Prefers to be called: Dotty\nChaperone: Ines Varga", ["Dotty", "Ines Varga"]),
        ("Treatment supporter: Sizwe Mahlangu (nephew)", ["Sizwe Mahlangu"]),
        ("Sr Thandeka Mokoena  next review in 6 weeks", ["Thandeka Mokoena"]),
        # a patient named at the start of a line before a dash: two known names, one no English word
        ("OT progress note\nJune Kowalczyk — day 6 post fall. Barthel 60/100", ["June Kowalczyk"]),
        ("OT progress note\nSummer Long — day 6 of the course", []),
        ("Chest Pain — resolved", []),
        # a message signed after its last sentence or after "Thanks,"
        ("Will bring the forms tomorrow. T. Okonjo", ["T. Okonjo"]),
        ("Thanks, Rosalind", ["Rosalind"]),
        ("Culture grew mixed flora. E. Coli", []),
        ("Thanks, Team", []),
        # lowercase: a known surname that is no English word after a person role
        ("md on call nakashima aware, repeat k in am.", ["nakashima"]),
        ("given by mouth, daughter park visiting", []),
        # a surname that is also in the eponym list only through a formula is a person here
        ("Bed 4: Dubois (71) — falls risk", ["Dubois"]),
    ],
)
def test_english_logs_fields_and_signatures(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names


def test_caret_names_with_accents_spaces_and_middle_initial() -> None:
    hl7 = "PV1|1|I|3E^12^1||||4411223344^PEREZ MORA^LUCIA^M^^^MD|||MED"
    assert spans(hl7, "NAME", "en") == ["PEREZ MORA^LUCIA^M^^^MD"]
    assert spans("(0010,0010) PN [NÚÑEZ^INÉS]", "NAME", "en") == ["NÚÑEZ^INÉS"]
    assert spans("OBX|1|NM|2345-7^Glucose^LN||5.4|mmol/L", "NAME", "en") == []


def test_chat_role_labels_are_not_speakers() -> None:
    text = "[02.03.25 10:11] Ответ пациента: да, приду\n[02.03.25 10:12] Пациентка Гарипова: спасибо\n"
    assert spans(text, "NAME", "ru") == ["Гарипова"]


def test_vaccine_brand_with_dose_is_not_a_person() -> None:
    text = "Дата | Препарат | Доза | Медсестра\n12.10.2024 | Совигрипп Плюс | 0,5 мл | м/с Ганиева Р.Р."
    assert spans(text, "NAME", "ru") == ["Ганиева Р.Р."]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # an employer's "&"/"and" and legal form belong to its name
        ("Injured at work (Brightwell plc depot) yesterday.", ["Brightwell plc"]),
        ("Works part time for Marlow & Daughters Roofing.", ["Marlow & Daughters Roofing"]),
        # a brand before a lowercase "pharmacy"; generic and hospital pharmacies stay
        ("Usual meds from the Farmacity pharmacy on Main St.", ["Farmacity"]),
        ("Hospital pharmacy to supply. Discussed with ward pharmacy.", []),
        # a document title on the letterhead line is not the institution
        ("Night Handover — Westmoor General Hospital\nBed 3 stable", ["Westmoor General Hospital"]),
    ],
)
def test_english_organisations(text: str, orgs: list[str]) -> None:
    assert spans(text, "ORG", "en") == orgs


def test_pair_only_eponym_half_alone_is_a_person() -> None:
    # "Walker" is an eponym only as "Dandy-Walker"; alone it is a common surname
    text = "Surname: WALKER  Given name(s): Aurelio\nMRI: Dandy-Walker malformation, Dandy-Walker variant."
    assert spans(text, "NAME", "en") == ["WALKER", "Aurelio"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # initials written without dots before a surname (British letters), in the DOB and dash frames
        ("Dear Dr Ferreira,\n\nRe: TJ Hollis, DOB 4 May 1950", ["Ferreira", "TJ Hollis"]),
        ("Progress note\nAB Nowicki — day 3 after fall", ["AB Nowicki"]),
        ("Progress note\nED Review — day 3 after fall", []),
    ],
)
def test_undotted_initials(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a lowercase unknown surname-shaped word right after a staff or person role in a nurse's note
        ("диурез 900 мл. дежурн врач шарафутдинов в курсе", ["шарафутдинов"]),
        ("давление 130/80, м/с курбангалиева ввела кеторол", ["курбангалиева"]),
        ("врач терапевт рекомендовал контроль", []),
    ],
)
def test_russian_lowercase_surname_after_role(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "ru") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # after "to": an accented known given name, undotted initials and a known surname, "SURNAME, Given"
        ("Handed over by Wren (RN) to Inés Harwood.", ["Wren", "Inés Harwood"]),
        ("Handed over by Wren (RN) to TP Gallagher.", ["Wren", "TP Gallagher"]),
        ("Handed over by Wren (RN) to Okoye, Adaeze.", ["Wren", "Okoye, Adaeze"]),
        ("Moved to Austin, Texas in 2010.", []),
        # a surname with a trailing undotted initial before an age, a grade or the birth date
        ("ED attendance\nHarwood P, 71y, fall at home", ["Harwood P"]),
        ("Discharge letter completed by Gallagher T (FY2), bleep 4417", ["Gallagher T"]),
        # a bed line with an accented or particle name before the age in brackets
        ("Bed 6: Inés de la Fuente (77) — delirium screen", ["Inés de la Fuente"]),
        # a short given name of the lexicon before a phone number
        ("Key nurse: Ewa, 0113 496 0321", ["Ewa"]),
        ("Tel: Home, 0113 496 0321", []),
    ],
)
def test_english_handover_and_list_names(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a brand before lowercase "pharmacy" whose words are also heading words ("Post", "Center")
        ("Collects from the pharmacy (Harbour Post pharmacy, 0191 496 0001).", ["Harbour Post"]),
        # a named provider after "referral to" and before the service it offers
        (
            "Plan: referral to Lakeview Behavioral Partners outpatient program.",
            ["Lakeview Behavioral Partners"],
        ),
        ("Referred to Rheumatology clinic for review. Referral to Community Mental Health team.", []),
    ],
)
def test_english_pharmacy_and_referral_orgs(text: str, orgs: list[str]) -> None:
    assert spans(text, "ORG", "en") == orgs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a staff or author field: any name-shaped value, word names too when there are two of them
        ("Authorised by: Thistlewood\nRadiographer: Jo Pike", ["Thistlewood", "Jo Pike"]),
        ("Caller: Bronagh McAteer (daughter)", ["Bronagh McAteer"]),
        # ... but not a relative, a role, a department or a placeholder
        ("Caller: Daughter\nCollected by: Phlebotomy\nRadiographer: not recorded\nRequested by: Ward 7", []),
    ],
)
def test_english_staff_fields(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a commercial legal form before an unquoted name; "АО" (also the aorta) only before an unknown word
        (
            "Работает кладовщиком в ООО Севертранс, ранее в АО Камнефтехим.",
            ["ООО Севертранс", "АО Камнефтехим"],
        ),
        ("ЭхоКГ: АО Восходящая 36 мм, АО 31 мм.", []),
        # the stay-elsewhere frame reaches a numbered hospital in brackets after a noun
        ("Наблюдается в поликлинике по месту жительства (ГП № 8).", ["ГП № 8"]),
        # an institution named after someone with a lowercase word before "им."
        ("Консультирован в НИИ фтизиатрии им. А.Е. Рабухина.", ["НИИ фтизиатрии им. А.Е. Рабухина"]),
    ],
)
def test_russian_bare_forms_and_named_institutions(text: str, orgs: list[str]) -> None:
    assert spans(text, "ORG", "ru") == orgs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Left a message with Dr Ferreira's secretary, Gwen.", ["Ferreira", "Gwen"]),
        ("Ward clerk Sandra rang the family.", ["Sandra"]),
        ("Physio Monday and Wednesday; porter Services booked.", []),
    ],
)
def test_staff_named_by_first_name(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # attendees: multi-word items and titled items; a list keeps its names when one item is not one
        (
            "Attendees: Rosalind Achebe, Quinn, Imogen, Prof AB LACHLAN, Mr Varga.",
            ["Rosalind Achebe", "Quinn", "Imogen", "AB LACHLAN", "Varga"],
        ),
        ("Present: fever, cough, Brown sputum.", []),
    ],
)
def test_attendee_lists(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names
