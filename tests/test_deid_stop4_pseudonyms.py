"""Pseudonymize keeps the structure of the name it replaces (issue #4, stop 4): each word keeps its role
(surname / first name / patronymic / initial), the name's gender and case, and separators, titles, letter case
and the number of parts stay; the same person in another form or case gets the same surrogate words."""

from __future__ import annotations

import re

import pytest

from medmoe.deid import Deidentifier
from medmoe.deid.morph import parse
from medmoe.deid.pseudonyms import Pseudonymizer, surrogate_lists
from medmoe.deid.vault import Vault, reidentify

KEY = b"0123456789abcdef0123456789abcdef"
LISTS = surrogate_lists()


def _norm(w: str) -> str:
    return w.lower().replace("ё", "е")


def _lemmas(word: str, role: str) -> set[str]:
    return {_norm(p.normal_form) for p in parse(word.lower()) if role in p.tag.grammemes}


def _is(word: str, *grammemes: str) -> bool:
    """Some pymorphy3 reading of `word` has all `grammemes` ("Name", "femn", "gent")."""
    return any(set(grammemes) <= p.tag.grammemes for p in parse(word.lower()))


def _first_name(word: str, gender: str) -> bool:
    pool = {_norm(w) for w in LISTS["ru_female" if gender == "femn" else "ru_male"]}
    return bool(_lemmas(word, "Name") & pool)


def _surname_family(word: str) -> str:
    """The -ов/-ин surrogate family of an inflected surrogate surname ("Ждановой" -> "жданов")."""
    w = _norm(word)
    fams = [_norm(s) for s in LISTS["ru_surnames"] if w.startswith(_norm(s)) and len(w) - len(s) <= 2]
    assert fams, word
    return max(fams, key=len)


@pytest.fixture(scope="module")
def p() -> Pseudonymizer:
    return Pseudonymizer(KEY)


# --------------------------------------------------------------------------------------- one-word spans
@pytest.mark.parametrize("word,gender", [("Роман", "masc"), ("Любовь", "femn"), ("Тимур", "masc")])
def test_lone_first_name_gets_a_first_name(p: Pseudonymizer, word: str, gender: str) -> None:
    out = p.name(word)
    assert _first_name(out, gender) and _is(out, "Name", "nomn"), out


def test_lone_patronymic_and_surname_keep_their_kind(p: Pseudonymizer) -> None:
    patr = p.name("Петровна")
    assert _is(patr, "Patr", "femn", "nomn") and _norm(patr) != "петровна", patr
    surn = p.name("Ивановой")
    assert surn.endswith("ой") and _surname_family(surn), surn


def test_field_label_and_column_header_name_the_part() -> None:
    d = Deidentifier(lang="ru", mode="pseudonymize", key=KEY)
    out = d.process("ФАМИЛИЯ: Роман\nИМЯ: Роман\nОТЧЕСТВО: Петровна").text
    surn, first, patr = (line.split(": ")[1] for line in out.splitlines())
    assert _surname_family(surn) and _first_name(first, "masc") and _is(patr, "Patr", "femn"), out
    table = "фамилия;имя;отчество;дата рождения\nЛи;Роман;Петрович;01.02.1980\n"
    row = d.process(table).text.splitlines()[1].split(";")
    assert row[0] in LISTS["ru_surnames_fixed"], row  # "Ли" does not decline: neither does its surrogate
    assert _first_name(row[1], "masc") and _is(row[2], "Patr", "masc"), row


def test_english_field_label(p: Pseudonymizer) -> None:
    out = Deidentifier(lang="en", mode="pseudonymize", key=KEY).process(
        "First name: Faith\nLast name: Walker"
    )
    first, last = (line.split(": ")[1] for line in out.text.splitlines())
    assert first in LISTS["en_first"] and last in LISTS["en_last"], out.text


# --------------------------------------------------------------------------- Russian chains: gender and case
def test_indeclinable_surname_with_oblique_first_name(p: Pseudonymizer) -> None:
    gen = p.name("Ли Любови").split()
    nom = p.name("Ли Любовь").split()
    assert gen[0] == nom[0] and gen[0] in LISTS["ru_surnames_fixed"], (gen, nom)
    assert _first_name(gen[1], "femn") and _is(gen[1], "Name", "femn", "gent"), gen
    assert _lemmas(gen[1], "Name") & _lemmas(nom[1], "Name"), (gen, nom)  # one first name, two cases


@pytest.mark.parametrize(
    "name,gender,case",
    [
        ("Лейсан Ильдаровны", "femn", "gent"),  # a guessed first name follows its patronymic
        ("Гульназ Магомедовна", "femn", "nomn"),
        ("кочеткова наргиза фёдоровна", "femn", "nomn"),
        ("Валиев Ильдар Фаридович", "masc", "nomn"),  # not the plural of "Валий"
        ("Бекмурзаевым Р.Р.", "masc", "ablt"),
        ("Вишневской А.Ж.", "femn", "gent"),
    ],
)
def test_every_word_keeps_role_gender_and_case(p: Pseudonymizer, name: str, gender: str, case: str) -> None:
    out = p.name(name)
    for orig, new in zip(name.split(), out.split()):
        if re.fullmatch(r"\w\.(\w\.)?", orig):
            assert re.fullmatch(r"\w\.(\w\.)?", new), out
        elif _is(orig, "Patr"):
            assert _is(new, "Patr", gender, case), out
        elif _norm(orig) in {"лейсан", "гульназ", "наргиза", "ильдар"}:
            assert _first_name(new, gender) and _is(new, "Name", case), out
        else:
            fam = _surname_family(new)
            ending = _norm(new)[len(fam) :]
            endings = {"masc": {"nomn": "", "gent": "а", "ablt": "ым"}, "femn": {"nomn": "а", "gent": "ой"}}
            assert ending == endings[gender][case], out
        assert new[:1].isupper() == orig[:1].isupper(), out


