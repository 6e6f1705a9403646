"""English for the UI's Chinese source strings. Run `python locale/en_translations.py` after `makemessages -l en`:
it fills locale/en/LC_MESSAGES/django.po; then `compilemessages` (both .po and .mo are committed)."""
import re
from pathlib import Path

EN = {
    "订阅提醒": "Subscribe to alerts", "保存修改": "Save changes", "拒绝": "Reject", "保存并接受": "Save and accept",
    "将拒绝以下 %(counter)s 条建议：": "The following %(counter)s proposals will be rejected:",
    "确认拒绝": "Confirm rejection", "取消": "Cancel", "存储并抽取": "Store and extract",
    "公司": "Companies", "代码": "Code", "名称": "Name", "监管措施": "Enforcement actions",
    "风险警示变更": "Risk-warning change", "截止日期": "Deadlines", "资金占用案件": "Fund-occupation cases",
    "合并": "Merge", "粘贴或上传文章": "Paste or upload an article",
    "A股监管追踪": "A-share Enforcement Tracker", "概览": "Overview", "保存的搜索": "Saved searches",
    "管理后台": "Admin", "语言": "Language", "切换": "Switch", "退出": "Log out", "登录": "Log in",
    "监管措施、公司时间线与截止日期，仅限内部用户。": "Enforcement actions, company timelines and deadlines. Internal users only.",
    "用户名": "Username", "密码": "Password", "导出 CSV": "Export CSV", "导出 Excel": "Export Excel",
    "拟": "proposed", "编辑": "Edit", "没有符合条件的监管措施。": "No enforcement action matches these filters.",
    "请先修正筛选条件。": "Please correct the filters first.", "在管理后台编辑": "Edit in admin",
    "查看该公司的监管措施": "This company's enforcement actions", "查看该公司的截止日期": "This company's deadlines",
    "风险警示状态": "Risk-warning status", "风险警示状态随时间变化": "Risk-warning status over time",
    "正常": "Normal", "已退市": "Delisted", "资金占用": "Fund occupation", "占用方": "Occupier",
    "占用金额": "Amount occupied", "已归还": "Repaid", "余额": "Balance", "截至": "As of",
    "整改完成": "Rectified", "时间线": "Timeline", "日期未知": "Date unknown", "元": " yuan", "来源": "Source",
    "暂无来源": "No source recorded", "暂无记录。": "Nothing recorded yet.",
    "没有符合条件的公司。": "No company matches these filters.", "截止日期月历": "Deadline calendar",
    "%(year)s年%(month)s月 截止日期": "Deadlines, %(year)s-%(month)s", "上月": "Previous month",
    "本月": "This month", "下月": "Next month", "逾期 %(n)s 天": "%(n)s days overdue", "剩 %(n)s 天": "%(n)s days left",
    "没有符合条件的截止日期。": "No deadline matches these filters.", "列表": "List", "月历": "Calendar",
    "30天内到期": "Due within 30 days", "已逾期": "Overdue", "无法导出": "Cannot export",
    "筛选条件有误，请返回列表页修正后再导出。": "The filters are invalid: go back to the list, correct them and export again.",
    "返回": "Back", "今天到期": "Due today", "筛选": "Filter", "是": "Yes", "排除所选": "Exclude selected",
    "清除": "Clear", "分页": "Pagination", "共 %(counter)s 条": ["%(counter)s record", "%(counter)s records"],
    "第 %(number)s / %(pages)s 页": "page %(number)s of %(pages)s", "首页": "First", "上一页": "Previous",
    "下一页": "Next", "末页": "Last", "每页": "Per page", "保存此搜索": "Save this search", "保存": "Save",
    "决定日期": "Decision date", "应用": "Apply", "条监管措施": "enforcement actions",
    "%(upcoming_days)s 天内到期": "due within %(upcoming_days)s days", "已逾期未完成": "overdue and still open",
    "按月统计（决定日期）": "By month (decision date)", "按月统计": "By month", "按措施": "By measure",
    "按监管机构": "By regulator", "即将到期（%(upcoming_days)s 天内）": "Coming due (within %(upcoming_days)s days)",
    "近期没有到期的截止日期。": "No deadline coming due soon.", "查看月历": "Open the calendar",
    "管理订阅": "Manage subscriptions", "筛选条件": "Filters", "保存时间": "Saved at", "删除": "Delete",
    "还没有保存的搜索。": "No saved search yet.", "删除订阅": "Delete subscription",
    "确定删除订阅“%(name)s”吗？删除后不再发送它的提醒。": "Delete the subscription “%(name)s”? Its reminders will stop.",
    "编辑订阅": "Edit subscription", "新建订阅": "New subscription", "截止日期提醒": "Deadline reminders",
    "逾期仍未处理": "Still open after the due date", "关注": "Watching", "提前提醒天数": "Remind days before",
    "发送方式": "Delivery", "状态": "Status", "全部截止日期": "All deadlines", "逾期": "Overdue", "启用": "Active",
    "已停用": "Paused", "还没有订阅。新建一个订阅，在截止日期前收到邮件提醒。":
        "No subscription yet. Create one to get email reminders before deadlines.",
    "日历订阅": "Calendar feed", "日历订阅地址": "Calendar feed address", "更换地址": "Change address",
    "退订提醒": "Unsubscribe from reminders",
    "退订后，“%(name)s”不再发送截止日期提醒邮件。": "After unsubscribing, “%(name)s” sends no more deadline reminders.",
    "确认退订": "Unsubscribe", "“%(name)s”已经退订。": "“%(name)s” is unsubscribed.",
    "管理全部订阅（需登录）": "Manage all subscriptions (login required)", "已退订": "Unsubscribed",
    "“%(name)s”不再发送提醒邮件。": "“%(name)s” sends no more reminder emails.",
    "“%(part)s”不是整数。": "“%(part)s” is not a whole number.", "请至少填写一个提醒天数。": "Enter at least one reminder day.",
    "提醒天数必须在 0 到 %(max)s 之间。": "Reminder days must be between 0 and %(max)s.",
    "以逗号分隔，0 表示到期当天。": "Comma-separated; 0 means on the due date.", "违规类型": "Violation type",
    "请选择“关注全部截止日期”，或至少选择一个保存的搜索、一家公司、一种监管措施或违规类型。":
        "Choose “all deadlines”, or at least one saved search, company, measure or violation type.",
    "代码、简称或全称，可带或不带 ST 前缀。": "Code, short or full name, with or without the ST prefix.",
    "交易所": "Exchange", "板块": "Board", "当前状态": "Current status", "监管机构": "Regulator", "措施": "Measure",
    "公告日期": "Announcement date", "金额(元)": "Amount (yuan)", "人员": "Person",
    "有未完成的截止日期": "Has an open deadline", "N 天内到期": "Due within N days", "排序": "Sort",
    "公司当前状态": "Company's current status", "截止日期状态": "Deadline status", "类型": "Kind",
    "仅未完成": "Open only", "公司ID": "Company ID", "变更后状态": "Status after", "生效日期": "Effective date",
    "占用金额截至": "Occupied as of", "已整改": "Rectified",
    "已存储为来源 #%(id)s，正在抽取。": "Stored as source #%(id)s; extracting.",
    "相同正文已存储为来源 #%(id)s，未重复存储。": "The same text is already stored as source #%(id)s; not stored again.",
    "文件过大（%(size).1f MB）：单篇文章上限为 %(limit).1f MB。":
        "File too large (%(size).1f MB): one article may be at most %(limit).1f MB.",
    "这不是文本文件（看起来是二进制文件），请上传 .txt 或 .html 文章。":
        "This is not a text file (it looks binary): upload a .txt or .html article.",
    "文件不是 UTF-8 编码，已按 GBK/GB18030 解码。": "The file is not UTF-8; decoded as GBK/GB18030.",
    "文件编码无法识别，部分字符已替换为 �，请核对原文。":
        "Unknown file encoding: some characters were replaced by �; check against the original.",
    "这不是文本文件（含有空字符），请粘贴或上传文章正文。":
        "This is not a text file (it contains NUL characters): paste or upload the article text.",
    "文章为空：没有可抽取的正文。": "The article is empty: nothing to extract.",
    "无法提交抽取任务（%(error)s）。请检查任务队列后点击“重新抽取”。":
        "Could not queue the extraction (%(error)s). Check the task queue, then click “Extract again”.",
    "对象": "Targets", "金额": "Amount", "文号": "Document no.", "简称": "Short name",
    "最近的未完成截止日期": "Next open deadline", "至 %(date)s": "until %(date)s", "叠加实施": "stacked",
    "对象：%(targets)s": "Targets: %(targets)s", "占用方：%(who)s": "Occupier: %(who)s",
    "整改完成：%(date)s": "Rectified on %(date)s", "还款": "Repayment", "未完成后果：%(what)s": "If missed: %(what)s",
    "剩余天数": "Days left", "义务": "Obligation", "未完成后果": "If missed",
    "一": "Mon", "二": "Tue", "三": "Wed", "四": "Thu", "五": "Fri", "六": "Sat", "日": "Sun",
    "月份格式应为 YYYY-MM，例如 2025-09。": "Months are written YYYY-MM, e.g. 2025-09.",
    "筛选条件有误，请修正标出的字段。": "Some filters are invalid: please correct the marked fields.",
    "页码": "Page", "分页参数有误：%(errors)s": "Invalid paging parameters: %(errors)s",
    "页码 %(page)s 超出范围，共 %(pages)s 页。": "Page %(page)s is out of range; there are %(pages)s pages.",
    "筛选条件有误，无法保存。": "The filters are invalid and cannot be saved.",
    "您已有同名的保存搜索，请换一个名称。": "You already have a saved search with this name; choose another.",
    "已保存搜索“%(name)s”。": "Saved the search “%(name)s”.", "未能保存搜索：%(errors)s": "Could not save the search: %(errors)s",
    "已删除搜索“%(name)s”。": "Deleted the search “%(name)s”.", "订阅已保存。": "Subscription saved.",
    "订阅已删除。": "Subscription deleted.", "日历订阅地址已更换，旧地址不再可用。":
        "The calendar feed address changed; the old one no longer works.",
    "退订链接无效。": "This unsubscribe link is not valid.", "Home": "Home",
    "同一正文只存储一次；存储后在后台抽取，结果进入“待审核建议”，经接受才成为记录。":
        "The same text is stored once; it is then extracted in the background into proposals awaiting review, "
        "which become records only when accepted.",
    "另一家公司的名称、风险警示变更、人员、监管措施、资金占用案件、截止日期和引用都将移到保留的公司，然后删除它。同一事实在两边都有时只保留一条，并合并其来源。":
        "The other company's names, risk-warning changes, persons, enforcement actions, fund-occupation cases, "
        "deadlines and citations move to the company kept, then it is deleted. A fact recorded on both sides is "
        "kept once, with its sources merged.",
    "把这个私密地址添加到 Outlook 或手机日历，即可看到您关注的截止日期。请勿分享此地址。":
        "Add this private address to Outlook or your phone's calendar to see the deadlines you watch. Do not share it.",
    "未提供发布日期：文中不带年份的日期将无法确定，请在来源中补填日期后重新抽取。":
        "No publication date: dates without a year cannot be resolved; add the date to the source and extract again.", "列表页": "List",
    "在任一列表页筛选后点击“保存此搜索”。保存的搜索可随时打开，也可用于订阅提醒。":
        "Filter any list, then click “Save this search”. Saved searches can be reopened any time and used for alerts.",
}


