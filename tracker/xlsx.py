"""A one-sheet XLSX workbook written as a stream: the first bytes leave before the last row is read.

openpyxl's write-only workbook still needs the whole file on disk before it can be sent (a 200,000-row export
waited a minute for its first byte). An XLSX file is a zip of a few XML parts; the zip format allows entries
of unknown size (their sizes follow the data), so the sheet's XML is compressed and handed out row by row.
Strings are written inline (no shared-string table to build first); dates get a date format; numbers are
numbers. Memory stays flat: at most one batch of compressed bytes is held.
"""
import re
import zipfile
from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape

# Characters XML 1.0 does not allow: a control character in a summary must not break the file.
ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EXCEL_EPOCH = date(1899, 12, 30)
FLUSH_BYTES = 64 * 1024

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="{title}" sheetId="1" r:id="rId1"/></sheets>
</workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
# Style 0: general; style 1: a date shown as 2025-06-19.
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""
SHEET_START = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_END = "</sheetData></worksheet>"


class _Spool:
    """A write-only file for zipfile that keeps what was written until it is taken (not seekable, so zipfile
    writes sizes after each entry's data)."""

    def __init__(self):
        self.parts = []
        self.size = 0
        self.position = 0

    def write(self, data):
        self.parts.append(bytes(data))
        self.size += len(data)
        self.position += len(data)
        return len(data)

    def tell(self):
        return self.position

    def flush(self):
        pass

    def take(self):
        data = b"".join(self.parts)
        self.parts, self.size = [], 0
        return data


def cell(value):
    """One <c> element without its reference (Excel places cells in order), or "" for an empty cell."""
    if value is None or value == "":
        return "<c/>"
    if isinstance(value, bool):
        return f'<c t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float, Decimal)):
        return f"<c><v>{value}</v></c>"
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f'<c s="1"><v>{(value - EXCEL_EPOCH).days}</v></c>'
    text = escape(ILLEGAL_XML.sub("", str(value)))
    return f'<c t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def stream_xlsx(headers, rows, sheet_title):
    """Yield the bytes of a workbook with one sheet: `headers`, then `rows` (iterables of cell values)."""
    spool = _Spool()
    with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        title = escape(ILLEGAL_XML.sub("", sheet_title), {'"': "&quot;"})[:31]
        archive.writestr("xl/workbook.xml", WORKBOOK.format(title=title))
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", STYLES)
        yield spool.take()
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(SHEET_START.encode())
            sheet.write(("<row>" + "".join(cell(value) for value in headers) + "</row>").encode())
            for row in rows:
                sheet.write(("<row>" + "".join(cell(value) for value in row) + "</row>").encode())
                if spool.size >= FLUSH_BYTES:
                    yield spool.take()
            sheet.write(SHEET_END.encode())
    yield spool.take()
