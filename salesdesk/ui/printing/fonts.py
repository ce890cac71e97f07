"""The fonts printed documents use, so Chinese and Korean print as real text.

Qt silently leaves out glyphs that no installed font has. The print font therefore names a
clean Latin face first and then CJK faces of Linux (Noto CJK, as Debian's fonts-noto-cjk
installs them), Windows and macOS; fonts dropped into ``resources/fonts`` or the user's
``fonts`` folder are registered too, for machines that have none.

Printed text forms no ligatures: a PDF reader can only tell which letters one glyph stands
for from the PDF's ToUnicode map, and Qt maps a ligature to its presentation form ("ﬁ",
U+FB01) or to nothing, so "Profile" would be found as "Proﬁle" or not at all.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from salesdesk.paths import resources_dir, user_data_dir

# OpenType features that join letters into one glyph (standard, contextual, discretionary,
# historical); required ligatures (rlig) stay, scripts need them.
LIGATURES = ("liga", "clig", "dlig", "hlig")
BODY_FAMILIES = (
    "DejaVu Sans",
    "Noto Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    "Noto Sans CJK SC",
    "Noto Sans CJK KR",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "Source Han Sans SC",
    "Source Han Sans K",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "Malgun Gothic",
    "PingFang SC",
    "Apple SD Gothic Neo",
)


@cache
def register_extra_fonts() -> tuple[str, ...]:
    """Load the .ttf/.otf/.ttc files shipped in resources/fonts and in the user's fonts folder.

    Returns the families they add. Runs once per process.
    """
    families: list[str] = []
    for folder in (resources_dir() / "fonts", user_data_dir() / "fonts"):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in {".ttf", ".otf", ".ttc"}:
                font_id = QFontDatabase.addApplicationFont(str(path))
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(families)


def print_font(point_size: float = 9.5) -> QFont:
    """Return the font of printed text: the body face with CJK faces to fall back on.

    Ligatures are off, so every glyph stands for one character.
    """
    extra = register_extra_fonts()
    font = QFont()
    font.setFamilies([*BODY_FAMILIES, *extra])
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    for feature in LIGATURES:
        font.setFeature(QFont.Tag(feature), 0)
    return font


def _script_of(char: str) -> str | None:
    if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
        return "Chinese"
    if "\uac00" <= char <= "\ud7af" or "\u1100" <= char <= "\u11ff":
        return "Korean"
    return None


def missing_scripts(text: str) -> list[str]:
    """Return the scripts in ``text`` ("Chinese", "Korean") that no available font can print.

    A script is missing when some of its characters in ``text`` are in none of the print
    font's families (installed, or added from a fonts folder): what the page would leave out.
    """
    families = [*BODY_FAMILIES, *register_extra_fonts()]
    found = [family for family in families if QFontDatabase.hasFamily(family)]
    metrics = [QFontMetrics(QFont(family)) for family in found]
    missing: dict[str, None] = {}
    for char in sorted(set(text)):
        script = _script_of(char)
        if script is None or script in missing:
            continue
        if not any(metric.inFontUcs4(ord(char)) for metric in metrics):
            missing[script] = None
    return list(missing)
