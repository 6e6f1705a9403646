from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from companies.history import SEED_LOADER, changes_made_by
from companies.registry import RegistryError, load_seed
from tracker.seeds import SeedError, load_seeds


class Command(BaseCommand):
    help = "Load the curated seed facts from seeds/*.yaml. Idempotent: a second run changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Seed files (default: every seeds/*.yaml).")

    def handle(self, *args, paths=(), **options):
        files = [Path(p) for p in paths] or sorted((Path(settings.BASE_DIR) / "seeds").glob("*.yaml"))
        if not files:
            raise CommandError("没有找到种子文件（seeds/*.yaml）。")
        try:
            report = load_seeds(files)
        except SeedError as error:
            raise CommandError(f"种子数据未载入（已全部回滚）：{error}") from error
        for label, counter in (("新建", report.created), ("更新", report.updated), ("未变", report.unchanged)):
            if counter:
                summary = "，".join(f"{name} {count}" for name, count in sorted(counter.items()))
                self.stdout.write(f"{label}：{summary}")
        self.stdout.write(self.style.SUCCESS(f"种子数据已载入：{len(files)} 个文件，{report.changed} 处变更。"))
        if paths:
            return  # named files only: the registry is loaded with the default seeds
        try:
            with changes_made_by(SEED_LOADER):
                registry = load_seed()
        except RegistryError as error:
            raise CommandError(f"上市公司名录未载入（已全部回滚）：{error}") from error
        self.stdout.write(self.style.SUCCESS(
            f"上市公司名录：新增 {len(registry.added)} 家，补上代码 {len(registry.coded)} 家，"
            f"更名 {len(registry.renamed)} 家，观察记录 {registry.observed} 条。"
        ))
