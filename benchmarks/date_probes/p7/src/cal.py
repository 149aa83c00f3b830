import os, runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "p5", "src", "cal.py"), run_name="__main__")  # p5's weekday tables
