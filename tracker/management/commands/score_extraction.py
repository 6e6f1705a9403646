"""``manage.py score_extraction --articles DIR --gold DIR``: precision, recall and F1 per kind of record.

Runs the extractor in-process (as the review queue does, with the listed-company registry) on every
``DIR/NAME.txt`` that has a ``GOLD/NAME.json``, and prints one line per kind and a summary line a
script can read: ``extraction F1 companies=… status_changes=… enforcement_actions=… deadlines=… macro=…``.
Texts of third-party pages live in ``var/`` (never in git); see tests/tracker/extraction/real/README.md.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tracker.extraction import extract
from tracker.extraction.scoring import KINDS, add, compare
from tracker.review.jobs import known_company_names


class Command(BaseCommand):
    help = "Score the extractor against gold annotations: P/R/F1 per kind and a macro F1."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--articles", required=True, help="folder of NAME.txt pages")
        parser.add_argument("--gold", required=True, help="folder of NAME.json gold annotations")
        parser.add_argument("--list", action="store_true", help="list every miss and false record")

    def handle(self, *args, articles, gold, **options):
        verbose = options["list"]
        articles, gold = Path(articles), Path(gold)
        if not gold.is_dir():
            raise CommandError(f"no gold folder {gold}")
        known = known_company_names()
        total, pages, skipped = {}, 0, []
        for gold_path in sorted(gold.glob("*.json")):
            page = articles / f"{gold_path.stem}.txt"
            if not page.exists():
                skipped.append(gold_path.stem)
                continue
            try:
                expected = json.loads(gold_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                raise CommandError(f"{gold_path}: not a JSON gold file ({error})") from error
            predicted = extract(page.read_bytes(), published=expected.get("published"), known_names=known)
            scores = compare(expected, predicted)
            add(total, scores)
            pages += 1
            if verbose:
                for kind, score in scores.items():
                    for record in score.missed:
                        self.stdout.write(f"{gold_path.stem} {kind} MISSED {json.dumps(record, ensure_ascii=False)}")
                    for record in score.false:
                        shown = {k: v for k, v in record.items() if not k.startswith("evidence")}
                        self.stdout.write(f"{gold_path.stem} {kind} FALSE  {json.dumps(shown, ensure_ascii=False)}")
        if not pages:
            raise CommandError(f"no page of {articles} has gold in {gold}")
        self.stdout.write(f"{'kind':22} {'gold':>5} {'pred':>5} {'hit':>5} {'P':>6} {'R':>6} {'F1':>6}")
        for kind in KINDS:
            s = total.get(kind)
            self.stdout.write(
                f"{kind:22} {s.gold:5} {s.predicted:5} {s.hits:5} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}"
            )
        if skipped:
            self.stdout.write(f"pages without text (rebuild them into {articles}): {', '.join(skipped)}")
        f1s = [total[k].f1 for k in KINDS]
        self.stdout.write(f"pages: {pages}")
        self.stdout.write(
            "extraction F1 " + " ".join(f"{k}={f:.2f}" for k, f in zip(KINDS, f1s, strict=True)) + f" macro={sum(f1s) / 4:.2f}"
        )
