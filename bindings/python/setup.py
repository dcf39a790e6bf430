"""setup.py — builds the zaban extension with the repository's Makefile and
puts it inside the package, so that `pip install ./bindings/python` (run
from a clone of the repository) gives a package that carries its own
zaban.so.  Everything else is in pyproject.toml."""
import os
import re
import shutil
import subprocess

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


class BuildWithExtension(build_py):
    """Runs `make` at the repository root, then copies dist/zaban.* in."""

    def run(self):
        if not os.path.exists(os.path.join(ROOT, "Makefile")):
            raise SystemExit("zaban: build from a clone of the zaban repository "
                             "(pip install ./bindings/python): the C sources are not here")
        subprocess.check_call(["make", "-C", ROOT, "-s"])
        for suffix in ("so", "dylib"):
            built = os.path.join(ROOT, "dist", "zaban." + suffix)
            if os.path.exists(built):
                shutil.copy(built, os.path.join(HERE, "zaban", "zaban." + suffix))
        super().run()


def version():
    """The extension's version, as ext/zaban.h says (zaban_version())."""
    with open(os.path.join(ROOT, "ext", "zaban.h"), encoding="utf-8") as f:
        return re.search(r'#define ZABAN_VERSION "([^"]+)"', f.read()).group(1)


setup(version=version(), cmdclass={"build_py": BuildWithExtension})
