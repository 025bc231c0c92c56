#!/usr/bin/env python3
"""Writes task annexes (phụ lục nhiệm vụ) with openpyxl, as a department keeps them in Excel.

    python3 make_annex.py sample OUT.xlsx        the example annex (workflows/data/phu-luc-mau.xlsx)
    python3 make_annex.py rows N OUT.xlsx        N task rows under 5 groups (a large annex)
    python3 make_annex.py protected OUT.xlsx     an OLE (encrypted-workbook) container, as Excel saves
                                                 a password-protected workbook
    python3 make_annex.py sample-csv OUT.csv     the example annex's table as CSV (UTF-8, with BOM, ';')

The sample has what real annexes have: title rows above the header, a header with line breaks,
a row of column numbers, Roman-numeral group rows merged across the table, sub-rows (1.1, 1.2),
a lead unit merged over several rows, date cells (dd/mm/yyyy) and text dates, deadline phrases,
several units in one cell, a product and notes, a blank row, and a row with no deadline.
"""
import datetime
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

TITLE = "PHỤ LỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025"
SUBTITLE = "(Kèm theo Kế hoạch số 45/KH-UBND ngày 15/01/2025 của UBND tỉnh)"
HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian\nhoàn thành", "Sản phẩm", "Ghi chú"]

# (STT, task, lead, partners, deadline, product, notes); a deadline that is a date is a date cell.
SAMPLE = [
    ("I", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH", None, None, None, None, None),
    ("1", "Xây dựng Đề án thành lập Trung tâm Chuyển đổi số tỉnh", "Sở Thông tin và Truyền thông",
     "Sở Nội vụ, Sở Tài chính", "Quý II/2025", "Quyết định của UBND tỉnh", None),
    ("2", "Ban hành Quy chế quản lý, vận hành Nền tảng tích hợp, chia sẻ dữ liệu tỉnh", "Sở Thông tin và Truyền thông",
     "Các sở, ban, ngành", datetime.date(2025, 6, 30), "Quyết định", "Thay thế Quyết định số 12/2021"),
    ("3", "Rà soát, đơn giản hóa thủ tục hành chính", None, None, None, None, None),
    ("3.1", "Rà soát thủ tục hành chính lĩnh vực nội vụ", "Sở Nội vụ", None, "Tháng 8/2025", "Báo cáo", None),
    ("3.2", "Rà soát thủ tục hành chính lĩnh vực tài chính", "Sở Tài chính", "Sở Nội vụ", "30/09/2025", "Báo cáo", None),
    ("II", "PHÁT TRIỂN HẠ TẦNG SỐ", None, None, None, None, None),
    ("1", "Nâng cấp mạng truyền số liệu chuyên dùng cấp xã", "Sở Thông tin và Truyền thông",
     "VNPT Trà Vinh; Viettel Trà Vinh", "Trước 15/10/2025", "Hệ thống được nâng cấp", None),
    ("2", "Duy trì hoạt động Trung tâm giám sát, điều hành thông minh (IOC)", "Sở Thông tin và Truyền thông",
     "Công an tỉnh", "Thường xuyên", None, None),
    ("3", "Báo cáo tình hình chuyển đổi số gửi UBND tỉnh", "Sở Thông tin và Truyền thông",
     "Các sở, ban, ngành", "Hằng tháng, trước ngày 20", "Báo cáo tháng", None),
    None,
    ("III", "PHÁT TRIỂN CHÍNH QUYỀN SỐ", None, None, None, None, None),
    ("1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh",
     "Sở Thông tin và Truyền thông và Sở Nội vụ", "6 tháng cuối năm 2025", "Dữ liệu số hóa", "Theo Đề án 06"),
    ("2", "Tổ chức hưởng ứng Ngày Chuyển đổi số quốc gia 10/10", "Sở Thông tin và Truyền thông",
     "Sở Văn hóa, Thể thao và Du lịch", datetime.date(2025, 10, 10), "Kế hoạch, báo cáo kết quả", None),
    ("3", "Đánh giá chỉ số chuyển đổi số (DTI) của các sở, ngành", "Sở Thông tin và Truyền thông",
     None, "Theo hướng dẫn của Bộ", None, "Chờ hướng dẫn"),
]


def annex_sheet(wb, rows):
    ws = wb.active
    ws.title = "Phụ lục"
    ws.append([TITLE])
    ws.merge_cells("A1:G1")
    ws.append([SUBTITLE])
    ws.merge_cells("A2:G2")
    ws.append([])
    ws.append(HEADER)
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    ws.append([f"({i})" for i in range(1, 8)])
    for row in rows:
        if row is None:
            ws.append([])
            continue
        ws.append(list(row))
        r = ws.max_row
        due = ws.cell(row=r, column=5)
        if isinstance(due.value, (datetime.date, datetime.datetime)):
            due.number_format = "dd/mm/yyyy"
        if row[2] is None and row[4] is None and row[0] and not row[0][0].isdigit():
            # A group row: its title spans the table.
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(row=r, column=2).font = Font(bold=True)
    return ws


def sample(path):
    wb = Workbook()
    ws = annex_sheet(wb, SAMPLE)
    # The lead unit of rows 3.1 and its parent written once, merged down (rows 9–10 hold 3 and 3.1).
    ws.merge_cells("C9:C10")
    ws["C9"] = "Sở Nội vụ"
    other = wb.create_sheet("Ghi chú")
    other.append(["Tài liệu này không phải phụ lục"])
    wb.save(path)


def many(n, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws.append([TITLE])
    ws.append(HEADER)
    units = ["Sở Nội vụ", "Sở Tài chính", "Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư", "Công an tỉnh"]
    per_group = max(1, n // 5)
    done = 0
    group = 0
    while done < n:
        group += 1
        ws.append([["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][(group - 1) % 10], f"Nhóm nhiệm vụ {group}"])
        for _ in range(min(per_group, n - done)):
            done += 1
            due = datetime.date(2025, 1 + done % 12, 1 + done % 28)
            ws.append([str(done), f"Nhiệm vụ số {done}: triển khai nội dung {done % 97} của kế hoạch",
                       units[done % 5], f"{units[(done + 1) % 5]}, {units[(done + 2) % 5]}",
                       due if done % 3 else "Quý IV/2025", f"Sản phẩm {done}", None])
            if done % 3:
                ws.cell(row=ws.max_row, column=5).number_format = "dd/mm/yyyy"
    wb.save(path)


def protected(path):
    # Excel saves a workbook with a password as an OLE compound file holding the encrypted
    # package (MS-OFFCRYPTO); wf recognises it by the OLE signature and refuses it.
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    with open(path, "wb") as out:
        out.write(header + b"EncryptionInfo EncryptedPackage" + bytes(1024))


def sample_csv(path):
    lines = [TITLE, "", ";".join(f'"{h}"' if "\n" in h else h for h in HEADER)]
    for row in SAMPLE:
        if row is None:
            lines.append("")
            continue
        cells = []
        for value in row:
            if value is None:
                value = ""
            elif isinstance(value, datetime.date):
                value = value.strftime("%d/%m/%Y")
            value = str(value)
            if any(c in value for c in ';"\n'):
                value = '"' + value.replace('"', '""') + '"'
            cells.append(value)
        lines.append(";".join(cells))
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        out.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "sample":
        sample(sys.argv[2])
    elif kind == "rows":
        many(int(sys.argv[2]), sys.argv[3])
    elif kind == "protected":
        protected(sys.argv[2])
    elif kind == "sample-csv":
        sample_csv(sys.argv[2])
    else:
        sys.exit(f"unknown kind {kind}")
