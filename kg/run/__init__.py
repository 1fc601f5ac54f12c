"""Running a build: in one process, in worker processes or on a Dask cluster."""
