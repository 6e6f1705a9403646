"""Server-rendered SVG bar charts: geometry computed here, drawn by templates/tracker/includes/*.svg.html.

No chart library and no JavaScript, so the charts render on closed networks and in exports of the page.
"""

COLUMN_CHART_HEIGHT = 180
ROW_HEIGHT = 22


def column_chart(items, width=720, height=COLUMN_CHART_HEIGHT):
    """Vertical bars for a series such as counts per month. items: [(label, value)]."""
    items = list(items)
    peak = max((value for _, value in items), default=0) or 1
    slot = width / max(len(items), 1)
    bars = []
    for index, (label, value) in enumerate(items):
        bar_height = round(value / peak * (height - 30), 1)
        bars.append({"x": round(index * slot + slot * 0.15, 1), "width": round(slot * 0.7, 1),
                     "y": round(height - 20 - bar_height, 1), "height": bar_height, "label": label, "value": value,
                     "label_x": round(index * slot + slot / 2, 1), "value_y": round(height - 23 - bar_height, 1), "show_label": index % max(len(items) // 12, 1) == 0,
                     # The first and last labels hug the edges so they are not cut off.
                     "anchor": "start" if index == 0 else "end" if index == len(items) - 1 else "middle",
                     "anchor_x": round(index * slot, 1) if index == 0 else round((index + 1) * slot, 1)
                     if index == len(items) - 1 else round(index * slot + slot / 2, 1)})
    return {"width": width, "height": height, "bars": bars, "baseline": height - 20, "label_y": height - 5,
            "peak": peak}


def row_chart(items, width=520, label_width=150):
    """Horizontal bars for categories such as measures or issuers. items: [(label, value, url)]."""
    items = list(items)
    peak = max((value for _, value, _ in items), default=0) or 1
    usable = width - label_width - 60
    rows = [
        {"y": index * ROW_HEIGHT, "label": label, "value": value, "url": url,
         "width": max(round(value / peak * usable, 1), 1), "text_y": index * ROW_HEIGHT + 15,
         "bar_y": index * ROW_HEIGHT + 3, "value_x": label_width + max(round(value / peak * usable, 1), 1) + 4}
        for index, (label, value, url) in enumerate(items)
    ]
    return {"width": width, "height": max(len(rows), 1) * ROW_HEIGHT, "rows": rows, "label_width": label_width,
            "label_x": label_width - 6}
