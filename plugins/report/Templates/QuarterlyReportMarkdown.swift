/// The built-in `quarterly-report` template for Markdown (Nghị định 30/2020 layout in plain text).
enum QuarterlyReportMarkdown {
    static let template = #"""
{{% CONTENT_TYPE: TEXT}}
| {{#has_parent_agency}}{{parent_agency_upper}}<br>{{/has_parent_agency}}**{{agency_upper}}** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**<u>Độc lập - Tự do - Hạnh phúc</u>** |
|:---:|:---:|
| {{number_line}} | *{{date_line}}* |

<h1 align="center">{{title}}</h1>

<p align="center"><b>{{summary}}</b></p>

Tính đến ngày {{as_of_vi}}, {{agency}} báo cáo kết quả thực hiện {{plan.name}} như sau:

## I. Kết quả thực hiện

Tổng số {{counts.goals}} nhiệm vụ: {{counts.done}} hoàn thành, {{counts.on_track}} đúng tiến độ, {{counts.due_soon}} sắp đến hạn, {{counts.overdue}} quá hạn{{#has_ongoing}}, {{counts.ongoing}} thường xuyên{{/has_ongoing}}{{#has_waiting}} (trong đó {{counts.waiting}} nhiệm vụ đang chờ việc trước){{/has_waiting}}.

{{#has_goals}}
| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn | Tiến độ | Tình trạng |
|---:|---|---|---|---|---:|---|
{{#period_goals}}
| {{index}} | {{#group}}_{{group}}_<br>{{/group}}{{title}}{{#description}}<br>{{description}}{{/description}}{{#product}}<br>Sản phẩm: {{product}}{{/product}}{{#kpi}} — {{text}}{{/kpi}} | {{owner_name}} | {{partners}} | {{due_vi}} | {{progress}} | {{status_vi}} |
{{/period_goals}}
{{/has_goals}}
{{#has_events}}

Các sự kiện:

{{#events}}
- {{date_vi}}{{#time}} {{time}}{{/time}}: {{title}}{{#location}} ({{location}}){{/location}} — {{state_vi}}.
{{/events}}
{{/has_events}}

## II. Nhiệm vụ chậm tiến độ, quá hạn

{{#has_late}}
{{#late}}
{{index}}. {{title}} ({{owner_name}}): hạn {{due_vi}} — {{status_line}}.
{{/late}}
{{/has_late}}
{{^has_late}}
Không có nhiệm vụ chậm tiến độ hoặc quá hạn.
{{/has_late}}

## III. Tình hình giải ngân ngân sách

{{#has_budget}}
| STT | Nội dung | Ngày rà soát | Dự toán | Đã giải ngân | Tỷ lệ | Yêu cầu | Đánh giá |
|---:|---|---|---:|---:|---:|---:|---|
{{#budget}}
| {{index}} | {{title}} | {{date_vi}} | {{allocated_text}} | {{spent_text}} | {{rate_text}} | {{expect_text}} | {{status_vi}} |
{{/budget}}
| | **Tổng cộng** | | **{{budget_total.allocated_text}}** | **{{budget_total.spent_text}}** | **{{budget_total.rate_text}}** | | |
{{/has_budget}}
{{^has_budget}}
Kế hoạch không có mốc giải ngân ngân sách.
{{/has_budget}}

## IV. Nhiệm vụ trọng tâm {{period_unit_vi}} tiếp theo ({{next_period_vi}})

{{#has_next_quarter}}
{{#next_quarter}}
{{index}}. {{title}} ({{owner_name}}), hạn {{due_vi}}.
{{/next_quarter}}
{{/has_next_quarter}}
{{^has_next_quarter}}
{{#has_open}}
Tiếp tục triển khai các nhiệm vụ chưa hoàn thành:

{{#open}}
{{index}}. {{title}} ({{owner_name}}), hạn {{due_vi}}.
{{/open}}
{{/has_open}}
{{^has_open}}
Các nhiệm vụ của kỳ đã hoàn thành.
{{/has_open}}
{{/has_next_quarter}}

| **Nơi nhận:**<br>{{#recipient_lines}}{{line}}<br>{{/recipient_lines}} | **{{signer_title}}**<br><br><br><br>**{{signer}}** |
|:---|:---:|

"""#
}
