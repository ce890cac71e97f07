"""Print, as JSON, everything Qt Core asks ICU for: collation, encodings, zone names, case.

Run by tests/test_icu_data.py once on Qt's own ICU data and once on the bundle's trimmed copy
(``LD_LIBRARY_PATH``); ``"icu"`` names the ICU data library the process loaded.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import (
    QCollator,
    QDate,
    QDateTime,
    QLocale,
    QStringDecoder,
    QStringEncoder,
    QTime,
    QTimeZone,
)

WORDS = ["Äpfel", "apfel", "Zebra", "über", "Ufer", "张伟", "李娜", "王芳", "김민준", "이서연"]
WORDS += ["Ørsted", "ñandú", "nube", "ćevapi", "čaj", "cesta", "İzmir", "Ίρις", "Юрий", "日本"]
LOCALES = ["de_DE", "sv_SE", "zh_CN", "zh_TW", "ko_KR", "ja_JP", "es_ES", "hr_HR", "tr_TR"]
LOCALES += ["en_US", "fr_CH", "ar_EG", "hi_IN", "ru_RU", "el_GR", "lt_LT", "nl_NL", "sr_RS"]
ZONES = [b"Europe/Berlin", b"Asia/Shanghai", b"Asia/Seoul", b"America/New_York"]
ZONES += [b"Asia/Kolkata", b"Australia/Lord_Howe", b"Africa/Cairo", b"Europe/Zurich"]


def main() -> None:
    out: dict[str, object] = {}
    for name in LOCALES:
        locale = QLocale(name)
        collator = QCollator(locale)
        out[f"compare {name}"] = [collator.compare(a, b) for a in WORDS for b in WORDS]
        collator.setNumericMode(True)
        collator.setIgnorePunctuation(True)
        out[f"numeric {name}"] = [collator.compare("a10", "a9"), collator.compare("a-b", "ab")]
        out[f"upper {name}"] = locale.toUpper("istanbul iı ﬁ straße ijs άέή čaj")
        out[f"lower {name}"] = locale.toLower("İSTANBUL IÌ ΣΑΣ ČAJ")
    codecs = QStringDecoder.availableCodecs()
    out["codecs"] = codecs
    for codec in codecs:
        decoder = QStringDecoder(codec)
        out[f"codec {codec}"] = [decoder.isValid(), decoder.name(), QStringEncoder(codec).isValid()]
    moment = QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone(b"UTC"))
    out["zones"] = len(QTimeZone.availableTimeZoneIds())
    for zone_id in ZONES:
        zone = QTimeZone(zone_id)
        for name in LOCALES:
            out[f"zone {zone_id} {name}"] = [
                zone.displayName(kind, style, QLocale(name))
                for kind in QTimeZone.TimeType
                for style in QTimeZone.NameType
            ]
        out[f"moment {zone_id}"] = [
            zone.displayName(moment),
            zone.abbreviation(moment),
            moment.toTimeZone(zone).toString("yyyy-MM-dd HH:mm t"),
        ]
    with open("/proc/self/maps", encoding="utf-8") as maps:
        out["icu"] = sorted({line.split()[-1] for line in maps if "libicudata" in line})
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True, default=str)


if __name__ == "__main__":
    main()
