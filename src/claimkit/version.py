"""claimkit's version, in a module of its own so that any stage can name it without importing
the package facade (`claimkit/__init__.py`, which imports the API on first call)."""

__version__ = "0.1.0"
