"""The release number, read by hatchling at build time; code reads ``govpub.__version__``."""

__version__ = "0.1.0.dev0"
