"""Tests of warta.ingest."""
