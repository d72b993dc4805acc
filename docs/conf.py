"""Sphinx configuration for newsrec's documentation."""

import newsrec

project = "newsrec"
author = "The newsrec developers"
copyright = "2026, The newsrec developers"
release = newsrec.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# No intersphinx: CI builds offline, so links to other projects' docs would fail.

nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(attr|attrs|cattrs|hypothesis|_io|typing_extensions)\..*"),
    (r"py:.*", r"(T|Number|Source|datetime\..*|decimal\..*|collections\.abc\..*|typing\..*|IO|os\..*)"),
    (r"py:.*", r"newsrec\.(json|jsonl|strategies)\.T"),
    (r"py:class", r"(int|str|bool|float|object|type|tuple|list|dict|bytes|None|Ellipsis)"),
    (r"py:exc", r"(ValueError|TypeError|OSError|UserWarning|Exception)"),
    (r"py:class", r"(SearchStrategy|st\..*|hypothesis\.strategies\..*)"),
    (r"py:class", r"newsrec\.(_[a-z_]+)\..*"),
    # Other projects' names: no intersphinx offline, so they are left as plain text.
    (r"py:.*", r"(csv|json|multiprocessing|concurrent|pa|pd|pandas|pyarrow|dask|db|dd|jsonschema|referencing)(\..*)?"),
]

html_theme = "furo"
html_title = f"newsrec {release}"
