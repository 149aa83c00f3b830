from claimkit.cli import entry

entry()
