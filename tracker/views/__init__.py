"""The analysts' web app, one module per page family."""
