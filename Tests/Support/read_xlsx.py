#!/usr/bin/env python3
"""Reads an .xlsx workbook with openpyxl, an independent reader, and prints what a test checks
as JSON: per sheet its cells (value, type, number format, bold, fill, font colour), merged
ranges, frozen pane, autofilter, column widths and print settings.

Usage: read_xlsx.py FILE.xlsx  (exit 1 when openpyxl cannot read it)
"""
import datetime
import json
import sys

import openpyxl


def cell_json(cell):
    if isinstance(cell, openpyxl.cell.cell.MergedCell):
        return {"ref": cell.coordinate, "value": None, "type": "merged"}
    value = cell.value
    kind = type(value).__name__
    if isinstance(value, datetime.datetime):
        value = value.isoformat()
    fill = cell.fill
    fill_rgb = None
    if fill is not None and fill.fill_type == "solid" and fill.fgColor is not None and fill.fgColor.type == "rgb":
        fill_rgb = fill.fgColor.rgb
    color = cell.font.color.rgb if cell.font is not None and cell.font.color is not None and cell.font.color.type == "rgb" else None
    return {
        "ref": cell.coordinate,
        "value": value,
        "type": kind,
        "data_type": cell.data_type,
        "format": cell.number_format,
        "is_date": cell.is_date,
        "bold": bool(cell.font.b) if cell.font is not None else False,
        "fill": fill_rgb,
        "color": color,
        "wrap": bool(cell.alignment.wrap_text) if cell.alignment is not None else False,
    }


def sheet_json(sheet, workbook):
    rows = []
    for row in sheet.iter_rows():
        rows.append([cell_json(cell) for cell in row if not isinstance(cell, openpyxl.cell.cell.MergedCell)])
    print_titles = sheet.print_title_rows
    widths = {}
    for letter, dimension in sheet.column_dimensions.items():
        if dimension.width:
            widths[letter] = dimension.width
    return {
        "name": sheet.title,
        "rows": rows,
        "max_row": sheet.max_row,
        "max_column": sheet.max_column,
        "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
        "freeze_panes": sheet.freeze_panes,
        "auto_filter": sheet.auto_filter.ref,
        "widths": widths,
        "orientation": sheet.page_setup.orientation,
        "paper_size": int(sheet.page_setup.paperSize) if sheet.page_setup.paperSize is not None else None,
        "fit_to_width": sheet.page_setup.fitToWidth,
        "print_title_rows": print_titles,
    }


def main():
    workbook = openpyxl.load_workbook(sys.argv[1])
    print(json.dumps({
        "sheets": [sheet_json(sheet, workbook) for sheet in workbook.worksheets],
        "title": workbook.properties.title,
    }, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
