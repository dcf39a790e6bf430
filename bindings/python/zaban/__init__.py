"""zaban — load the zaban SQLite extension into Python's sqlite3.

    import sqlite3, zaban
    conn = sqlite3.connect("news.db")
    zaban.load(conn)
    conn.execute("SELECT fa_normalize('گفتوگو')").fetchone()   # ('گفت‌وگو',)

zaban.path() is the extension's file without its suffix, as
sqlite3.Connection.load_extension() and the sqlite3 shell's .load take it.
"""
import os

_HERE = os.path.dirname(os.path.abspath(__file__))

__all__ = ["load", "path", "ExtensionLoadingUnavailable"]


class ExtensionLoadingUnavailable(RuntimeError):
    """This Python's sqlite3 module cannot load SQLite extensions."""


_NO_LOADING = (
    "zaban: this Python's sqlite3 module cannot load extensions (it was built without "
    "SQLite's loadable extension support; pyenv and some macOS builds are). Use a Python "
    "that can: Debian's /usr/bin/python3, or rebuild with pyenv as "
    "PYTHON_CONFIGURE_OPTS=--enable-loadable-sqlite-extensions pyenv install <version>")


def path():
    """The bundled extension, without its suffix (…/zaban/zaban)."""
    for suffix in ("so", "dylib"):
        if os.path.exists(os.path.join(_HERE, "zaban." + suffix)):
            return os.path.join(_HERE, "zaban")
    raise FileNotFoundError("zaban: the package carries no zaban.so; reinstall it from a clone "
                            "of the repository (pip install ./bindings/python)")


def load(conn):
    """Loads zaban into an open sqlite3 connection; returns conn."""
    if not hasattr(conn, "enable_load_extension"):
        raise ExtensionLoadingUnavailable(_NO_LOADING)
    conn.enable_load_extension(True)
    try:
        conn.load_extension(path())
    finally:
        conn.enable_load_extension(False)
    return conn
