"""Use-case services: plain classes over a unit of work, returning plain dataclasses."""
