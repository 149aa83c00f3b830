"""p4's scorer (the same gold format) over this folder's gold.py and articles: python score.py out.json
(as p7's score.py: it runs ../p4/score.py, i.e. the date_probes folder's p4; set P4_DIR if p4 is elsewhere)"""
import os
import runpy

os.environ["PROBE_DIR"] = os.path.dirname(os.path.abspath(__file__))
P4 = os.environ.get("P4_DIR") or os.path.join(os.environ["PROBE_DIR"], "..", "p4")
runpy.run_path(os.path.join(P4, "score.py"), run_name="__main__")
