"""Check digits of Russian identifiers: validate what we detect, and make surrogates that validate too.

Why both directions: a checksum turns "11 digits" into "almost surely a SNILS" (precision), and a
pseudonymized document must still pass downstream validators (a surrogate SNILS with a bad check digit
would break a registry import and also reveal which fields were replaced).
"""

from __future__ import annotations

_INN10_W = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_W1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_W2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def digits_of(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def snils_check(first9: str) -> str:
    """The two check digits of a SNILS: sum of digit*weight (9..1); <100 as is, 100/101 -> 00, else mod 101."""
    total = sum(int(d) * w for d, w in zip(first9, range(9, 0, -1), strict=True))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_valid(s: str) -> bool:
    d = digits_of(s)
    # numbers up to 001-001-998 were issued without a checksum; treat them as valid-looking only in context
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def _inn_digit(d: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(x) * w for x, w in zip(d, weights, strict=True)) % 11 % 10)


def inn_valid(s: str) -> bool:
    d = digits_of(s)
    if len(d) == 10:
        return _inn_digit(d[:9], _INN10_W) == d[9]
    if len(d) == 12:
        return _inn_digit(d[:10], _INN12_W1) == d[10] and _inn_digit(d[:11], _INN12_W2) == d[11]
    return False


def inn_complete(prefix: str) -> str:
    """Append check digits to a 9-digit (legal entity) or 10-digit (person) INN prefix."""
    if len(prefix) == 9:
        return prefix + _inn_digit(prefix, _INN10_W)
    if len(prefix) == 10:
        p11 = prefix + _inn_digit(prefix, _INN12_W1)
        return p11 + _inn_digit(p11, _INN12_W2)
    raise ValueError("inn_complete: prefix must have 9 or 10 digits")


def luhn_valid(s: str) -> bool:
    d = [int(x) for x in digits_of(s)]
    if len(d) < 2:
        return False
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_valid(prefix + c):
            return prefix + c
    raise AssertionError("unreachable")


def oms_check(first15: str) -> str:
    """Check digit of the unified OMS policy number (ENP), per the FFOMS algorithm: digits in odd positions
    from the right (excluding the check digit) form a number that is doubled, concatenated with the even-position
    digits; the check digit complements the digit sum to a multiple of 10."""
    rev = first15[::-1]
    odd = "".join(rev[i] for i in range(0, len(rev), 2))
    even = "".join(rev[i] for i in range(1, len(rev), 2))
    s = str(int(odd[::-1]) * 2) + even[::-1]
    total = sum(int(x) for x in s)
    return str((10 - total % 10) % 10)


def nhs_valid(s: str) -> bool:
    """NHS number (England/Wales): 10 digits, weights 10..2 on the first nine, mod 11 check digit (10 invalid)."""
    d = digits_of(s)
    if len(d) != 10:
        return False
    check = 11 - sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1), strict=True)) % 11
    return check != 10 and str(check % 11) == d[9]


def sa_id_valid(s: str) -> bool:
    """South African ID number: 13 digits YYMMDD SSSS C A Z, a real birth date, citizenship C in {0, 1} and a
    Luhn check digit. Why the date and citizenship too: Luhn alone passes one random 13-digit number in ten."""
    d = digits_of(s)
    if len(d) != 13 or d[10] not in "01" or not luhn_valid(d):
        return False
    month, day = int(d[2:4]), int(d[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31


_NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
_NRIC_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}


def nric_valid(s: str) -> bool:
    """Singapore NRIC/FIN (S/T citizens, F/G foreigners): a prefix letter, 7 digits, a check letter from the
    weighted digit sum (+4 for T and G). M-series FINs use another table and are left to the label rules."""
    s = s.strip().upper()
    if len(s) != 9 or s[0] not in _NRIC_LETTERS or not s[1:8].isdigit():
        return False
    total = sum(int(x) * w for x, w in zip(s[1:8], _NRIC_WEIGHTS, strict=True)) + (4 if s[0] in "TG" else 0)
    return _NRIC_LETTERS[s[0]][total % 11] == s[8]


def npi_valid(s: str) -> bool:
    """US National Provider Identifier: 10 digits, Luhn over the number prefixed with 80840."""
    d = digits_of(s)
    return len(d) == 10 and d[0] in "12" and luhn_valid("80840" + d)
