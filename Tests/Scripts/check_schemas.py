#!/usr/bin/env python3
"""Validate every data file in DATA_DIR against its JSON Schema in SCHEMA_DIR.

Usage: check_schemas.py DATA_DIR SCHEMA_DIR
Prints one line per problem and exits 1 if any file fails, 0 if all pass.
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator


def main() -> int:
    data_dir, schema_dir = map(pathlib.Path, sys.argv[1:3])
    failures = 0
    schemas = sorted(schema_dir.glob("*.schema.json"))
    if not schemas:
        print(f"no schemas in {schema_dir}")
        return 1
    for schema_path in schemas:
        stem = schema_path.name[: -len(".schema.json")]
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        # Scenarios are one file each under scenarios/, not one array file.
        if stem == "scenario":
            data_paths = sorted((data_dir / "scenarios").glob("*.json"))
        # Briefing decks likewise: one deck per file under briefings/.
        elif stem == "briefing":
            data_paths = sorted((data_dir / "briefings").glob("*.json"))
        # The map's outlines are GeoJSON under geo/, and optional.
        elif stem == "outlines":
            data_paths = [path for path in [data_dir / "geo" / "outlines.geojson"] if path.exists()]
        else:
            data_paths = [data_dir / f"{stem}.json"]
        for data_path in data_paths:
            if not data_path.exists():
                print(f"{data_path}: missing")
                failures += 1
                continue
            document = json.loads(data_path.read_text(encoding="utf-8"))
            for error in Draft202012Validator(schema).iter_errors(document):
                path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
                print(f"{data_path}: {path}: {error.message}")
                failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
