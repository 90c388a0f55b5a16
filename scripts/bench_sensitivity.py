# SPDX-License-Identifier: GPL-2.0-or-later
"""Benchmark (not a test): the sensitivity analysis, 1 000 perturbations over 10 000 sites.

Synthetic sub-scores for the bundled battery profile (seeded): 10 000 sites, a fifth of them
excluded, a tenth of the sub-scores unknown, free grid capacity 0-20 MW.  Times
``sensitivity.run_sensitivity`` with the weights drawn within +-30 % of the profile's and,
in a second measurement, the grid capacity varied by +-20 % as well.

Run: ``python scripts/bench_sensitivity.py`` (``--sites``, ``--runs``, ``--repeat``).  The
last line is ``BENCH_RESULT {json}`` for ``scripts/bench.py``; :func:`measure` can also be
imported.  Exits 0 unless a run crashed: a missed target is a figure, not a failure.
"""
import argparse
import json
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional

REPO_ROOT = Path(__file__).resolve().parents[1]
PLUGINS_DIR = REPO_ROOT / "build" / "plugins"
PLUGIN_NAME = "energistasjon"
RESULT_PREFIX = "BENCH_RESULT "
#: The target of issue 14: 1 000 perturbations over 10 000 sites "in a few seconds".
TARGET_SECONDS = 5.0


def _import_path() -> None:
    """Import the plugin as QGIS does (package ``energistasjon`` in a plugins folder), never
    from the repository root, whose ``processing/`` would shadow QGIS's own."""
    link = PLUGINS_DIR / PLUGIN_NAME
    if not link.exists():
        PLUGINS_DIR.mkdir(parents=True, exist_ok=True)
        try:
            link.symlink_to(REPO_ROOT, target_is_directory=True)
        except FileExistsError:
            pass
    sys.path[:] = [p for p in sys.path if p not in ("", ".") and Path(p).resolve() != REPO_ROOT]
    if str(PLUGINS_DIR) not in sys.path:
        sys.path.insert(0, str(PLUGINS_DIR))


def synthetic_table(sites: int, seed: int = 14):
    """A scored layer's battery columns with random sub-scores (seeded)."""
    import numpy as np
    import pandas as pd
    from energistasjon.energistasjon_plugin.core import profiles, value_functions

    profile = profiles.load_bundled_profile("battery")
    rng = np.random.default_rng(seed)
    p = profile.field_prefix
    columns = {}
    for factor in profile.factors:
        sub = np.round(rng.uniform(0, 1, sites), 3)
        sub[rng.uniform(0, 1, sites) < 0.1] = np.nan
        columns["{}_{}_s".format(p, factor.id)] = sub
    grid = next(f for f in profile.factors if f.criterion == "grid_free_mw")
    raw = np.round(rng.uniform(0, 20, sites), 2)
    columns["{}_{}".format(p, grid.id)] = raw
    columns["{}_{}_s".format(p, grid.id)] = np.round(value_functions.evaluate(grid.function, raw), 3)
    columns[p + "_excluded"] = rng.uniform(0, 1, sites) < 0.2
    return pd.DataFrame(columns), profile


def measure(sites: int = 10_000, runs: int = 1_000, repeat: int = 3) -> Dict[str, float]:
    """Best-of-``repeat`` wall time (s) of the weights-only and the weights + grid analysis."""
    from energistasjon.energistasjon_plugin.core import sensitivity
    from energistasjon.energistasjon_plugin.core.weight_sets import weight_set_from_profile

    table, profile = synthetic_table(sites)
    base = weight_set_from_profile(profile)
    low, high = sensitivity.bounds_from_share(base.vector(profile), 0.3)
    result = {"sites": sites, "runs": runs}
    for key, share in (("weights_s", 0.0), ("weights_and_grid_s", 0.2)):
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            sensitivity.run_sensitivity(table, profile, base, low, high, runs=runs, top_k=10, grid_share=share,
                                        seed=1)
            times.append(time.perf_counter() - start)
        result[key] = min(times)
    return result


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Time the sensitivity analysis (a benchmark, not a test).")
    parser.add_argument("--sites", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    _import_path()
    result = measure(args.sites, args.runs, args.repeat)
    for key, what in (("weights_s", "weights perturbed"), ("weights_and_grid_s", "weights and grid capacity")):
        verdict = "PASS" if result[key] <= TARGET_SECONDS else "MISS"
        print("sensitivity: {runs} perturbations x {sites} sites, {what}: {t:.2f} s (target {target:.0f} s) {v}"
              .format(runs=args.runs, sites=args.sites, what=what, t=result[key], target=TARGET_SECONDS, v=verdict))
    result["target_s"] = TARGET_SECONDS
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
