"""Reading text files whatever their encoding (UTF-8, UTF-8 with BOM, Latin-1/Windows-1252)
and CSV separator (',' or ';'), as exported by spreadsheets used in local government."""

import csv
import io
from typing import Dict, List, Tuple

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_text(data: bytes) -> Tuple[str, str]:
    """Decode bytes and return (text, encoding name): UTF-8 (with or without BOM), UTF-16 with its
    BOM, else cp1252/latin-1. Never fails."""
    if data.startswith(UTF8_BOM):
        return data[len(UTF8_BOM) :].decode("utf-8"), "utf-8-sig"
    if data.startswith(UTF16_BOMS):  # Excel's "Unicode text"
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """Guess the CSV separator from the header line: ';' (French Excel) or ','; tab accepted."""
    header = text.split("\n", 1)[0]
    counts = {sep: header.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] > 0 else ","


def read_csv_rows(data: bytes) -> Tuple[List[Dict[str, str]], str]:
    """Parse CSV bytes into a list of dicts keyed by stripped header names.

    Returns (rows, encoding). Each row gets a '_line' key with its 1-based line number in the
    file (the header is line 1) so that problems can say where they are."""
    text, encoding = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    reader = csv.reader(io.StringIO(text), delimiter=sniff_delimiter(text))
    rows: List[Dict[str, str]] = []
    header: List[str] = []
    for record in reader:
        if not header:
            header = [h.strip() for h in record]
            continue
        if not any(cell.strip() for cell in record):
            continue
        row = {
            name: (record[i].strip() if i < len(record) else "") for i, name in enumerate(header)
        }
        row["_line"] = str(reader.line_num)
        rows.append(row)
    return rows, encoding


def write_csv(fieldnames: List[str], rows: List[Dict[str, object]]) -> bytes:
    """CSV as UTF-8 with BOM and ';' separator: opens correctly in a French Excel and in QGIS."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, delimiter=";", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in fieldnames})
    return UTF8_BOM + buffer.getvalue().encode("utf-8")
