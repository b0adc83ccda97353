"""Generated documents: a registry of kinds, builders (DB -> plain data) and renderers.

The kinds are registered by ``kinds.py``, loaded the first time ``engine.registry.KINDS`` is
read, so that lists of documents open without importing the PDF, Word and Excel libraries.

Layout: ``engine/`` (registry, targets, builders, PDF/Word/Excel writers, templates, history),
one package per family of documents (``before/``, ``during/``, ``after/``, ``billing/``,
``lists/``), and ``service.py``, the facade the office uses.
"""
