"""SalesDesk's translation catalogs: find every phrase, keep the .ts files current, build .qm.

    python packaging/translations.py update   # new phrases into resources/translations/*.ts
    python packaging/translations.py build    # .ts -> .qm with pyside6-lrelease (make does it)
    python packaging/translations.py check    # exit 1 when a phrase has no finished translation

Qt's ``pyside6-lupdate`` cannot read SalesDesk's calls: they name their context first
(``tr("Board", "Won")``, ``translate_n("Cli", "%n deal(s)", n)``) and most contexts are a module
constant (``_CONTEXT = "Board"``). So phrases are found here with Python's own parser (and
Jinja's for the page templates) and written in Qt's .ts format, which Qt Linguist edits and
``pyside6-lrelease`` compiles. Translations already in a .ts file are kept; a phrase no longer
in the code is dropped; a new one arrives unfinished.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOG_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "ko_KR")

# Calls that carry a phrase: name -> (index of the context or a fixed context, index of the text,
# plural). Methods of the same name count as well (``formats.text`` is not among them).
_PHRASE_CALLS: dict[str, tuple[int | str, int, bool]] = {
    "tr": (0, 1, False),
    "tr_n": (0, 1, True),
    "translate": (0, 1, False),
    "translate_n": (0, 1, True),
    "noop": (0, 1, False),
    "noop_n": (0, 1, True),
    "word": ("Labels", 0, False),
    "add_row": ("Entries", 0, False),  # EntryDialog.add_row translates its label
}
# Page templates: the context their ``_()`` and ``f.text()``/``f.count()`` phrases belong to.
_TEMPLATE_CONTEXTS = {
    "dossier.html.j2": "Dossier",
    "day_route.html.j2": "Dossier",
    "_page.html.j2": "Dossier",
    "funnel_report.html.j2": "Report",
}


@dataclass
class Phrase:
    """One source phrase and where the code uses it."""

    context: str
    source: str
    plural: bool
    places: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Found:
    """Every phrase of the code, and the calls whose phrase is not a literal (not extractable)."""

    phrases: dict[tuple[str, str], Phrase]
    unreadable: list[tuple[str, int, str]]  # the text is a variable: a marked phrase passed on
    built: list[tuple[str, int, str]] = field(default_factory=list)  # f-string, .format(), …


def _module_strings(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            value = node.value.value
            if isinstance(value, str):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        constants[target.id] = value
    return constants


def _string(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # implicit "a" "b" is one
        left, right = _string(node.left, constants), _string(node.right, constants)
        return left + right if left is not None and right is not None else None
    return None


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    function = node.func
    if isinstance(function, ast.Attribute) and (
        function.attr == "add_row"
        or function.attr in ("translate", "translate_n")
        and isinstance(function.value, ast.Name)
        and function.value.id in ("i18n", "QCoreApplication")
    ):
        return function.attr
    return None


def _add(found: Found, context: str, source: str, plural: bool, place: tuple[str, int]) -> None:
    phrase = found.phrases.setdefault((context, source), Phrase(context, source, plural))
    phrase.plural = phrase.plural or plural
    phrase.places.append(place)


def _loop_phrases(tree: ast.Module, constants: dict[str, str]) -> dict[int, list[str]]:
    """Return, by the id of a call node, the phrases a loop over a literal table hands it.

    ``for title, field in (("&Name:", "name"), …): add_row(title, …)`` translates each title
    of the table: those are phrases as if written in the call.
    """
    handed: dict[int, list[str]] = {}
    tables = {  # rows = [("&Name:", …), …] ... for title, field in rows:
        target.id: node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple | ast.List)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    for loop in ast.walk(tree):
        if not isinstance(loop, ast.For):
            continue
        table = tables.get(loop.iter.id) if isinstance(loop.iter, ast.Name) else loop.iter
        if not isinstance(table, ast.Tuple | ast.List):
            continue
        names = loop.target.elts if isinstance(loop.target, ast.Tuple) else [loop.target]
        positions = {n.id: i for i, n in enumerate(names) if isinstance(n, ast.Name)}
        for node in (n for statement in loop.body for n in ast.walk(statement)):
            if not isinstance(node, ast.Call) or _call_name(node) not in _PHRASE_CALLS:
                continue
            _, text_at, _ = _PHRASE_CALLS[_call_name(node) or ""]
            text = node.args[text_at] if len(node.args) > text_at else None
            if not isinstance(text, ast.Name) or text.id not in positions:
                continue
            at = positions[text.id]
            for row in table.elts:
                cells = row.elts if isinstance(row, ast.Tuple) else [row]
                phrase = _string(cells[at], constants) if at < len(cells) else None
                if phrase:
                    handed.setdefault(id(node), []).append(phrase)
    return handed


def _scan_python(path: Path, found: Found) -> None:
    relative = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
    constants = _module_strings(tree)
    handed = _loop_phrases(tree, constants)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name not in _PHRASE_CALLS:
            continue
        context_at, text_at, plural = _PHRASE_CALLS[name]
        if len(node.args) <= text_at:
            continue
        context = context_at if isinstance(context_at, str) else _string(node.args[0], constants)
        source = _string(node.args[text_at], constants)
        if context is not None and id(node) in handed:
            for phrase in handed[id(node)]:
                _add(found, context, phrase, plural, (relative, node.lineno))
            continue
        if context is None or source is None:
            text = node.args[text_at]
            passed_on = isinstance(text, ast.Name | ast.Attribute | ast.Subscript) or (
                isinstance(text, ast.Call) and _call_name(text) in _PHRASE_CALLS
            )
            where = found.unreadable if passed_on else found.built
            where.append((relative, node.lineno, ast.unparse(node)[:120]))
            continue
        if source:  # an empty label stays empty in every language
            _add(found, context, source, plural, (relative, node.lineno))


def _scan_template(path: Path, found: Found) -> None:
    from jinja2 import Environment, nodes

    relative = path.relative_to(ROOT).as_posix()
    context = _TEMPLATE_CONTEXTS[path.name]
    tree = Environment().parse(path.read_text(encoding="utf-8"))
    for call in tree.find_all(nodes.Call):
        callee = call.node
        if isinstance(callee, nodes.Name) and callee.name == "_":
            plural = False
        elif isinstance(callee, nodes.Getattr) and callee.attr in ("text", "count"):
            plural = callee.attr == "count"
        else:
            continue
        if not call.args:
            continue
        first = call.args[0]
        if isinstance(first, nodes.Const) and isinstance(first.value, str):
            _add(found, context, first.value, plural, (relative, call.lineno))
        else:
            found.unreadable.append((relative, call.lineno, "template phrase from a variable"))


def find_phrases(root: Path = ROOT) -> Found:
    """Return every phrase in the package's code and page templates."""
    found = Found({}, [])
    for path in sorted((root / "salesdesk").rglob("*.py")):
        _scan_python(path, found)
    for path in sorted((root / "resources" / "templates").glob("*.j2")):
        _scan_template(path, found)
    return found


