"""p4's scorer (the same gold format) over this folder's gold.py and articles: python score.py out.json"""
import os
import runpy

os.environ["PROBE_DIR"] = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(os.environ["PROBE_DIR"], "..", "p4", "score.py"), run_name="__main__")
