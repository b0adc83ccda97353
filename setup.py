"""Packages of Formadesk: everything under src/, plus the top-level resources/ folder shipped
inside the package as ``formadesk.resources`` (fonts, Word templates).

Packages are found as namespace packages, so a folder of modules without ``__init__.py`` (such
as Alembic's ``core/migrations/versions``) is shipped too; tests/test_packaging.py checks that
every file read at run time is in the wheel.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages("src", include=["formadesk", "formadesk.*"], exclude=["*.__pycache__"]),
        "formadesk.resources",
    ],
    package_dir={"": "src", "formadesk.resources": "resources"},
)