def test_consistent_across_forms_and_cases(p: Pseudonymizer) -> None:
    full = p.name("Петрова Анна Сергеевна").split()
    gen = p.name("Петровой Анны Сергеевны").split()
    ini_after = p.name("Петрова А.С.").split()
    ini_before = p.name("А.С. Петрова").split()
    assert _surname_family(full[0]) == _surname_family(gen[0]) == _surname_family(ini_after[0])
    assert ini_after[0] == ini_before[1] and ini_after[1] == ini_before[0]
    assert ini_after[1] == full[1][0] + "." + full[2][0] + "."  # initials agree with the surrogate words
    assert p.name("ПЕТРОВА А.С.") == ini_after[0].upper() + " " + ini_after[1]


def test_double_surname_turkic_particle_and_line_break(p: Pseudonymizer) -> None:
    double = p.name("Римской-Корсаковой А.В.")
    first, second = double.split()[0].split("-")
    assert first.endswith("ой") and second.endswith("ой") and first != second, double
    assert p.name("Мусин-Пушкин Д.Р.").count("-") == 1
    turkic = p.name("Мамедов Рашад Рза оглы").split()
    assert len(turkic) == 4 and turkic[3] == "оглы" and _first_name(turkic[2], "masc"), turkic
    broken = p.name("Гри-\nгорян")
    assert re.fullmatch(r"[А-ЯЁ][а-яё]+-\n[а-яё]+", broken) and "горян" not in broken, broken


def test_common_word_inside_a_name_span_stays(p: Pseudonymizer) -> None:
    out = p.name("ЛОР-врачом Кочетковой Ф.М.")
    assert out.startswith("ЛОР-врачом ") and out.split()[1].endswith("ой"), out


# --------------------------------------------------------------------------------- Latin-script structure
def test_hl7_caret_name_keeps_components(p: Pseudonymizer) -> None:
    out = p.name("PEREZ MORA^LUCIA^M^^^MD")
    m = re.fullmatch(r"([A-Z]+) ([A-Z]+)\^([A-Z]+)\^([A-Z])\^\^\^MD", out)
    assert m, out
    assert m.group(1).capitalize() in LISTS["en_last"] and m.group(3).capitalize() in LISTS["en_first"]
    assert not {"PEREZ", "MORA", "LUCIA"} & set(m.groups()) and m.group(4) != "M"
    assert re.fullmatch(r"PN [A-Z]+\^[A-Z]+\^[A-Z]+", p.name("PN GUSEV^IURII^ILICH"))


@pytest.mark.parametrize(
    "name,shape",
    [
        ("SMITH, John A.", r"[A-Z]+, [A-Z][a-z]+ [A-Z]\."),
        ("Hunter Dubois, FRCPC", r"[A-Z][a-z]+ [A-Z][a-z]+, FRCPC"),
        ("García-López, Minh", r"[A-Z][a-z]+-[A-Z][a-z]+, [A-Z][a-z]+"),
        ("Muhammad Firdaus bin Hassan", r"[A-Z][a-z]+ [A-Z][a-z]+ bin [A-Z][a-z]+"),
        ("Huda al-Rashid", r"[A-Z][a-z]+ al-[A-Z][a-z]+"),
        ("diego macleod", r"[a-z]+ [a-z]+"),
    ],
)
def test_english_shapes(p: Pseudonymizer, name: str, shape: str) -> None:
    out = p.name(name)
    assert re.fullmatch(shape, out), out
    kept = {"frcpc", "bin", "al"}
    assert not ({w.lower() for w in re.findall(r"\w+", name)} - kept) & {
        w.lower() for w in re.findall(r"\w+", out)
    }


def test_english_roles_and_initials_agree(p: Pseudonymizer) -> None:
    full = p.name("John Smith").split()
    assert full[0] in LISTS["en_first"] and full[1] in LISTS["en_last"], full
    assert p.name("J. Smith") == f"{full[0][0]}. {full[1]}"
    assert p.name("SMITH, John").split(", ") == [full[1].upper(), full[0]]
    assert p.name("Smith") == full[1]
    caps_first = p.name("SMITH John").split()  # the ALL-CAPS word is the surname wherever it stands
    assert caps_first == [full[1].upper(), full[0]], caps_first


# ----------------------------------------------------------------------------------------- end to end
def test_reid_restores_structured_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "PID|1||123||PEREZ MORA^LUCIA^M^^^MD||19800101|F\n"
        "Осмотрена Ли Любови Петровны, врач Римская-Корсакова А.В.\n"
        "фамилия;имя;отчество\nИванова;Любовь;Ивановна\n"
    )
    vault = Vault(tmp_path / "v.vault", KEY)
    res = Deidentifier(lang="auto", mode="pseudonymize", key=KEY, vault=vault).process(text, doc_id="d1")
    vault.close()
    assert "PEREZ" not in res.text and "Любови" not in res.text and "Корсакова" not in res.text
    spans, _ = Vault(tmp_path / "v.vault", KEY).load()["d1"]
    assert reidentify(res.text, spans) == text
