"""Tests of warta.export."""
