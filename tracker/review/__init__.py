"""Ingestion and the review queue: articles in, proposals out, records only on a curator's acceptance.

- `ingest`: decode, validate and store an article once, then queue its extraction;
- `jobs`: the extraction job (run by the Celery task `tracker.tasks.extract_source`);
- `proposals`: turn the extractor's output into proposals, linked to known companies;
- `accept`: accept / reject proposals, creating cited records idempotently;
- `merge`: merge two company records without losing either's records.
"""
