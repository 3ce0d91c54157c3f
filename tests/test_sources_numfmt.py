"""Excel number formats: a stored value becomes the text the cell shows."""

from __future__ import annotations

from datetime import datetime

import pytest

from jixiao.kg.reader.sources.numfmt import BUILTIN_FORMATS, format_value, serial_to_datetime

CASES = [
    # percentages, decimals, grouping, padding
    (0.95, "0%", "95%"), (1, "0%", "100%"), (0.955, "0.0%", "95.5%"), (0.88, "0%", "88%"),
    (5, "0.00", "5.00"), (12.345, "0.00", "12.35"), (2.5, "0", "3"), (-2.5, "0", "-3"),
    (1234567.891, "#,##0.00", "1,234,567.89"), (90, "0_ ", "90"), (12.3, "0.00_ ", "12.30"),
    (0.5, "#.##", ".5"), (-0.001, "0.00", "0.00"),
    # General
    (6730, "General", "6730"), (0.1 + 0.2, "General", "0.3"), (1e20, "General", "1E+20"),
    (0.000012345, "General", "0.000012345"), (123.456, 'General"万元"', "123.456万元"),
    # sections, literals, currency, conditions, scaling
    (-5, "0.00;-0.00", "-5.00"), (-5, "0.00;(0.00)", "(5.00)"), (0, '0;-0;"零"', "零"),
    (12.3, '0.00"万元"', "12.30万元"), (1234.5, "¥#,##0.00", "¥1,234.50"),
    (1234.5, "[$¥-804]#,##0.00", "¥1,234.50"), (-1234.5, "#,##0.00_);[Red](#,##0.00)", "(1,234.50)"),
    (15, "[Red][>=10]0.0;0", "15.0"), (3000000, '0.0,,"百万"', "3.0百万"), (1234567, "000-0000", "123-4567"),
    (123456, "0.00E+00", "1.23E+05"), (0.5, "# ?/?", "1/2"), (1.25, "# ?/?", "1 1/4"),
    # dates and times
    (45366, 'yyyy"年"m"月"d"日"', "2024年3月15日"), (45292, "yyyy/m/d", "2024/1/1"),
    (45292.5, "yyyy-mm-dd hh:mm", "2024-01-01 12:00"), (45292, "m/d/yy", "1/1/24"),
    (45292.75, "h:mm AM/PM", "6:00 PM"), (45292.75, '上午/下午h"时"mm"分"', "下午6时00分"),
    (1.5, "[h]:mm:ss", "36:00:00"), (45292, "aaaa", "星期一"), (45292, "mmm-yy", "Jan-24"),
    (datetime(2024, 3, 15), "yyyy-mm-dd", "2024-03-15"),
    # text and booleans
    ("abc", "@", "abc"), ("abc", '0;-0;0;"文本："@', "文本：abc"), ("在规定时间结案率为95%", "0%", "在规定时间结案率为95%"),
    (True, "General", "TRUE"),
]


@pytest.mark.parametrize(("value", "fmt", "shown"), CASES)
def test_a_value_is_shown_as_excel_shows_it(value, fmt, shown):
    assert format_value(value, fmt) == shown


def test_chinese_builtin_date_formats_are_used_for_builtin_ids():
    assert format_value(45366, BUILTIN_FORMATS[14]) == "2024/3/15"
    assert format_value(45366, BUILTIN_FORMATS[31]) == "2024年3月15日"
    assert format_value(45366, BUILTIN_FORMATS[57]) == "2024年3月"


def test_the_1900_and_1904_date_systems():
    assert serial_to_datetime(1) == datetime(1900, 1, 1)
    assert serial_to_datetime(61) == datetime(1900, 3, 1)  # after Excel's phantom 29 Feb 1900
    assert format_value(0, "yyyy-mm-dd", date1904=True) == "1904-01-01"


def test_a_broken_format_never_raises():
    for fmt in ["0.0.0", '"unclosed', "[", "yyyy\\", ";;;", "#,##0,,,", "0E+", "??/"]:
        assert isinstance(format_value(1234.5, fmt), str)
