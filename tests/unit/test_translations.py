"""Every source string of the French translation is translated, and placeholders match."""

import re
import xml.etree.ElementTree as ET

from tests.helpers import REPO_ROOT

TS = REPO_ROOT / "i18n" / "gup_signalement_plugin_fr.ts"


def test_french_translation_is_complete_with_matching_placeholders():
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert len(messages) > 50
    problems = []
    for message in messages:
        source = message.find("source").text
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "obsolete") or not translation.text:
            problems.append("untranslated: " + source)
        elif sorted(re.findall(r"{\w*}", source)) != sorted(re.findall(r"{\w*}", translation.text)):
            problems.append("placeholders differ: " + source)
    assert problems == []


def translatable_strings():
    """(context or None, text) of every tr("…") / translate("Context", "…") call in the plugin."""
    import ast

    found = []
    for path in (REPO_ROOT / "gup_signalement_plugin").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if not all(isinstance(t, str) for t in texts):
                continue
            if name == "tr" and len(node.args) >= 1 and len(texts) >= 1 and texts[0] is not None:
                if isinstance(node.args[0], ast.Constant):
                    found.append((None, texts[0], path.name))
            elif (
                name in ("translate", "_translate")
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                found.append((node.args[0].value, node.args[1].value, path.name))
    return found


def test_every_string_of_the_sources_is_in_the_translation():
    """pylupdate5 silently skips calls it cannot parse (a trailing comma after the last
    argument): each tr()/translate() literal of the sources must be in the .ts, translated."""
    root = ET.parse(TS).getroot()
    in_ts = set()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("unfinished", "obsolete") and translation.text:
                in_ts.add((context.findtext("name"), message.find("source").text))
    texts = {text for _context, text in in_ts}
    strings = translatable_strings()
    assert len(strings) > 500
    missing = [
        (where, context, text)
        for context, text, where in strings
        if (text not in texts if context is None else (context, text) not in in_ts)
    ]
    assert missing == []
