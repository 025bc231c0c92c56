/// The help of `wf import`, in English like all of ArgumentParser's help; what the command
/// prints at run time is in the catalog (`ImportText`).
public enum ImportHelp {
    public static let abstract = "Make a plan from a task annex (phụ lục nhiệm vụ) in an .xlsx or .csv file."

    public static let discussion = """
            Reads the sheet's header row (in the first 15 rows: STT, Nhiệm vụ / Nội dung, Đơn vị \
            chủ trì, Đơn vị phối hợp, Thời gian hoàn thành / Thời hạn / Tiến độ, Sản phẩm, Ghi \
            chú, with or without diacritics, or in English) and makes one goal per task row: ids \
            from the titles, owners from the unit names, partners, deadlines as written \
            ("Quý II/2025", "Thường xuyên"; date cells as dates; "Hằng tháng" as a recurring \
            task), products and notes. Roman-numeral rows (I, II…) become each task's group; \
            sub-rows (1.1, 1.2) take their parent's units and deadline when theirs are empty; \
            merged cells count on every row they span. A row that cannot become a task is kept \
            as a comment in the plan and named in a warning with its row number.

            The plan is checked as 'wf validate' checks it before it is written. Nothing is \
            written (exit 2) when the file cannot be read, is password-protected, has no header \
            row, or the output exists (unless --force).

            Examples:
              wf import phu-luc.xlsx                         writes phu-luc.yaml
              wf import phu-luc.xlsx --sheet 2 --output ke-hoach-2025.yaml
              wf import phu-luc.csv --name "Kế hoạch CĐS năm 2025" --period 2025
            """

    public static let helpAnnex = "The annex: an .xlsx workbook or a .csv file (UTF-8, ',' or ';')."
    public static let helpSheet = "The sheet, by name or number (default: the first)."
    public static let helpOutput = "Where to write the plan (default: the annex's name with .yaml; - for standard output)."
    public static let helpName = "The plan's name (default: the title above the table)."
    public static let helpPeriod = "The plan's period: 2025, 2025-Q2, 2025-H1, 2025-05 (default: the year of the deadlines)."
    public static let helpForce = "Replace the output file if it exists."
}
