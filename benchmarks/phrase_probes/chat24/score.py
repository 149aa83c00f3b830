"""chat3's scorer (the same row format) over this folder's cases.py:

python score.py write            -> cases/*.md
python score.py score out.json   -> scores + failures
"""
import os
import runpy

os.environ["PROBE_DIR"] = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(os.environ["PROBE_DIR"], "..", "chat3", "score.py")
if not os.path.exists(SCORER):  # this folder sits outside phrase_probes/
    SCORER = "/work/main/benchmarks/phrase_probes/chat3/score.py"
runpy.run_path(SCORER, run_name="__main__")
