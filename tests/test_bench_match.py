"""bench/match.py --stages: each stage of `match_products` timed, on a small run (no figure is asserted)."""

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_each_stage_of_a_match_is_printed_once_and_the_matcher_is_left_as_it_was(capsys):
    sys.path.insert(0, str(BENCH))
    import match

    def stage_functions():
        return [getattr(*match.stage_owner(module, name)) for module, name, _ in match.STAGES]

    before = stage_functions()
    match.full_run(400, stages=True)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("400 x 400:") and "matched" in lines[0]
    for _, _, what in match.STAGES:
        assert sum(line.startswith(f"  {what} ") for line in lines) == 1, what
    assert stage_functions() == before


def test_a_checkout_compared_with_itself_gives_the_same_frames(tmp_path):
    import subprocess

    root = BENCH.parent
    done = subprocess.run([sys.executable, "match_same.py", "--before", str(root), "--size", "300", "--data",
                           str(tmp_path)], capture_output=True, text=True, timeout=600, cwd=BENCH)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("same (") == 3 and "every frame the same" in done.stdout
    assert "walmart-amazon left out" in done.stdout


def test_kept_frames_are_read_again_only_for_a_run_made_alike(tmp_path):
    import subprocess

    root, kept = BENCH.parent, tmp_path / "before.pickle"

    def run(size: str) -> str:
        done = subprocess.run([sys.executable, "match_same.py", "--before", str(root), "--size", size, "--data",
                               str(tmp_path), "--frames", str(kept)], capture_output=True, text=True, timeout=600,
                              cwd=BENCH)
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    assert "as kept" not in run("200") and kept.exists()
    assert "its frames as kept in" in run("200")
    assert "are of another run" in run("250")


def test_the_german_competitor_names_its_types_in_german_and_the_vocabulary_reads_them():
    sys.path.insert(0, str(BENCH))
    import match

    from benchmark.matching import match_products

    ours, theirs, _ = match.catalogues(1500, 1500)
    german_ours, german, truth = match.catalogues(1500, 1500, their_types=match.GERMAN_TYPES)
    assert german_ours.equals(ours)
    apart = {en for en, de in match.GERMAN_TYPES.items() if en != de.lower()}
    words = {w for name in german.name for w in name.lower().split()}
    assert not words & apart and "staubsauger" in words
    found = match_products(german_ours, german, workers=1)
    # The reading is said in the reasons: the run exercises the vocabulary stage, which English never does.
    assert found.reason.str.contains("'staubsauger' read as 'vacuum'").any()


def test_match_same_compares_the_german_competitor_too(tmp_path):
    import subprocess

    root = BENCH.parent
    done = subprocess.run([sys.executable, "match_same.py", "--before", str(root), "--size", "300", "--data",
                           str(tmp_path), "--german"], capture_output=True, text=True, timeout=600, cwd=BENCH)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("same (") == 6 and done.stdout.count("German types") >= 3


def test_the_memory_of_the_tree_counts_a_child_that_this_process_alone_does_not():
    import subprocess

    import pytest

    sys.path.insert(0, str(BENCH))
    from peak_memory import TreeMemory

    if not Path("/proc/self/smaps_rollup").exists():
        pytest.skip("no /proc/PID/smaps_rollup on this system: the tree's memory is not measured here")
    # A child that holds 200 MB of its own (written, so resident) until told to go.
    child = subprocess.Popen([sys.executable, "-c", "import sys; b = bytearray(200 * 2**20); b[::4096] = "
                              "b'x' * len(b[::4096]); print('ready', flush=True); sys.stdin.read()"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        with TreeMemory(interval=0.02) as tree:
            import time

            time.sleep(0.3)
    finally:
        child.communicate("", timeout=30)
    assert tree.processes >= 2
    assert tree.pss_mb > 200 and tree.rss_mb >= tree.pss_mb


def test_a_full_run_asked_for_the_tree_memory_prints_it(capsys):
    sys.path.insert(0, str(BENCH))
    import match

    match.full_run(300, memory_tree=True)
    out = capsys.readouterr().out
    assert "this process and its workers together, at most:" in out
    assert "MB PSS over" in out or "not measured (no /proc here)" in out


def test_a_full_run_asked_for_stages_and_the_tree_memory_says_where_the_memory_goes(capsys):
    sys.path.insert(0, str(BENCH))
    import match

    if not Path("/proc/self/smaps_rollup").exists():
        import pytest

        pytest.skip("no /proc/PID/smaps_rollup on this system: the tree's memory is not measured here")
    match.full_run(300, stages=True, memory_tree=True)
    out = capsys.readouterr().out
    assert "at that peak: this process" in out and "peak PSS MB (innermost stage)" in out
    # A stage sampled while it ran has its peak beside its seconds (wall, CPU here, workers, MB).
    import re

    peaks = [int(m[1]) for m in re.finditer(r"\d+\.\d +\d+\.\d +\d+\.\d +(\d+)$", out, re.M)]
    assert peaks and min(peaks) > 10
