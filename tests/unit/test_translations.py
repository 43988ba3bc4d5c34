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
