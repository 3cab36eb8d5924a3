"""Historical, family and hypothetical mentions: a red flag named there is not happening now.

Why this is separate from negation (`rules.is_negated`): "Инсульт перенесла 2 года назад", "father died of a
stroke", "known stable angina", "if the chest pain comes back, call 999" name a red flag that the patient
does not have today, but no negation cue covers them, and counting them made routine follow-up visits
urgent or emergencies.

Scope, narrow on purpose (a current red flag read as past is a missed emergency):
- a past time ("2 года назад", "in 2015", "last year"), a family member's illness, a hypothetical ("при
  повторении", "should it return") or an episode-free interval covers its own comma-delimited clause only,
  and "now/сейчас/но/but" end that clause ("Инфаркт в 2019, сейчас давящая боль за грудиной" keeps the pain);
- history words ("в анамнезе", "history of", "known", "previous", "перенес...", "stable") and "if" cover only a
  mention within two words of them, because "chest pain like his previous MI" is a current chest pain;
- any of them before a colon covers the list the colon opens, to the end of the sentence ("Год назад была
  паническая атака: сердцебиение, пот"; "PMH: MI, CVA").
Reading about an illness ("прочитала про менингит", "read about strokes") covers its clause like a hypothetical.
Durations of the present illness ("час назад", "2 hours ago", "since last month") are never markers.
"""

from __future__ import annotations

import re

_WIDE = re.compile(
    r"(?<!\w)(?:"
    # Russian: past time, family, hypothetical, episode-free
    r"\d+\s*(?:год|года|лет|мес\w*)\.?\s+назад|(?:год|полгода|месяц|несколько\s+лет)\s+назад"
    r"|в\s+(?:19|20)\d\d(?:\s*г\w*\.?)?|(?<!с\s)(?:в\s+)?(?:прошл\w+|позапрошл\w+)\s+(?:год\w*|месяц\w*)"
    r"|(?:отец|мать|мама|папа|брат|сестра|бабушка|дедушка)\s+(?:\w+\s+)?(?:умер\w*|болел\w*|перенес\w*)"
    r"|умер\w*\s+от|семейн\w+\s+анамнез\w*"
    r"|(?:прочитал\w*|прочла|читал\w*|посмотрел\w*)\s+(?:\S+\s+){0,2}?(?:про|о|об)"  # worried well: "прочитала про инсульт"
    r"|при\s+(?:повторении|возобновлении|повторе)|если\s+(?:\w+\s+)?(?:снова|опять|вновь|повторится)"
    r"|с\s+тех\s+пор\s+не\s+(?:повторял\w*|было|беспоко\w*)|(?:приступов|эпизодов)\s+(?:\w+\s+)?(?:не\s+было|нет)"
    # English
    r"|(?:\d+\s*)?(?:years?|yrs?)\s+ago|\d+\s*months?\s+ago|(?:a|one|two|three|four|five|several|many|few)\s+(?:years?|months?)\s+ago"
    r"|in\s+(?:19|20)\d\d|(?<!since\s)last\s+(?:year|month|summer|winter|spring|autumn|fall)"
    r"|as\s+a\s+(?:child|teenager|kid)|family\s+history|(?:father|mother|dad|mum|mom|brother|sister|grandma|grandpa"
    r"|grandmother|grandfather|parents?)\s+(?:\w+\s+)?(?:died|passed\s+away)|died\s+(?:of|from)"
    r"|should\s+(?:\w+\s+)?(?:return|recur|come\s+back)|(?:read|reading|been\s+reading)\s+(?:\S+\s+){0,2}?about"
    r"|no\s+(?:episodes?|attacks?|seizures?|fits?)\s+(?:\w+\s+)?(?:for|since|in)|(?:seizure|fit|attack|episode)[- ]free"
    r")(?!\w)"
)
_HIST = (r"в\s+анамнезе|анамнез\w*|перенес\w*|в\s+прошлом|стабильн\w*|history\s+of|h/o|hx\s+of|pmh|known|previous"
         r"|prior|stable|if|если|in\s+case\s+of|при\s+появлении|в\s+случае")
_NEAR_BEFORE = re.compile(rf"(?<!\w)(?:{_HIST})\s+(?:\S+\s+){{0,2}}$")
_HIST_WORD = re.compile(rf"(?<!\w)(?:{_HIST})(?!\w)")
_NEAR_AFTER = re.compile(r"^(?:[- ]free(?!\w)|\W*(?:\S+\s+){0,2}?(?:в\s+анамнезе|перенес\w*|in\s+the\s+past|в\s+прошлом)(?!\w))")
# "после инсульта 2 года", "after the MI 3 years": status post, the years counted since the event
_POST_BEFORE = re.compile(r"(?<!\w)(?:после|after(?:\s+the|\s+my|\s+his|\s+her)?)\s+$")
_YEARS_AFTER = re.compile(r"^\s*(?:уже\s+)?(?:\d+|два|три|несколько|много|one|two|three|several|many)\s+(?:год|года|лет|years?)(?!\w)")
_CLAUSE = re.compile(r"[,;!?\n]|\.(?!\d)|(?<!\w)(?:but|но|однако|now|сейчас|today|сегодня|currently)(?!\w)")
SENT_BREAK = re.compile(r"[!?;\n]|\.(?!\d)")  # a sentence ends here (also `rules.py`'s)
_WINDOW = 300  # characters looked at on each side: a clause longer than this is not a clause


def _last_end(pat: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    return max((m.end() for m in pat.finditer(text, lo, hi)), default=lo)


def is_historical(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (in the lower-cased note) is a past, family or hypothetical mention."""
    lo = max(0, start - _WINDOW)
    left = _last_end(_CLAUSE, text, lo, start)
    stop = _CLAUSE.search(text, end, min(len(text), end + _WINDOW))
    right = stop.start() if stop else min(len(text), end + _WINDOW)
    before, after = text[left:start], text[end:right]
    if _WIDE.search(before) or _WIDE.search(after):
        return True
    if _NEAR_BEFORE.search(before) or _NEAR_AFTER.search(after) or (_POST_BEFORE.search(before) and _YEARS_AFTER.match(after)):
        return True
    # a marker before a colon covers the list after it, to the end of the sentence
    head = text[_last_end(SENT_BREAK, text, lo, start):start]
    colon = head.rfind(":")
    if colon < 0:
        return False
    lead = head[:colon]
    lead = lead[_last_end(_CLAUSE, lead, 0, len(lead)):]
    return bool(_WIDE.search(lead) or _HIST_WORD.search(lead))
