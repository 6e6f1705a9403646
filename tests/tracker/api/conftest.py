from tests.tracker.web.conftest import _fresh_facet_cache, cases  # noqa: F401  (shared fixtures)
