"""Transformation: modes, consistent inflected pseudonyms, valid surrogate ids, date shifts, fail closed."""

from __future__ import annotations

import re

import pytest

from medmoe.deid import Deidentifier, DeidError, Recognizer, Registry
from medmoe.deid.checksums import digits_of, inn_valid, snils_valid
from medmoe.deid.dates import parse_date
from medmoe.deid.pseudonyms import Pseudonymizer
from medmoe.deid.recognizers import builtin_recognizers

KEY = b"0123456789abcdef0123456789abcdef"


def test_modes() -> None:
    text = "Пациент Петров Иван Сергеевич, 12.03.1975 г.р., возраст 45 лет, тел. 8 (912) 111-22-33."
    assert (
        Deidentifier(lang="ru", mode="mask", key=KEY).process(text).text
        == "Пациент [NAME], [DATE] г.р., возраст 45 лет, тел. [PHONE]."
    )
    assert (
        Deidentifier(lang="ru", mode="redact", key=KEY).process(text).text
        == "Пациент ,  г.р., возраст 45 лет, тел. ."
    )
    gen = Deidentifier(lang="ru", mode="generalize", key=KEY).process(text).text
    assert gen == "Пациент [NAME], 1975 г.р., возраст 40-49 лет, тел. [PHONE]."


def test_pseudonyms_consistent_across_cases_and_documents() -> None:
    p = Pseudonymizer(KEY)
    nom = p.name("Петрова Анна Сергеевна")
    gen = p.name("Петровой Анны Сергеевны")
    ini = p.name("Петрова А.С.")
    s_nom, s_gen = nom.split()[0], gen.split()[0]
    assert s_gen.startswith(s_nom[:-1]) and s_gen.endswith("ой"), (
        nom,
        gen,
    )  # same surname, genitive feminine
    assert gen.split()[2].endswith("ны")  # patronymic in genitive
    assert ini.split()[1][0] == nom.split()[1][0]  # initials agree with the surrogate first name
    assert "Петров" not in nom + gen + ini
    d1 = Deidentifier(lang="ru", key=KEY).process("Врач Петрова А.С. осмотрела.", doc_id="a").text
    d2 = Deidentifier(lang="ru", key=KEY).process("Врач Петрова А.С. осмотрела.", doc_id="b").text
    assert d1 == d2
    other = Pseudonymizer(b"another-key-another-key-another!").name("Петрова Анна Сергеевна")
    assert other != nom


def test_surrogate_identifiers_validate() -> None:
    d = Deidentifier(lang="ru", key=KEY)
    out = d.process("СНИЛС 112-233-445 95, ИНН 500100732259.").text
    snils = re.search(r"\d{3}-\d{3}-\d{3} \d{2}", out).group()  # type: ignore[union-attr]
    inn = re.search(r"\b\d{12}\b", out).group()  # type: ignore[union-attr]
    assert snils != "112-233-445 95" and snils_valid(snils)
    assert inn != "500100732259" and inn_valid(inn)


def test_date_shift_preserves_intervals_per_patient() -> None:
    d = Deidentifier(lang="ru", key=KEY)
    out = d.process("Поступил 01.03.2020, выписан 15.03.2020.", doc_id="x", patient_id="p1").text
    dates = re.findall(r"\d{2}\.\d{2}\.\d{4}", out)
    a, b = (parse_date(x, "ru").when for x in dates)  # type: ignore[union-attr]
    assert (b - a).days == 14 and dates[0] != "01.03.2020"
    again = d.process("Контроль 01.03.2020.", doc_id="y", patient_id="p1").text
    assert dates[0] in again


class _Broken(Recognizer):
    name, types = "broken", ("NAME",)

    def find(self, text: str, lang: str):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")


def test_fail_closed() -> None:
    reg = Registry([*builtin_recognizers(natasha=False), _Broken()])
    d = Deidentifier(lang="ru", mode="mask", key=KEY, registry=reg)
    with pytest.raises(DeidError) as e:
        d.process("Пациент Петров Иван Сергеевич")
    assert "Петров" not in str(e.value)


def test_entities_offsets_point_into_original() -> None:
    text = "Пациентка Иванова Мария Петровна, тел. +7 912 345 67 89."
    res = Deidentifier(lang="ru", key=KEY).process(text)
    assert [text[e.start : e.end] for e in res.entities] == ["Иванова Мария Петровна", "+7 912 345 67 89"]
    assert digits_of(res.text) != digits_of(text)


def test_api_vault_and_audit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from medmoe.deid import AuditLog, Vault, reidentify

    vault, audit = Vault(tmp_path / "v", KEY), AuditLog(tmp_path / "a.jsonl")
    d = Deidentifier(lang="ru", key=KEY, vault=vault, audit=audit)
    text = "Пациент Петров Иван Сергеевич, тел. 8 (912) 111-22-33."
    res = d.process(text, doc_id="Петров.txt")
    with pytest.raises(DeidError):
        d.process(text)  # a vault without a document id could never be opened again
    vault.close()
    spans, _ = Vault(tmp_path / "v", KEY).load()["Петров.txt"]
    assert reidentify(res.text, spans) == text
    log = (tmp_path / "a.jsonl").read_text(encoding="utf-8")
    assert "Петров" not in log and '"NAME": 1' in log