@dataclass
class Translation:
    """What a .ts file holds for one phrase: its forms (one, or one per plural form)."""

    forms: list[str]
    finished: bool


def catalog_path(language: str) -> Path:
    """Return the .ts file of ``language``."""
    return CATALOG_DIR / f"salesdesk_{language}.ts"


def read_catalog(path: Path) -> dict[tuple[str, str], Translation]:
    """Return the translations of a .ts file by (context, source)."""
    if not path.exists():
        return {}
    catalog: dict[tuple[str, str], Translation] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            element = message.find("translation")
            if element is None:
                continue
            numerus = element.findall("numerusform")
            forms = [form.text or "" for form in numerus] if numerus else [element.text or ""]
            finished = element.get("type") not in ("unfinished", "vanished", "obsolete")
            catalog[(name, source)] = Translation(forms, finished and all(forms))
    return catalog


def write_catalog(path: Path, language: str, found: Found) -> None:
    """Write the .ts file of ``language``: every phrase found, with the translations it had."""
    old = read_catalog(path)
    root = ElementTree.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[Phrase]] = {}
    for phrase in found.phrases.values():
        by_context.setdefault(phrase.context, []).append(phrase)
    for name in sorted(by_context):
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = name
        for phrase in sorted(by_context[name], key=lambda p: p.source):
            message = ElementTree.SubElement(context, "message")
            if phrase.plural:
                message.set("numerus", "yes")
            for file in dict.fromkeys(file for file, _ in phrase.places):
                ElementTree.SubElement(message, "location", filename=f"../../{file}")
            ElementTree.SubElement(message, "source").text = phrase.source
            translation = ElementTree.SubElement(message, "translation")
            kept = old.get((phrase.context, phrase.source))
            if kept is None or not kept.finished:
                translation.set("type", "unfinished")
            forms = kept.forms if kept is not None else [""]
            if phrase.plural:
                for form in forms:
                    ElementTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    ElementTree.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ElementTree.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def lrelease() -> str:
    """Return the path of ``pyside6-lrelease`` (next to this Python, or on PATH)."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials")
    return found


def build(target_dir: Path = CATALOG_DIR) -> list[Path]:
    """Compile every .ts file into a .qm file in ``target_dir``; return the .qm files."""
    built = []
    for language in LANGUAGES:
        source = catalog_path(language)
        target = target_dir / f"salesdesk_{language}.qm"
        target_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [lrelease(), "-silent", "-removeidentical", str(source), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


def main(argv: list[str]) -> int:
    """Run ``update``, ``build`` or ``check``."""
    command = argv[0] if argv else "build"
    if command == "update":
        found = find_phrases()
        for language in LANGUAGES:
            write_catalog(catalog_path(language), language, found)
        for file, line, call in found.built:
            print(f"{file}:{line}: phrase is built, not written out: {call}", file=sys.stderr)
        print(f"{len(found.phrases)} phrases in {len(LANGUAGES)} catalogs")
        return 0
    if command == "build":
        build()
        return 0
    if command == "check":
        found = find_phrases()
        missing = 0
        for language in LANGUAGES:
            catalog = read_catalog(catalog_path(language))
            for key in found.phrases:
                if key not in catalog or not catalog[key].finished:
                    missing += 1
                    print(f"{language}: no translation: {key[0]}: {key[1]!r}")
        return 1 if missing else 0
    raise SystemExit(f"unknown command {command!r}: update, build or check")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
