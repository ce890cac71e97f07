"""Which language SalesDesk speaks, and loading its translations (ours and Qt's own).

The language follows the system (LANG/LC_ALL/LC_MESSAGES on Linux, the OS setting on Windows
and macOS) unless ``--language`` or the choice saved in Preferences says otherwise; the choice
takes effect at the next start. One lookup serves the core (``core.i18n``), the command line
and the screens; Qt's own catalog (``qtbase_*.qm``) is installed into the application too, so
standard buttons and the file and print dialogs speak the same language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from salesdesk.core import i18n
from salesdesk.paths import resources_dir

ENGLISH = "en"
# The languages SalesDesk ships, by the name ``--language`` takes.
LANGUAGES = (ENGLISH, "zh_CN", "ko_KR")
_SETTINGS_KEY = "language"


def supported(name: str) -> str | None:
    """Return the shipped language a locale name belongs to ("zh_CN" for "zh_Hans_CN"), or None."""
    language = QLocale(name).language()
    if language == QLocale.Language.Chinese:
        return "zh_CN"
    if language == QLocale.Language.Korean:
        return "ko_KR"
    if language == QLocale.Language.English:
        return ENGLISH
    return None


def system_language() -> str:
    """Return the shipped language the system asks for first, English when it asks for none."""
    for name in QLocale.system().uiLanguages():
        found = supported(name.replace("-", "_"))
        if found is not None:
            return found
    return ENGLISH


def _settings() -> QSettings:
    """Return this computer's settings file (asked each time: it follows XDG_CONFIG_HOME)."""
    from platformdirs import user_config_path

    path = user_config_path("SalesDesk", appauthor=False) / "settings.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def saved_language() -> str | None:
    """Return the language chosen in Preferences, or None to follow the system."""
    value = _settings().value(_SETTINGS_KEY, "")
    return value if value in LANGUAGES else None


def save_language(language: str | None) -> None:
    """Remember ``language`` for the next start (None: follow the system)."""
    settings = _settings()
    if language is None:
        settings.remove(_SETTINGS_KEY)
    else:
        settings.setValue(_SETTINGS_KEY, language)
    settings.sync()


def chosen_language(option: str | None = None) -> str:
    """Return the language to speak: ``--language``, else the saved choice, else the system's."""
    return option or saved_language() or system_language()


@dataclass
class Translations:
    """The loaded catalogs of one language; keep the object alive while they are in use."""

    language: str
    ours: QTranslator | None
    qt: QTranslator | None
    own_locale: bool = False  # the locale is the language's, not the system's
    installed: list[QTranslator] = field(default_factory=list)

    def lookup(self, context: str, source: str, n: int) -> str:
        """Return our catalog's translation of ``source`` ("" when it has none)."""
        if self.ours is None:
            return ""
        return self.ours.translate(context, source, None, n)

    def install_in(self, app: QCoreApplication) -> None:
        """Make Qt's own widgets and dialogs in ``app`` speak this language too (once)."""
        for translator in (self.qt, self.ours):
            if translator is not None and translator not in self.installed:
                app.installTranslator(translator)
                self.installed.append(translator)

    def remove(self) -> None:
        """Take the catalogs out of the running application again."""
        app = QCoreApplication.instance()
        for translator in self.installed:
            if app is not None:
                app.removeTranslator(translator)
        self.installed.clear()


_active: Translations | None = None


def _load(path: str, name: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, path) else None


def use_language(language: str) -> Translations:
    """Speak ``language`` from now on: core words, command line, numbers, dates and money.

    The locale follows the language when it is not the system's own (a Korean window on an
    English system writes 2026. 12. 1.); otherwise the system's regional settings stay.
    """
    global _active
    forget()
    own_locale = language != (supported(QLocale.system().name()) or ENGLISH)
    if own_locale:
        english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        QLocale.setDefault(english if language == ENGLISH else QLocale(language))
    ours = qt = None
    if language != ENGLISH:
        ours = _load(str(resources_dir() / "translations"), f"salesdesk_{language}")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = _load(qt_dir, f"qtbase_{language}") or _load(qt_dir, f"qtbase_{language[:2]}")
    _active = Translations(language, ours, qt, own_locale=own_locale)
    if ours is not None:
        i18n.install(_active.lookup, setup=(use_language, (language,)))
    else:
        i18n.install(None)
    return _active


def active() -> Translations | None:
    """Return the translations in use (None before ``use_language``)."""
    return _active


def money_locale() -> str | None:
    """Return the locale the command line writes money in: the language's where it chose one.

    Otherwise the environment's (LC_ALL, LC_MONETARY, LANG), as the system formats it.
    """
    from salesdesk.core.money.formats import environment_locale

    if _active is not None and _active.own_locale:
        return QLocale().name()
    return environment_locale()


def forget() -> None:
    """Speak English again: catalogs out of the application and the core (tests)."""
    global _active
    if _active is not None:
        _active.remove()
    _active = None
    i18n.install(None)
