"""Tests of warta.store."""