def unquote(lines):
    return "".join(re.match(r'^(?:msgid|msgid_plural|msgstr(?:\[\d\])?)?\s*"(.*)"$', line).group(1)
                   for line in lines).encode().decode("unicode_escape").encode("latin-1").decode("utf-8")


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def fill(path):
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    out = []
    for block in blocks:
        lines = block.split("\n")
        start = next((i for i, line in enumerate(lines) if line.startswith("msgid ")), None)
        if start is None:
            out.append(block)
            continue
        end = next(i for i, line in enumerate(lines) if line.startswith(("msgstr", "msgid_plural")))
        msgid = unquote(lines[start:end])
        english = EN.get(msgid)
        if not msgid or english is None:
            out.append(block)
            continue
        head = [line for line in lines[:lines.index(next(x for x in lines if x.startswith("msgstr")))]]
        head = [line for line in head if line != "#, fuzzy"]
        if any(line.startswith("msgid_plural") for line in lines):
            singular, plural = english if isinstance(english, list) else (english, english)
            out.append("\n".join(head + [f"msgstr[0] {quote(singular)}", f"msgstr[1] {quote(plural)}"]))
        else:
            out.append("\n".join(head + [f"msgstr {quote(english if isinstance(english, str) else english[0])}"]))
    path.write_text("\n\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    fill(Path(__file__).resolve().parent / "en" / "LC_MESSAGES" / "django.po")
