"""Layouts of real documents the first rules did not expect (issue 4, stop 2): glued initials, form columns,
staff lists, chat exports, scanned dates, UK letters, labelled codes, employers. Each positive has a nearby
negative that must stay."""

from __future__ import annotations

import pytest

from deidspans import found as _found


@pytest.mark.parametrize(
    ("text", "value", "typ"),
    [
        # names
        ("Лечащий врач: СаркисянИ.Г. ______", "СаркисянИ.Г.", "NAME"),
        ("05.03.2024 | ВОП ЛИГ.А. | N11.1", "ЛИГ.А.", "NAME"),
        ("25.03.2019 | ВОП Т.Ю.ХАН | J06.9", "Т.Ю.ХАН", "NAME"),
        ("ассистент: К.М. Рабинович; анестезиолог", "К.М. Рабинович", "NAME"),
        ("назначил: Ли | выполнила: м/с Ткач", "Ткач", "NAME"),
        ("назначил: Ли | выполнила: м/с Ткач", "Ли", "NAME"),
        ("Пал. 6: Ткач, 71 год, ОКС", "Ткач", "NAME"),
        ("Пал. 7: Жуковский, 23 года, ОНМК", "Жуковский", "NAME"),
        ("Пал. 8: Сорока, 67 лет, ЖКБ", "Сорока", "NAME"),
        ("Пациент: СОРОКА НИНА АНАТОЛЬЕВНА   Пол: Женский", "СОРОКА НИНА АНАТОЛЬЕВНА", "NAME"),
        ("[21.04.2020, 09:35] Валя: да, чешется", "Валя", "NAME"),
        ("[28.07.2020, 18:50] Богдан Александрович: ксюша, как температура?", "ксюша", "NAME"),
        ("[12.07.2024, 03:50] Врач: вера борисовна, добрый день", "вера борисовна", "NAME"),
        ("[12.01.2020, 10:00] Юля: передайте маше, что анализы готовы", "маше", "NAME"),
        ("From: Gareth Kowalski <gareth.k@mail.com>", "Gareth Kowalski", "NAME"),
        ("pt grant banks c/o pain 3/10 abd", "grant banks", "NAME"),
        ("-- grace RN", "grace", "NAME"),
        ("-- Kidd, April RN", "Kidd, April", "NAME"),
        ("wife faith called @ 555-0101", "faith", "NAME"),
        ("Yours sincerely,\nDr W Walker", "W Walker", "NAME"),
        ("He lives with his daughter June and works for Tesco.", "June", "NAME"),
        ("Dr April Walker\n22 Mill Lane", "April Walker", "NAME"),
        ("daughter may called @ 391-571-0573", "may", "NAME"),
        ("pt grant van der berg c/o pain 8/10", "grant van der berg", "NAME"),
        ("01.05.2019 | ВОП ХАН Г.В. | D50.9", "ХАН Г.В.", "NAME"),
        ("Пал. 6: Седых, 48 лет, ОНМК", "Седых", "NAME"),
        # dates
        ("Больной Бондаренко Г.В., О9.02.1944 г.р.", "О9.02.1944", "DATE"),
        ("на лечении с 18.04.2 024 по 28. 04.2024", "18.04.2 024", "DATE"),
        ("Дневник 02.03 17:50 Состояние", "02.03", "DATE"),
        ("Явка 21.09 для контроля.", "21.09", "DATE"),
        ("Год рождения матери 1948.", "1948", "DATE"),
        # contacts, ids
        ("Tel: +44 20 7946 0538\n\n28 January 2022", "+44 20 7946 0538", "PHONE"),
        ("Secretary: 0113 651 4656", "0113 651 4656", "PHONE"),
        ("Hosp No RR7160556, NHS 770 293 0799", "RR7160556", "ID"),
        ("Insurance: Aetna ID 1EG499465157", "1EG499465157", "ID"),
        ("№ исследования: УЗ706496   Дата", "УЗ706496", "ID"),
        ("Заказ № 974713809   ИНЗ: 84-6478149", "84-6478149", "ID"),
        ("Полис ОМС: 775386 7541666174; СНИЛС", "775386 7541666174", "ID"),
        ("ПРОТОКОЛ ЗАСЕДАНИЯ ВРАЧЕБНОЙ КОМИССИИ № 940 от 14.06.2018", "940", "ID"),
        # addresses
        (
            "cc: Dr Mary Fitzgerald, Flat 9, 145 Queen's Drive, Glasgow G12 8QQ",
            "Flat 9, 145 Queen's Drive, Glasgow G12 8QQ",
            "ADDRESS",
        ),
        (
            "603676, г. Н. Новгород, пр. Ленина, д. 156Б",
            "603676, г. Н. Новгород, пр. Ленина, д. 156Б",
            "ADDRESS",
        ),
        (
            "Адрес: Г. КРАСНОДАР, УЛ. МОЛОДЁЖНАЯ, Д. 11, КВ. 303",
            "Г. КРАСНОДАР, УЛ. МОЛОДЁЖНАЯ, Д. 11, КВ. 303",
            "ADDRESS",
        ),
        ("прожив.  ул . Баумана, 88-248", "ул . Баумана, 88-248", "ADDRESS"),
        ("проживает по адресу: Тверская 12-5", "Тверская 12-5", "ADDRESS"),
        ("Адрес проживания: Подольск, Профсоюзная 3, кв 7", "Подольск, Профсоюзная 3, кв 7", "ADDRESS"),
        ("seen by Dr. van der Berg today", "van der Berg", "NAME"),
        ("Pt's wife (Linda) at bedside.", "Linda", "NAME"),
        ("This is June (DOB 07/16/1944). My BP", "June", "NAME"),
        ("Patient is jane doe, 45F", "jane doe", "NAME"),
        ("Пациент роман просит выписку домой.", "роман", "NAME"),
        ("JOHN SMITHFIELD, DOB 1/2/60. seen today, john smithfield reports pain.", "john smithfield", "NAME"),
        ("-- McDonald, Jennifer RN", "McDonald, Jennifer", "NAME"),
        ("Name: June Green  DOB: 10/09/1945", "June Green", "NAME"),
        ("Pt: MacLeod, May  DOB 01/26/1997", "MacLeod, May", "NAME"),
        ("Tel: 07700 900512", "07700 900512", "PHONE"),
        ("Больная ЛЕБЕДЕВА\nЕКАТЕРИНА ТАРАСОВНА, 45 лет", "ЛЕБЕДЕВА\nЕКАТЕРИНА ТАРАСОВНА", "NAME"),
        ("Подпись: Л.Ю.\nГольдберг", "Л.Ю.\nГольдберг", "NAME"),
        ("Пациентка Е.В. Шмидт, 87 лет.", "Е.В. Шмидт", "NAME"),
        (
            "ФГБУ «НМИЦ им. В.А. Алмазова» Минздрава России",
            "ФГБУ «НМИЦ им. В.А. Алмазова» Минздрава России",
            "ORG",
        ),
        ("Royal Infirmary of Edinburgh", "Royal Infirmary of Edinburgh", "ORG"),
        ("Referred by Dr. Ana María López-García.", "Ana María López-García", "NAME"),
        ("Seen at Brigham and Women's Hospital ED.", "Brigham and Women's Hospital", "ORG"),
        ("г. Екатеринбург, пр-т Мира 68/2, кв 310", "г. Екатеринбург, пр-т Мира 68/2, кв 310", "ADDRESS"),
        ("Тюмень, ул. 50 лет Октября, д. 147/2", "Тюмень, ул. 50 лет Октября, д. 147/2", "ADDRESS"),
        (
            "Краснодарский край, Курганинский р-н, д. Михайловка, ул. Центральная, 60",
            "Краснодарский край, Курганинский р-н, д. Михайловка, ул. Центральная, 60",
            "ADDRESS",
        ),
        ("Врач-невролог А.В. Черных", "А.В. Черных", "NAME"),
        ("Больной Гаврилин\nР.Д., 45 лет", "Гаврилин\nР.Д.", "NAME"),
        ("Саркисян Марина Сергеевна  Возраст: 45", "Саркисян Марина Сергеевна", "NAME"),
        ("«28» июня 2024 г.", "«28» июня 2024", "DATE"),
        ("8 октября 2015г. поступил", "8 октября 2015", "DATE"),
        ("21.03.20 21:30 осмотр", "21.03.20", "DATE"),
        # organisations
        ("доставлена в ГБУЗ РБ ГКБ № 21 г. Уфа в 23:45", "ГБУЗ РБ ГКБ № 21 г. Уфа", "ORG"),
        ("для поступления в МГУ им. М.В. Ломоносова", "МГУ им. М.В. Ломоносова", "ORG"),
        ("Лаборатория «Хеликс»   Лицензия", "Лаборатория «Хеликс»", "ORG"),
        ("She works night shifts at Boeing. Last A1c 7%", "Boeing", "ORG"),
        ("He lives alone and works for the Royal Mail.", "the Royal Mail", "ORG"),
        ("Leeds General Infirmary\nDISCHARGE SUMMARY", "Leeds General Infirmary", "ORG"),
    ],
)
def test_found_in_real_document_layouts(text: str, value: str, typ: str) -> None:
    assert _found(text).get(value) == typ, _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Мужчина, 45 лет, жалобы на боль. Постменопауза 20 лет.",
        "Приступы головокружения купируются. Осмотрена неврологом, даны рекомендации.",
        "Пол: Мужской   Дата рождения не указана",
        "Выгрузка из МИС «Ариадна»",
        'на фоне приема КОК "Клайра", ВМС Мултилоуд 5 лет',
        "05.08 | Аугментин 875/125 мг 2 р/д; Актовегин 10,0 в/в",
        "АД до 130-140-144/95, курс 10-20-10-20-10",
        "МК 278, креатинин 82, Магнитом 1,5 Тл, режимы T1, T2, FLAIR, DWI",
        "history of HTN, HLD, DM2; ST elevation in II, III, aVF. Will reassess after analgesia.",
        "pt c/o pain, pt ambulating, pt states pain is better; per RN",
        "Johns Hopkins Hospital Internal Medicine Clinic",
        "Follow up in May. Plan: June follow-up.",
        "This is Lisinopril 10 mg daily; this is a 45 yo male.",
        "Bedside RN aware of plan; pt herself states pain improved; pt family reports concerns.",
        "Вера в выздоровление. Пациент читает роман.",
        "Диагноз: Болезнь Педжета (G20).",
        "Состояние удовлетворительное. АД 13О/8О.\nЛечащ ий врач",
        "Жалобы: Головокружение, 3 года. Since May 2019; you may call.",
        "решение ВК от 12.05",
        "Диагноз: Гипертония\nА.Б. норма",
        "Адрес: не указан. Адрес регистрации совпадает. Address: unknown",
        "Bell's palsy, Parkinson disease, Hodgkin lymphoma, Graves disease, Apgar 9/9, Foley catheter (16 Fr).",
        "[12.01.2020, 10:00] Мама: вера в лучшее, температура 37, дали нурофен",
    ],
)
def test_clinical_neighbours_stay(text: str) -> None:
    f = _found(text)
    assert not [
        k for k, v in f.items() if v in ("NAME", "ID", "ORG") and k not in ("Johns Hopkins Hospital",)
    ], f


def test_lowercase_word_surnames_are_not_propagated_alone() -> None:
    text = "Seen by Dr. Brown today. Productive cough with brown sputum, black stools."
    assert [k for k, v in _found(text, "en").items() if v == "NAME"] == ["Brown"]
