"""The extraction job: run the extractor over a stored source and fill the review queue.

Registered as the Celery task `tracker.tasks.extract_source`; `ingest --sync` calls it in-process.
"""
import logging

from django.db import DatabaseError, transaction
from django.utils import timezone

from companies.history import changes_made_by
from companies.models import CompanyName
from companies.registry import EARLIER_SEED, NEWS_NAMES_SEED, PAST_NAMES_SEED, SEED

from ..models import Extraction, ExtractionStatus, Source
from .proposals import build_proposals

logger = logging.getLogger(__name__)

# The registry of listed companies the project ships (seeds/): the extractor knows every listed
# name even on an empty database, and knows that a name missing from it needs other evidence; and
# the names an older list gave companies that list names otherwise ("东旭光电" for "ST旭电"); and the names real news
# gave listed codes that neither list knows ("斯太尔" for "斯太退"); and the names codes bore up to 2017, delisted
# companies' among them ("乐视网").
LISTED_COMPANIES_SEED, EARLIER_NAMES_SEED, NEWS_NAMES, PAST_NAMES = SEED, EARLIER_SEED, NEWS_NAMES_SEED, PAST_NAMES_SEED


def seed_company_names():
    """``name -> "code:NNNNNN"`` from the registry seeds: today's names over the earlier ones, those over the names
    only news used, and those over the names of 2017 and before."""
    from tracker.extraction.listed import read_listed_names

    return {**read_listed_names(PAST_NAMES), **read_listed_names(NEWS_NAMES), **read_listed_names(EARLIER_NAMES_SEED),
            **read_listed_names(LISTED_COMPANIES_SEED)}


def known_company_names():
    """Names for the extractor: ``name -> "code:NNNNNN"`` (or the company's id, where the database has no code for
    it) from the database, over ``name -> "code:NNNNNN"`` from the registry seed. Never fails: an unmigrated
    database only means fewer names."""
    names = seed_company_names()
    try:
        # Keyed by the code where there is one: a page that gives only the code with an ST name ("*ST海伦(300201)")
        # then ties it to the names the database knows the company by ("海伦哲").
        names.update((name, f"code:{code}" if code else company_id)
                     for name, company_id, code in CompanyName.objects.values_list("name", "company_id", "company__code"))
    except DatabaseError:
        logger.warning("known_company_names: the database has no company names table yet")
    return names


def run_extractor(text, published=None, known_names=None):
    """The extractor's output dict for `text` (imported late so a broken extractor fails one job, not the app)."""
    from tracker.extraction import extract

    return extract(text, published=published, known_names=known_names)


def extractor_version():
    import tracker.extraction

    return str(getattr(tracker.extraction, "__version__", getattr(tracker.extraction, "VERSION", "")))[:40]


def mark_failed(extraction, error):
    Extraction.objects.filter(pk=extraction.pk).update(
        status=ExtractionStatus.FAILED, error=str(error)[:2000] or "未知错误", finished_at=timezone.now()
    )


EXTRACTOR = "extractor"


def extract_source(source_id, extraction_id=None):
    """See run_extraction; the proposals' history names the extractor as their author."""
    with changes_made_by(EXTRACTOR):
        return run_extraction(source_id, extraction_id)


def run_extraction(source_id, extraction_id=None):
    """Extract the source `source_id` into proposals. Safe to run again: it duplicates no proposal.

    Uses the pending Extraction `extraction_id` when given (the one ingest or "re-run" created),
    otherwise starts a new one. Returns the Extraction, or None when the source no longer exists.
    """
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        logger.warning("extract_source: source %s no longer exists", source_id)
        return None
    extraction = None
    if extraction_id is not None:
        extraction = Extraction.objects.filter(pk=extraction_id, source=source).first()
        if extraction is not None and extraction.status == ExtractionStatus.DONE:
            return extraction  # a redelivered task: the work is done
    if extraction is None:
        extraction = Extraction.objects.create(source=source)
    extraction.status = ExtractionStatus.RUNNING
    extraction.started_at = timezone.now()
    extraction.error = ""
    extraction.extractor_version = extractor_version()
    extraction.save(update_fields=["status", "started_at", "error", "extractor_version", "updated_at"])

    # name -> company id, so the extractor ties the names of one company together.
    known_names = known_company_names()
    try:
        output = run_extractor(source.text, published=source.published_on, known_names=known_names)
        if not isinstance(output, dict):
            raise TypeError(f"extractor returned {type(output).__name__}, expected a dict")
        with transaction.atomic():
            created = build_proposals(source, extraction, output)
            extraction.status = ExtractionStatus.DONE
            extraction.proposal_count = created
            extraction.warnings = [str(w) for w in output.get("warnings") or []]
            extraction.finished_at = timezone.now()
            extraction.save()
    except Exception as error:  # any extractor bug must end as a visible failed run, not a lost task
        logger.exception("Extraction %s of source %s failed", extraction.pk, source.pk)
        mark_failed(extraction, f"{type(error).__name__}: {error}")
        extraction.refresh_from_db()
    return extraction
