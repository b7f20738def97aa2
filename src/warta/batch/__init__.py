"""Batch runs of the pipeline over many articles.

* :mod:`warta.batch.local` — ``run_local(items, workers)``: ordered, bounded, one pipeline per
  worker process (fork server with the model preloaded).
* :mod:`warta.batch.runner` — ``extract_stream`` (stdout), ``extract_file`` (one resumable JSONL
  file), ``extract_dir`` (shards + manifest, local or Dask engine).
* :mod:`warta.batch.shards` — the sharded output directory and its manifest.
* :mod:`warta.batch.dask_engine` — shards as Dask tasks (LocalCluster or an existing scheduler).

See ``docs/scale.md``.
"""
