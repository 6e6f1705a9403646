"""Imports flow one way: companies ← tracker.models ← filters ← alerts/views/api. A circle fails here first."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(path):
    """Absolute names of every module `path` imports (relative imports resolved), at any depth in the file."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def offenders(folder, forbidden):
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for name in imported_modules(path):
            if any(name == prefix or name.startswith(prefix + ".") for prefix in forbidden):
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


def test_companies_never_imports_tracker():
    assert offenders("companies", ["tracker"]) == []


def test_tracker_models_import_no_layer_above_them():
    above = ["tracker.filters", "tracker.alerts", "tracker.views", "tracker.api", "tracker.review", "tracker.admin",
             "tracker.emails", "tracker.tasks"]
    assert offenders("tracker/models", above) == []


def test_filters_import_neither_alerts_nor_views():
    assert [line for line in offenders("tracker", ["tracker.views", "tracker.alerts"])
            if line.startswith("tracker/filters.py")] == []
