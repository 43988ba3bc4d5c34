from gup_signalement_plugin.core.textio import (
    decode_text,
    read_csv_rows,
    sniff_delimiter,
    write_csv,
)


def test_decode_utf8_bom_latin1():
    assert decode_text("Éclairage".encode("utf-8")) == ("Éclairage", "utf-8")
    assert decode_text(b"\xef\xbb\xbf" + "Éclairage".encode("utf-8")) == ("Éclairage", "utf-8-sig")
    assert decode_text("Éclairage œuvre".encode("cp1252")) == ("Éclairage œuvre", "cp1252")


def test_sniff_delimiter():
    assert sniff_delimiter("a;b;c\n1,5;2;3") == ";"
    assert sniff_delimiter("a,b,c\n1;2;3") == ","
    assert sniff_delimiter("single\n1") == ","


def test_read_csv_rows_keeps_line_numbers_and_skips_blank_lines():
    data = "code;label\r\nx;Élan\r\n\r\ny;\"a;b\"\r\n".encode("cp1252")
    rows, encoding = read_csv_rows(data)
    assert encoding == "cp1252"
    assert [(r["code"], r["label"], r["_line"]) for r in rows] == [
        ("x", "Élan", "2"),
        ("y", "a;b", "4"),
    ]


def test_write_csv_roundtrip_with_bom():
    data = write_csv(["a", "b"], [{"a": "é;x", "b": None}])
    assert data.startswith(b"\xef\xbb\xbf")
    rows, encoding = read_csv_rows(data)
    assert encoding == "utf-8-sig"
    assert rows[0]["a"] == "é;x" and rows[0]["b"] == ""
