"""Packages of Formadesk: everything under src/, plus the top-level resources/ folder shipped
inside the package as ``formadesk.resources`` (fonts, icons, Word templates)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "formadesk.resources"],
    package_dir={"": "src", "formadesk.resources": "resources"},
)
