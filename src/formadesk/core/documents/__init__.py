"""Generated documents: a registry of kinds, builders (DB -> plain data) and renderers.

Importing this package registers every built-in document kind. A new kind is one module that
renders its data and calls ``registry.register``; add its import below.
"""

from . import convocation  # noqa: F401  (registers the kind)
