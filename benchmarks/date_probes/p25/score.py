"""p4's scorer (the same gold format) over this folder's gold.py and articles: python3 score.py out.json
(p18's score.py (itself p17's), adapted only in this docstring: it runs ../p4/score.py, i.e. the date_probes folder's p4 when this
folder sits beside it; set P4_DIR if p4 is elsewhere; failing both, /work/main/benchmarks/date_probes/p4 is used).
PROBE_DIR is always this file's own folder, so it runs from anywhere: python3 /path/to/p19/score.py out.json"""
import os
import runpy
import sys

os.environ["PROBE_DIR"] = os.path.dirname(os.path.abspath(__file__))
P4 = os.environ.get("P4_DIR") or os.path.join(os.environ["PROBE_DIR"], "..", "p4")
if not os.path.exists(os.path.join(P4, "score.py")):
    P4 = "/work/main/benchmarks/date_probes/p4"
if not os.path.exists(os.path.join(P4, "score.py")):
    sys.exit(f"p4's score.py not found at {P4}: set P4_DIR")
runpy.run_path(os.path.join(P4, "score.py"), run_name="__main__")
