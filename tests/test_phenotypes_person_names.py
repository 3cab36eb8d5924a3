"""A person's name is never a phenotype (QA F15: "Олеся" -> stem "ол" -> ОЛ, acute leukaemia)."""

from __future__ import annotations

from medmoe.phenotypes import PhenotypeRecognizer


def test_first_name_not_a_phenotype() -> None:
    r = PhenotypeRecognizer(lang="ru")
    text = "Пациентка Олеся Петровна, 30 лет. Со слов Олеси, жалобы на слабость. [NAME] сообщила."
    ids = {m.id for m in r.recognize(text)}
    assert "HP:0002488" not in ids
    assert "HP:0025406" in ids  # the real complaint stays
    for m in r.recognize(text):
        assert m.text not in ("Олеся", "Олеси", "Петровна", "NAME"), m


def test_eponym_terms_still_found() -> None:
    r = PhenotypeRecognizer(lang="ru")
    ids = {m.id for m in r.recognize("Феномен Рейно, болезнь Крона.")}
    assert {"HP:0030880", "HP:0100280"} <= ids
