"""p4's scorer (the same gold format) over this folder's gold.py and articles: python score.py out.json
(as p11's score.py: it runs ../p4/score.py, i.e. the date_probes folder's p4; set P4_DIR if p4 is elsewhere;
failing both, /work/main/benchmarks/date_probes/p4 is used)"""
import os
import runpy

os.environ["PROBE_DIR"] = os.path.dirname(os.path.abspath(__file__))
P4 = os.environ.get("P4_DIR") or os.path.join(os.environ["PROBE_DIR"], "..", "p4")
if not os.path.exists(os.path.join(P4, "score.py")):
    P4 = "/work/main/benchmarks/date_probes/p4"
runpy.run_path(os.path.join(P4, "score.py"), run_name="__main__")
