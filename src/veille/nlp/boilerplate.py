"""Stub replaced below."""
