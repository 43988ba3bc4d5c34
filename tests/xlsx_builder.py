"""Small, deterministic .xlsx files built by hand (OOXML in a zip): no xlsx writer is installed.

``write_xlsx(path, {"Sheet": rows}, merges={"Sheet": ["A1:B1"]})``: rows are lists of cells;
a cell is None (empty), a str (inline string), an int/float (number, e.g. an Excel date serial)."""

import zipfile
from pathlib import Path
from typing import Dict, List, Optional, Sequence
from xml.sax.saxutils import escape

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
{sheets}
</Types>"""
_SHEET_TYPE = (
    '<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
)
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
 Target="xl/workbook.xml"/>
</Relationships>"""
_NS = (
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_REL = (
    '<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet{n}.xml"/>'
)


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _cell(ref: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return '<c r="{}"><v>{}</v></c>'.format(ref, value)
    return '<c r="{}" t="inlineStr"><is><t>{}</t></is></c>'.format(ref, escape(str(value)))


def _sheet_xml(rows: Sequence[Sequence], merges: Sequence[str]) -> str:
    lines = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(_cell("{}{}".format(_column(c), r), v) for c, v in enumerate(row))
        if cells:
            lines.append('<row r="{}">{}</row>'.format(r, cells))
    merged = ""
    if merges:
        merged = '<mergeCells count="{}">{}</mergeCells>'.format(
            len(merges), "".join('<mergeCell ref="{}"/>'.format(m) for m in merges)
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {}>'
        '<sheetData>{}</sheetData>{}</worksheet>'
    ).format(_NS, "".join(lines), merged)


def write_xlsx(
    path: Path, sheets: Dict[str, List[list]], merges: Optional[Dict[str, List[str]]] = None
) -> Path:
    names = list(sheets)
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {}><sheets>{}'
        '</sheets></workbook>'
    ).format(
        _NS,
        "".join(
            '<sheet name="{}" sheetId="{}" r:id="rId{}"/>'.format(escape(name), n, n)
            for n, name in enumerate(names, start=1)
        ),
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="'
        'http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>'
    ).format("".join(_REL.format(n=n) for n in range(1, len(names) + 1)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (
            (
                "[Content_Types].xml",
                _CONTENT_TYPES.format(
                    sheets="".join(_SHEET_TYPE.format(n=n) for n in range(1, len(names) + 1))
                ),
            ),
            ("_rels/.rels", _ROOT_RELS),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", rels),
        ):
            archive.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text)
        for n, name in enumerate(names, start=1):
            archive.writestr(
                zipfile.ZipInfo("xl/worksheets/sheet{}.xml".format(n), (2024, 1, 1, 0, 0, 0)),
                _sheet_xml(sheets[name], (merges or {}).get(name, [])),
            )
    return path
