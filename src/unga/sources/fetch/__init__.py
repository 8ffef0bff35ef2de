"""Fetching the sources from their publishers (`unga update`): the catalogue of their files (publishers.py),
the downloader (download.py), the record of what was fetched (manifest.py) and the run over them (update.py).

Fetching is apart from parsing: the files land in a sources folder in the layout the readers know, and a
reader never knows where its file came from. docs/data.md, "Getting the data", describes it for users.
"""
