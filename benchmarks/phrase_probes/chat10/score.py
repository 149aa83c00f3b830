"""chat2's scorer (the same row format) over this folder's cases.py:

python score.py write            -> cases/*.txt
python score.py score out.json   -> scores + failures (report.txt, failures.json)
"""
import os
import runpy

os.environ["PROBE_DIR"] = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(os.environ["PROBE_DIR"], "..", "chat2", "score.py"), run_name="__main__")
