"""Numbers as Word shows them in automatic numbering: 一、, (十二), 壹, ①, IV, 甲 …"""

from __future__ import annotations

_CJK_DIGITS = "零一二三四五六七八九"


_LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖"


_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖"


_UNITS = ("", "十", "百", "千", "万")


_LEGAL_UNITS = ("", "拾", "佰", "仟", "万")


_LEGAL_UNITS_TRADITIONAL = ("", "拾", "佰", "仟", "萬")


_COUNTING_FORMATS = frozenset({
    "chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
    "taiwaneseCountingThousand", "japaneseCounting",
})


_STEMS = "甲乙丙丁戊己庚辛壬癸"


_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


def _chinese_counting(value: int, digits: str, units: tuple[str, ...], legal: bool) -> str:
    """Write 1..99999 the Chinese way: 十, 十一, 二十, 一百零一, 一千零一十."""
    parts: list[str] = []
    text = str(value)
    pending_zero = False
    for position, char in enumerate(text):
        digit = int(char)
        unit_index = len(text) - position - 1
        if digit == 0:
            pending_zero = bool(parts)
            continue
        if pending_zero:
            parts.append(digits[0])
            pending_zero = False
        ten_alone = not legal and digit == 1 and unit_index == 1 and position == 0  # 十一, not 一十一
        parts.append(("" if ten_alone else digits[digit]) + units[unit_index])
    return "".join(parts)


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


# First code point and first value of each run of circled numbers: ①-⑳, ㉑-㉟, ㊱-㊿.
_CIRCLED = ((0x2460, 1, 20), (0x3251, 21, 35), (0x32B1, 36, 50))


def _roman(value: int) -> str:
    out = []
    for number, letters in _ROMAN:
        count, value = divmod(value, number)
        out.append(letters * count)
    return "".join(out)


def format_number(value: int, number_format: str) -> str:
    """Render ``value`` in a Word ``w:numFmt``; unknown formats fall back to decimal."""
    fmt = number_format
    if fmt in ("none", "bullet"):
        return ""
    if value <= 0 or value > 10**6:
        return str(value)
    if fmt in _COUNTING_FORMATS and value < 100000:
        return _chinese_counting(value, _CJK_DIGITS, _UNITS, legal=False)
    if fmt == "chineseLegalSimplified" and value < 100000:
        return _chinese_counting(value, _LEGAL_SIMPLIFIED, _LEGAL_UNITS, legal=True)
    if fmt == "ideographLegalTraditional" and value < 100000:
        return _chinese_counting(value, _LEGAL_TRADITIONAL, _LEGAL_UNITS_TRADITIONAL, legal=True)
    if fmt in ("ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(value))
    if fmt == "ideographTraditional" and value <= 10:
        return _STEMS[value - 1]
    if fmt == "ideographZodiac" and value <= 12:
        return _BRANCHES[value - 1]
    if fmt == "ideographZodiacTraditional" and value <= 60:
        return _STEMS[(value - 1) % 10] + _BRANCHES[(value - 1) % 12]
    if fmt in ("upperRoman", "lowerRoman") and value < 4000:
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and value <= 780:  # A..Z, AA..ZZ, ...
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        for first_code, first, last in _CIRCLED:
            if first <= value <= last:
                return chr(first_code + value - first)
    if fmt == "ideographEnclosedCircle" and value <= 10:
        return chr(0x3220 + value - 1)
    if fmt == "decimalEnclosedParen" and value <= 20:
        return chr(0x2474 + value - 1)
    if fmt == "decimalEnclosedFullstop" and value <= 20:
        return chr(0x2488 + value - 1)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(0xFF10 + int(d)) for d in str(value))
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return f"{value}{suffix}"
    return str(value)
