"""python manage.py ingest FILE... [--published YYYY-MM-DD] [--sync]

Stores each article once and queues its extraction (Celery); the findings wait in the review queue
(admin: 待审核建议). A file that cannot be stored is reported and skipped; the command exits with
an error status when any file failed.
"""
import os
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from tracker.choices import SourceKind
from tracker.review.ingest import IngestError, check_size, ingest_bytes
from tracker.review.jobs import extract_source


def iso_date(value):
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published 应为 YYYY-MM-DD 格式的日期，收到：{value}") from None


class Command(BaseCommand):
    help = "Store articles (UTF-8 or GBK text/HTML files) and queue their extraction into the review queue."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="article files; '-' reads standard input")
        parser.add_argument("--published", help="publication date YYYY-MM-DD (resolves dates without a year)")
        parser.add_argument("--publication", default="", help="newspaper or issuer, e.g. 证券日报")
        parser.add_argument("--title", default="", help="title (default: the first line of the text)")
        parser.add_argument("--kind", default=SourceKind.NEWS, choices=SourceKind.values)
        parser.add_argument("--url", default="")
        parser.add_argument("--sync", action="store_true",
                            help="run the extraction here instead of queueing it (no Celery worker needed)")

    def handle(self, *args, **options):
        published = iso_date(options["published"]) if options["published"] else None
        failed = 0
        for path in options["files"]:
            try:
                if not self.ingest_one(path, published, options):
                    failed += 1
            except (IngestError, OSError) as error:
                failed += 1
                message = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
                self.stderr.write(self.style.ERROR(f"{path}：{message}"))
        if failed:
            raise CommandError(f"{failed} 个文件未能导入。")

    def read(self, path):
        if path == "-":
            import sys

            return sys.stdin.buffer.read()
        if os.path.isdir(path):
            raise IngestError("这是一个目录，不是文件。")
        check_size(os.path.getsize(path))  # before reading a huge file into memory
        with open(path, "rb") as handle:
            return handle.read()

    def ingest_one(self, path, published, options):
        result = ingest_bytes(
            self.read(path), title=options["title"], publication=options["publication"], published_on=published,
            url=options["url"], kind=options["kind"], enqueue=not options["sync"],
        )
        for warning in result.warnings:
            self.stderr.write(self.style.WARNING(f"{path}：{warning}"))
        if not result.created:
            self.stdout.write(f"{path}：{result.message}")
            return True
        if not options["sync"]:
            self.stdout.write(self.style.SUCCESS(f"{path}：{result.message}"))
            return True
        extraction = extract_source(result.source.pk, result.extraction.pk)
        if extraction.status == "failed":
            self.stderr.write(self.style.ERROR(f"{path}：已存储为来源 #{result.source.pk}，但抽取失败：{extraction.error}"))
            return False
        self.stdout.write(self.style.SUCCESS(
            f"{path}：已存储为来源 #{result.source.pk}，抽取出 {extraction.proposal_count} 条待审核建议。"
        ))
        for warning in extraction.warnings:
            self.stderr.write(self.style.WARNING(f"{path}：抽取提示：{warning}"))
        return True
