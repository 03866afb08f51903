"""Build saring's optional C kernels: every ``src/saring/**/_*.c`` becomes an extension module.

Each kernel is a hot loop of one step (``steps/_normalize.c`` sits beside ``steps/normalize.py``),
and each step keeps a pure-Python path that gives the same result, so a machine without a C
compiler still installs saring — it only runs slower. CI requires the kernels (tests/test_native.py).
"""

from pathlib import Path

from setuptools import Extension, setup

SOURCE = Path("src")


def kernels() -> list[Extension]:
    modules = []
    for path in sorted(SOURCE.glob("saring/**/_*.c")):
        name = ".".join(path.relative_to(SOURCE).with_suffix("").parts)
        modules.append(
            Extension(name, [path.as_posix()], optional=True, extra_compile_args=["-O2", "-std=c11"])
        )
    return modules


setup(ext_modules=kernels())
