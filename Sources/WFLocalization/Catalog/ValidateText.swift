/// What `wf validate` adds about the folders it checked: the YAML files it skipped, and a
/// folder without plans.
@dynamicCallable
public enum ValidateText: String, MessageCatalog {
    case skippedOne, skippedMany, noPlansOne, noPlansMany, noPlansFix

    public var templates: (en: String, vi: String) {
        switch self {
        case .skippedOne:
            ("skipped 1 YAML file that is not a plan (no top-level 'wf:' key): {files}",
             "đã bỏ qua 1 tệp YAML không phải kế hoạch (không có mục 'wf:' ở đầu tệp): {files}")
        case .skippedMany:
            ("skipped {count} YAML files that are not plans (no top-level 'wf:' key): {files}",
             "đã bỏ qua {count} tệp YAML không phải kế hoạch (không có mục 'wf:' ở đầu tệp): {files}")
        case .noPlansOne:
            ("no plan files in this folder: its YAML file has a top-level 'wf:' key",
             "thư mục này không có tệp kế hoạch nào: tệp YAML của nó không có mục 'wf:' ở đầu tệp")
        case .noPlansMany:
            ("no plan files in this folder: none of its {count} YAML files has a top-level 'wf:' key",
             "thư mục này không có tệp kế hoạch nào: không tệp nào trong {count} tệp YAML của nó có mục 'wf:' ở đầu tệp")
        case .noPlansFix:
            ("name the plan files, or the folder that holds them; a plan starts with 'wf: 1'",
             "hãy ghi tên các tệp kế hoạch, hoặc thư mục chứa chúng; một kế hoạch bắt đầu bằng 'wf: 1'")
        }
    }
}

extension ValidateText {
    /// The YAML files of a folder that are not plans, the first three named.
    public static func skipped(_ files: [String]) -> Message {
        let shown = files.prefix(3).joined(separator: ", ") + (files.count > 3 ? ", …" : "")
        return files.count == 1 ? skippedOne(files: shown) : skippedMany(count: files.count, files: shown)
    }

    /// A folder whose `yamlFiles` YAML files are none of them plans.
    public static func noPlans(yamlFiles: Int) -> Message {
        yamlFiles == 1 ? noPlansOne.message : noPlansMany(count: yamlFiles)
    }
}
