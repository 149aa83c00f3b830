"""The package's shape: imports run one way (cli -> api -> stages -> foundations), never in a circle.

Read from the source with `ast`, nothing imported: every import counts, also one inside a
function (a lazy import is still a dependency) or under TYPE_CHECKING (a type is one too).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "claimkit"

# Shared by every stage: the records, settings, errors, finding codes, word tables, the version.
FOUNDATIONS = frozenset({"models", "settings", "errors", "codes", "lexicon", "version"})
# The stages in the order data flows through them; a stage may import an earlier one, never a
# later one. `normalize` (units and exchange rates) is a toolbox rather than a pass: extract reads
# quantities into base units with it and reconcile compares money through its rates, so it ranks
# before both. `lang` reads what the English grammar (`extract`) does not: other languages.
STAGES = ("ingest", "normalize", "extract", "lang", "reconcile", "render")
# The front: the package facade, the CLI and its claimkit.toml, the Python API and the commands
# built on it (the check and its baseline; serve, the HTTP one).
TOP = frozenset({"", "__main__", "api", "cli", "check", "schema", "config", "baseline", "serve"})


def module_names() -> dict[str, Path]:
    """'claimkit.ingest.sources' -> its file, for every module of the package."""
    out = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


MODULES = module_names()


def imports_of(name: str) -> set[str]:
    """The claimkit modules `name` imports, anywhere in its file."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([node.module] if node.module else []))
            # `from claimkit.render import html` imports the module claimkit.render.html
            found.update(f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: imports_of(name) for name in MODULES}


def layer(name: str) -> tuple[str, str]:
    """('foundation' | 'stage' | 'top', the top-level name under claimkit)."""
    head = name.split(".")[1] if "." in name else ""
    if head in FOUNDATIONS:
        return "foundation", head
    if head in STAGES:
        return "stage", head
    if head in TOP:
        return "top", head
    return "unplaced", head


def test_every_module_has_a_place():
    unplaced = sorted(n for n in MODULES if layer(n)[0] == "unplaced")
    assert not unplaced, "not a foundation, a stage or the top: " + ", ".join(unplaced)


def test_no_circle():
    """A depth-first walk; a module met again while still on the path closes a circle."""
    circles, state = [], {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = "open"
        for dep in sorted(GRAPH[name]):
            if state.get(dep) == "open":
                circles.append(" -> ".join(path[path.index(dep):] + [dep]) if dep in path else f"{name} -> {dep}")
            elif dep not in state:
                visit(dep, path + [dep])
        state[name] = "done"

    for name in sorted(MODULES):
        if name not in state:
            visit(name, [name])
    assert not circles, "import circles:\n" + "\n".join(circles)


def test_imports_run_one_way():
    """Foundations import only foundations; a stage, foundations and earlier stages; only the top
    imports the top."""
    wrong = []
    for name, deps in sorted(GRAPH.items()):
        kind, head = layer(name)
        for dep in sorted(deps):
            dep_kind, dep_head = layer(dep)
            if kind == "foundation":
                ok = dep_kind == "foundation"
            elif kind == "stage":
                ok = dep_kind == "foundation" or (dep_kind == "stage" and STAGES.index(dep_head) <= STAGES.index(head))
            else:
                ok = True
            if not ok:
                wrong.append(f"{name} ({kind} {head}) imports {dep} ({dep_kind} {dep_head})")
    assert not wrong, "imports against the flow:\n" + "\n".join(wrong)


def test_renderers_never_import_the_dispatcher():
    """claimkit.render picks a format module; a format imports the shared wording, not the dispatcher."""
    back = sorted(n for n, deps in GRAPH.items() if n.startswith("claimkit.render.") and "claimkit.render" in deps)
    assert not back, "formats importing the dispatcher: " + ", ".join(back)


@pytest.mark.parametrize("stage", STAGES)
def test_stage_says_what_goes_in_and_out(stage):
    doc = ast.get_docstring(ast.parse((SRC / stage / "__init__.py").read_text(encoding="utf-8")))
    assert doc and "->" in doc.splitlines()[0], f"claimkit.{stage}: the docstring's first line names input -> output"


def test_import_claimkit_loads_no_stage():
    code = "import sys, claimkit; print(sorted(m for m in sys.modules if m.startswith('claimkit.')))"
    loaded = eval(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    beyond = [m for m in loaded if layer(m)[0] != "foundation"]
    assert not beyond, "import claimkit loads " + ", ".join(beyond)
