"""File types are told from the content; files that cannot be read say why, naming the file."""

from __future__ import annotations

import io
import zipfile

import pytest
from formfiles import ole_file, write_docx, write_pdf, write_xlsx

from jixiao.kg.reader.sources import read_source, sniff


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sniff")
    return {
        "xlsx": write_xlsx(folder / "form.xlsx").read_bytes(),
        "docx": write_docx(folder / "form.docx").read_bytes(),
        "pdf": write_pdf(folder / "form.pdf").read_bytes(),
    }


def test_each_format_is_told_by_its_content_not_its_name(files):
    for kind, data in files.items():
        assert sniff(data) == kind
        # A misleading name changes nothing: the reader goes by the bytes.
        doc = read_source(data, "申报表.txt")
        assert doc.format == kind and not doc.errors


def test_text_is_whatever_has_no_signature():
    assert sniff("项目名称\t就业服务\n".encode()) == "text"
    assert sniff("项目名称".encode("gb18030")) == "text"
    assert sniff(b"") == "text"


def test_a_pdf_header_after_some_junk_is_still_a_pdf(files):
    assert sniff(b"\r\n\x00junk" + files["pdf"]) == "pdf"


def test_old_word_documents_are_named_and_the_user_told_to_save_as_docx():
    data = ole_file("WordDocument")
    assert sniff(data) == "doc"
    doc = read_source(data, "申报表.doc")
    assert doc.errors == [doc.errors[0]] and doc.errors[0].startswith("申报表.doc: ")
    assert ".docx" in doc.errors[0]


def test_an_encrypted_office_file_says_it_needs_its_password_removed(files):
    from msoffcrypto.format.ooxml import OOXMLFile

    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(files["xlsx"])).encrypt("secret", encrypted)
    assert sniff(encrypted.getvalue()) == "encrypted_office"
    doc = read_source(encrypted.getvalue(), "加密.xlsx")
    assert len(doc.errors) == 1 and doc.errors[0].startswith("加密.xlsx: ")
    assert "password" in doc.errors[0] and not doc.grids


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_truncated_and_corrupt_zip_containers_give_one_clear_error(files, kind):
    data = files[kind]
    for label, broken in [("truncated", data[: len(data) // 2]), ("corrupt", b"PK\x03\x04" + b"\x00junk" * 200)]:
        doc = read_source(broken, f"{label}.{kind}")
        assert len(doc.errors) == 1, doc.errors
        assert doc.errors[0].startswith(f"{label}.{kind}: ") and "damaged" in doc.errors[0]
        assert not doc.grids


def test_a_damaged_part_inside_a_whole_zip_is_reported_not_raised(files):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(files["xlsx"])) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/workbook.xml":
                body = body[: len(body) // 2]  # cut mid-element: not XML any more
            dst.writestr(info, body)
    doc = read_source(out.getvalue(), "bad.xlsx")
    assert doc.errors and doc.errors[0].startswith("bad.xlsx: ") and "xl/workbook.xml" in doc.errors[0]


def test_other_containers_are_named_not_guessed():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert sniff(out.getvalue()) == "zip"
    assert "unpack" in read_source(out.getvalue(), "a.zip").errors[0]
    ods = io.BytesIO()
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    assert sniff(ods.getvalue()) == "ods"
    assert ".xlsx" in read_source(ods.getvalue(), "a.ods").errors[0]


def test_a_damaged_xls_stream_is_an_error_naming_the_file():
    doc = read_source(ole_file("Workbook", b"not a BIFF stream" * 10), "坏.xls")
    assert len(doc.errors) == 1 and doc.errors[0].startswith("坏.xls: ")
