"""A runnable walkthrough of the einvoice Python SDK against a sandbox server: ``python -m einvoice_example``."""
