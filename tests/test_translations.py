"""The Chinese and Korean catalogs: complete, current, faithful to placeholders, and loaded."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from salesdesk import language
from salesdesk.core import i18n
from tests import catalog_tool

ROOT = Path(__file__).resolve().parents[1]
_PLACEHOLDERS = re.compile(r"%L?n|%\d{1,2}")
_MNEMONIC = re.compile(r"&(?!&)\w")


tool = catalog_tool.load()
FOUND = tool.find_phrases()


@pytest.mark.parametrize("code", tool.LANGUAGES)
def test_every_phrase_has_a_finished_translation(code: str) -> None:
    catalog = tool.read_catalog(tool.catalog_path(code))
    missing = [
        f"{context}: {source!r}"
        for (context, source) in FOUND.phrases
        if (context, source) not in catalog or not catalog[(context, source)].finished
    ]
    assert not missing, f"{len(missing)} phrases without a {code} translation:\n" + "\n".join(
        missing[:40]
    )


@pytest.mark.parametrize("code", tool.LANGUAGES)
def test_translations_keep_the_placeholders_and_mnemonics(code: str) -> None:
    catalog = tool.read_catalog(tool.catalog_path(code))
    wrong = []
    for key, phrase in FOUND.phrases.items():
        translation = catalog.get(key)
        if translation is None:
            continue
        wanted = sorted(_PLACEHOLDERS.findall(phrase.source))
        for form in translation.forms:
            if sorted(_PLACEHOLDERS.findall(form)) != wanted:
                wrong.append(f"{key}: {form!r} (placeholders)")
            if bool(_MNEMONIC.search(phrase.source)) != bool(_MNEMONIC.search(form)):
                wrong.append(f"{key}: {form!r} (mnemonic)")
            if phrase.plural and "(s)" in form:
                wrong.append(f"{key}: {form!r} (English plural notation)")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", tool.LANGUAGES)
def test_the_catalog_holds_exactly_the_phrases_of_the_code(code: str, tmp_path: Path) -> None:
    """`make translations` ran after the last change of a phrase: nothing stale or extra."""
    current = tmp_path / f"salesdesk_{code}.ts"
    current.write_bytes(tool.catalog_path(code).read_bytes())
    tool.write_catalog(current, code, FOUND)
    assert current.read_text("utf-8") == tool.catalog_path(code).read_text("utf-8")


def test_every_phrase_is_written_out() -> None:
    """A phrase built at run time (f-string, .format, +) cannot be in the catalog."""
    assert not FOUND.built, "\n".join(f"{f}:{line}: {call}" for f, line, call in FOUND.built)


@pytest.mark.parametrize(
    ("code", "file_menu", "cancel"), [("zh_CN", "文件(&F)", "取消"), ("ko_KR", "파일(&F)", "취소")]
)
def test_a_chosen_language_speaks_in_core_screens_and_qt_dialogs(
    qapp: QCoreApplication, code: str, file_menu: str, cancel: str
) -> None:
    from salesdesk.ui.app import application

    translations = language.use_language(code)
    application()
    assert i18n.translate("MainWindow", "&File") == file_menu
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    assert QLocale().language() == QLocale(code).language()
    assert translations.ours is not None and translations.qt is not None
    language.forget()
    assert i18n.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_plural_phrases_use_the_count() -> None:
    language.use_language("zh_CN")
    text = i18n.translate_n("Board", "%Ln deal(s)", 1234, count="1,234")
    assert "1,234" in text and "(s)" not in text


@pytest.mark.parametrize(
    ("name", "expected"),
    [("zh_CN", "zh_CN"), ("zh_Hans_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("ko_KR", "ko_KR")]
    + [("ko", "ko_KR"), ("en_GB", "en"), ("de_DE", None), ("C", None)],
)
def test_locale_names_map_to_the_shipped_languages(name: str, expected: str | None) -> None:
    assert language.supported(name) == expected


def test_the_saved_choice_wins_over_the_system_and_the_option_over_both() -> None:
    assert language.saved_language() is None
    language.save_language("ko_KR")
    assert language.chosen_language() == "ko_KR"
    assert language.chosen_language("zh_CN") == "zh_CN"
    language.save_language(None)
    assert language.saved_language() is None
    assert language.chosen_language() == language.system_language()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "script"), [("zh_CN", "[\u4e00-\u9fff]"), ("ko_KR", "[\uac00-\ud7a3]")]
)
def test_a_new_database_under_the_systems_language_speaks_it(
    tmp_path: Path, lang: str, script: str
) -> None:
    """LANG alone (its locale files need not be installed) chooses the language."""
    import sqlite3
    import subprocess
    from contextlib import closing

    from tests.processes import child_env

    env = child_env(without=("LC_ALL", "LC_MESSAGES", "LANGUAGE"), LANG=f"{lang}.UTF-8")
    db = tmp_path / "new.sqlite3"
    command = [sys.executable, "-m", "salesdesk", "demo", "--db", str(db)]
    done = subprocess.run(
        [*command, "--customers", "4", "--deals", "6"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert re.search(script, done.stdout), done.stdout  # the summary line in the language
    with closing(sqlite3.connect(db)) as connection:
        stages = [name for (name,) in connection.execute("SELECT name FROM stages")]
        questions = [text for (text,) in connection.execute("SELECT prompt FROM profile_questions")]
        items = [
            text for (text,) in connection.execute("SELECT text FROM checklist_template_items")
        ]
        reasons = [name for (name,) in connection.execute("SELECT name FROM lost_reasons")]
        customers = [name for (name,) in connection.execute("SELECT name FROM customers")]
    for words in (stages, questions, items, reasons, customers):
        assert words and all(re.search(script, word) for word in words), words


def test_money_follows_a_chosen_language_and_else_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    language.use_language(language.supported(QLocale.system().name()) or language.ENGLISH)
    assert language.money_locale() == "de_DE"  # the system's language: its regional settings
    other = "ko_KR" if language.supported(QLocale.system().name()) != "ko_KR" else "zh_CN"
    language.use_language(other)
    assert language.money_locale() == other
