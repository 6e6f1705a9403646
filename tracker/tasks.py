"""Celery tasks. Each takes primary keys, does its work in a plain function, and is safe to run twice."""
from celery import shared_task


# --- review: extraction of stored articles into the review queue ---------------
@shared_task(name="tracker.extract_source")
def extract_source(source_id, extraction_id=None):
    """Run the extractor over Source `source_id`; see tracker.review.jobs.extract_source."""
    from .review.jobs import extract_source as run

    extraction = run(source_id, extraction_id)
    return extraction.status if extraction else None
