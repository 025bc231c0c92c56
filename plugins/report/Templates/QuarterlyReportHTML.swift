import WFPluginAPI

/// The built-in `quarterly-report` template for HTML: a self-contained page (inline CSS and SVG).
enum QuarterlyReportHTML {
    static let template = #"""
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="wf">
<title>{{title}} – {{summary}}</title>
<style>
\#(statusRootCSS)
  body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.4; color: #111; background: #f4f4f4; margin: 0; }
  main { max-width: 210mm; margin: 1.5em auto; background: #fff; padding: 20mm 15mm 20mm 30mm; box-shadow: 0 0 6px rgba(0,0,0,.2); box-sizing: border-box; }
  table.header { width: 100%; border-collapse: collapse; margin-bottom: 1em; }
  table.header td { text-align: center; vertical-align: top; padding: 0 .3em; font-size: 13pt; }
  table.header td.agency { width: 40%; }
  .upper { text-transform: uppercase; }
  .motto { font-weight: bold; text-decoration: underline; }
  .date-line { font-style: italic; text-align: center; padding-top: .6em !important; }
  h1 { text-align: center; font-size: 14pt; margin: 1em 0 0; }
  p.summary { text-align: center; font-weight: bold; margin: .2em 0 1.2em; }
  h2 { font-size: 14pt; margin: 1.2em 0 .5em; }
  p { text-align: justify; text-indent: 1cm; margin: .4em 0; }
  table.data { width: 100%; border-collapse: collapse; font-size: 12pt; margin: .6em 0; }
  table.data th, table.data td { border: 1px solid #444; padding: .25em .4em; vertical-align: top; }
  table.data th { background: #e8e8e8; }
  td.num { text-align: right; white-space: nowrap; }
  .status { display: inline-block; padding: 0 .45em; border-radius: .3em; color: #fff; font-size: 11pt; white-space: nowrap; }
\#(statusClassCSS)
  .bar { background: #ddd; height: .6em; border-radius: .3em; min-width: 4em; }
  .bar span { display: block; height: 100%; border-radius: .3em; background: var(--on-track); }
  figure.timeline { margin: 1em 0; overflow-x: auto; }
  figure.timeline figcaption { font-size: 11pt; font-style: italic; text-align: center; }
  table.signature { width: 100%; margin-top: 2em; border-collapse: collapse; }
  table.signature td { vertical-align: top; width: 50%; }
  .recipients { font-size: 11pt; }
  .recipients b { font-size: 12pt; font-style: italic; }
  .signer { text-align: center; font-weight: bold; }
  .signer .name { margin-top: 5em; }
  @media print { body { background: #fff; } main { box-shadow: none; margin: 0; } }
</style>
</head>
<body>
<main>
<table class="header">
  <tr>
    <td class="agency">{{#has_parent_agency}}<div class="upper">{{parent_agency}}</div>{{/has_parent_agency}}<div class="upper"><b>{{agency_short}}</b></div></td>
    <td><div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div><div class="motto">Độc lập - Tự do - Hạnh phúc</div></td>
  </tr>
  <tr>
    <td>{{number_line}}</td>
    <td class="date-line">{{date_line}}</td>
  </tr>
</table>

<h1>{{title}}</h1>
<p class="summary">{{summary}}</p>

<p>Tính đến ngày {{as_of_vi}}, {{agency}} báo cáo kết quả thực hiện {{plan.name}} như sau:</p>

<h2>I. Kết quả thực hiện</h2>
<p>Tổng số {{counts.goals}} nhiệm vụ: {{counts.done}} hoàn thành, {{counts.on_track}} đúng tiến độ, {{counts.due_soon}} sắp đến hạn, {{counts.overdue}} quá hạn{{#has_ongoing}}, {{counts.ongoing}} thường xuyên{{/has_ongoing}}{{#has_waiting}} (trong đó {{counts.waiting}} nhiệm vụ đang chờ việc trước){{/has_waiting}}.</p>
{{#has_goals}}
<table class="data">
  <tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời hạn</th><th>Tiến độ</th><th>Tình trạng</th></tr>
  {{#period_goals}}
  <tr class="goal status-row-{{status}}">
    <td class="num">{{index}}</td>
    <td>{{#group}}<small><i>{{group}}</i></small><br>{{/group}}{{title}}{{#description}}<br><small>{{description}}</small>{{/description}}{{#product}}<br><small>Sản phẩm: {{product}}</small>{{/product}}{{#kpi}}<br><small>{{text}}</small>{{/kpi}}</td>
    <td>{{owner_name}}</td>
    <td>{{partners}}</td>
    <td>{{due_vi}}<br><small>{{days_left_vi}}</small></td>
    <td>{{#has_progress}}<div class="bar" title="{{progress}}"><span style="width: {{progress_percent}}%"></span></div><small>{{progress}}</small>{{/has_progress}}</td>
    <td><span class="status status-{{status}}">{{status_vi}}</span></td>
  </tr>
  {{/period_goals}}
</table>
{{/has_goals}}
<figure class="timeline">
{{{timeline_svg}}}
<figcaption>Tiến độ các nhiệm vụ và sự kiện {{plan.period_vi}} (tính đến ngày {{as_of_vi}})</figcaption>
</figure>
{{#has_events}}
<table class="data">
  <tr><th>STT</th><th>Sự kiện</th><th>Ngày</th><th>Địa điểm</th><th>Tình trạng</th></tr>
  {{#events}}
  <tr><td class="num">{{index}}</td><td>{{title}}</td><td>{{date_vi}}{{#time}} {{time}}{{/time}}</td><td>{{location}}</td><td>{{state_vi}}</td></tr>
  {{/events}}
</table>
{{/has_events}}

<h2>II. Nhiệm vụ chậm tiến độ, quá hạn</h2>
{{#has_late}}
<table class="data">
  <tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Thời hạn</th><th>Tình trạng</th></tr>
  {{#late}}
  <tr><td class="num">{{index}}</td><td>{{title}}</td><td>{{owner_name}}</td><td>{{due_vi}}<br><small>{{days_left_vi}}</small></td><td><span class="status status-{{status}}">{{status_vi}}</span>{{#waiting_vi}}<br><small>{{waiting_vi}}</small>{{/waiting_vi}}</td></tr>
  {{/late}}
</table>
{{/has_late}}
{{^has_late}}
<p>Không có nhiệm vụ chậm tiến độ hoặc quá hạn.</p>
{{/has_late}}

<h2>III. Tình hình giải ngân ngân sách</h2>
{{#has_budget}}
<table class="data">
  <tr><th>STT</th><th>Nội dung</th><th>Ngày rà soát</th><th>Dự toán</th><th>Đã giải ngân</th><th>Tỷ lệ</th><th>Yêu cầu</th><th>Đánh giá</th></tr>
  {{#budget}}
  <tr><td class="num">{{index}}</td><td>{{title}}</td><td>{{date_vi}}</td><td class="num">{{allocated_text}}</td><td class="num">{{spent_text}}</td><td class="num">{{rate_text}}</td><td class="num">{{expect_text}}</td><td><span class="status status-{{status}}">{{status_vi}}</span></td></tr>
  {{/budget}}
  <tr><td></td><th>Tổng cộng</th><td></td><th class="num">{{budget_total.allocated_text}}</th><th class="num">{{budget_total.spent_text}}</th><th class="num">{{budget_total.rate_text}}</th><td></td><td></td></tr>
</table>
{{/has_budget}}
{{^has_budget}}
<p>Kế hoạch không có mốc giải ngân ngân sách.</p>
{{/has_budget}}

<h2>IV. Nhiệm vụ trọng tâm {{period_unit_vi}} tiếp theo ({{next_period_vi}})</h2>
{{#has_next_quarter}}
<ol>
  {{#next_quarter}}<li>{{title}} ({{owner_name}}), hạn {{due_vi}}.</li>{{/next_quarter}}
</ol>
{{/has_next_quarter}}
{{^has_next_quarter}}
{{#has_open}}
<p>Tiếp tục triển khai các nhiệm vụ chưa hoàn thành:</p>
<ol>
  {{#open}}<li>{{title}} ({{owner_name}}), hạn {{due_vi}}.</li>{{/open}}
</ol>
{{/has_open}}
{{^has_open}}
<p>Các nhiệm vụ của kỳ đã hoàn thành.</p>
{{/has_open}}
{{/has_next_quarter}}

<table class="signature">
  <tr>
    <td class="recipients"><b>Nơi nhận:</b><br>{{#recipient_lines}}{{line}}<br>{{/recipient_lines}}</td>
    <td class="signer"><div class="upper">{{signer_title}}</div><div class="name">{{signer}}</div></td>
  </tr>
</table>
</main>
</body>
</html>

"""#

    /// `:root { --done: #2e7d32; … }`: one variable per coloured status, from ``StatusColor``.
    static let statusRootCSS = "  :root { "
        + StatusColor.byMachineValue.map { "--\($0.status): #\($0.color.lowercased());" }.joined(separator: " ") + " }"

    /// `.status-done { background: var(--done); }`, one line per coloured status.
    static let statusClassCSS = StatusColor.byMachineValue
        .map { "  .status-\($0.status) { background: var(--\($0.status)); }" }.joined(separator: "\n")
}
