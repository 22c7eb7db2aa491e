"""The models module split into a lazily loaded package (generator/render/models_split.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from generator.render.environment import environment
from generator.render.models_split import WHOLE_MODULE, import_statement, split_models
from tests.conftest import ROOT

CODE = textwrap.dedent(
    '''\
    """Docstring of the models module."""

    from __future__ import annotations

    from enum import Enum

    from pydantic import BaseModel, ConfigDict, RootModel

    from ._helpers import helper


    class Colour(str, Enum):
        RED = "red"


    class Node(BaseModel):
        model_config = ConfigDict(defer_build=True)
        children: list[Branch] | None = None
        label: str | None = None


    class Branch(BaseModel):
        model_config = ConfigDict(defer_build=True)
        node: Node
        tag: helper | None = None


    class Tree(BaseModel):
        model_config = ConfigDict(defer_build=True)
        root: Node
        quoted: "Leaf | None" = None


    class Leaf(BaseModel):
        model_config = ConfigDict(defer_build=True)
        colour: Colour | None = None


    class Leaves(RootModel[list[Leaf]]):
        root: list[Leaf]


    Node.model_rebuild()
    '''
)


def test_components_become_modules_in_dependency_order() -> None:
    split = split_models(CODE)
    exports = split.exports
    assert list(exports) == ["Colour", "Node", "Branch", "Tree", "Leaf", "Leaves"]
    # the cycle Node <-> Branch stays together, in its order
    assert exports["Node"] == exports["Branch"] == "_node"
    assert len(set(exports.values())) == 5
    node = split.modules["_node"]
    assert node.index("class Node(") < node.index("class Branch(")
    assert "model_rebuild" not in "".join(split.modules.values())
    assert "Docstring of the models module" not in "".join(split.modules.values())
    # a relative import goes one level up; unused imports are left out
    assert "from .._helpers import helper\n" in node
    assert "Enum" not in node and "RootModel" not in node
    tree = split.modules["_tree"]
    # the quoted forward reference is a dependency too
    assert "from ._leaf import Leaf\n" in tree and "from ._node import Node\n" in tree
    leaves = split.modules["_leaves"]
    assert "from ._leaf import Leaf\n" in leaves and "from pydantic import RootModel\n" in leaves
    assert all(m.startswith("from __future__ import annotations\n") for m in split.modules.values())


def test_a_module_it_does_not_understand_is_kept_whole() -> None:
    code = CODE + "\nif True:\n    EXTRA = 1\n"
    split = split_models(code)
    assert list(split.modules) == [WHOLE_MODULE]
    assert set(split.exports.values()) == {WHOLE_MODULE}
    assert "from .._helpers import helper\n" in split.modules[WHOLE_MODULE]
    assert "Node.model_rebuild()" in split.modules[WHOLE_MODULE]
    assert split_models("").modules == {}


def test_module_names_are_unique_without_regard_to_case() -> None:
    code = "class Pet:\n    pass\n\n\nclass PET:\n    pass\n\n\nclass _pet:\n    pass\n"
    split = split_models(code)
    names = [name.lower() for name in split.modules]
    assert len(set(names)) == 3, split.modules.keys()
    assert all(name not in split.exports for name in split.modules)


def test_long_imports_wrap_with_a_trailing_comma() -> None:
    assert import_statement(".m", ["A", "B"]) == "from .m import A, B\n"
    wrapped = import_statement("._" + "x" * 60, ["LongName", "Other"], indent="    ")
    assert wrapped.endswith("        Other,\n    )\n") and "(\n" in wrapped


def _write_package(root: Path) -> Path:
    package = root / "splitpkg"
    (package / "models").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "_helpers.py").write_text("helper = str\n", encoding="utf-8")
    split = split_models(CODE)
    for module, source in split.modules.items():
        (package / "models" / f"{module}.py").write_text(source, encoding="utf-8")
    imports: dict[str, list[str]] = {}
    for name, module in sorted(split.exports.items()):
        imports.setdefault(module, []).append(name)
    facade = (
        environment()
        .get_template("package/models/__init__.py.jinja")
        .render(
            header="# test",
            pkg="splitpkg",
            imports=[import_statement(f".{m}", n, "    ") for m, n in sorted(imports.items())],
            exports=sorted(split.exports.items()),
            public=sorted(split.exports),
        )
    )
    (package / "models" / "__init__.py").write_text(facade, encoding="utf-8")
    return package


def test_the_package_loads_a_model_with_what_it_reaches(tmp_path: Path) -> None:
    _write_package(tmp_path)
    code = textwrap.dedent(
        """\
        import sys
        import splitpkg.models as models
        loaded = lambda: sorted(m.rpartition(".")[2] for m in sys.modules if m.startswith("splitpkg.models."))
        assert loaded() == [], loaded()
        from splitpkg.models import Tree
        assert loaded() == ["_colour", "_leaf", "_node", "_tree"], loaded()
        tree = Tree.model_validate({"root": {"children": [{"node": {"label": "x"}}]}, "quoted": {"colour": "red"}})
        assert tree.root.children[0].node.label == "x" and tree.quoted.colour.value == "red"
        assert "Leaves" in dir(models) and sorted(models.__all__) == sorted(models._MODULES)
        try:
            models.Missing
        except AttributeError as exc:
            assert "Missing" in str(exc)
        else:
            raise AssertionError("no AttributeError")
        for name in models.__all__:
            getattr(models, name)
        assert "_leaves" in loaded()
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_importing_a_generated_package_loads_no_model(tmp_path: Path) -> None:
    """iotda_client: import creates no model class and no operation; one call loads the
    models its operation names (and what they reach), not the others."""
    code = textwrap.dedent(
        """\
        import sys
        import httpx
        import iotda_client
        from iotda_client import _operations
        models = lambda: {m for m in sys.modules if m.startswith("iotda_client.models.")}
        assert models() == set(), models()
        assert "SHOW_OTA_MODULE" not in vars(_operations)

        def handler(request):
            return httpx.Response(200, json={"module_id": "m-1", "module_name": "MCU"})

        client = iotda_client.Client(
            project_id="p", http_client=httpx.Client(transport=httpx.MockTransport(handler))
        )
        module = client.show_ota_module(module_id="m-1")
        assert isinstance(module, iotda_client.models.OtaModule) and module.module_id == "m-1"
        assert "SHOW_OTA_MODULE" in vars(_operations)
        loaded = models()
        assert "iotda_client.models._ota_module" in loaded, loaded
        assert "iotda_client.models._provisioning_template" not in loaded, loaded
        assert len(_operations.OPERATIONS) == 14
        print(len(loaded))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT / "generated" / "iotda-client",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert 0 < int(done.stdout.strip()) < 10
