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
