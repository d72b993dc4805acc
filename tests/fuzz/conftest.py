"""The atheris harnesses are programs, not test modules: pytest leaves them alone.

They import atheris, which the test extras do not install; run them with
``bash tests/fuzz/run.sh`` (see docs/howto/fuzzing.md).
"""

collect_ignore_glob = ["fuzz_*.py"]
