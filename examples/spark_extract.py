"""newsmark on Apache Spark: the entities of JSON Lines articles, extracted on the executors.

    spark-submit examples/spark_extract.py INPUT OUTPUT_DIR [--partitions N]
        [--reference-date YYYY-MM-DD] [--labels PERSON,DATE] [--day-first | --month-first]

INPUT (a file, folder or glob; gzip works too) holds one {"id", "text"[, "reference_date"]} per
line, what `newsmark --jsonl` reads. OUTPUT_DIR gets JSON Lines part files with one result per
article, each line exactly what `newsmark --jsonl` prints for that record: for one input file,
`cat OUTPUT_DIR/part-*` is the CLI's output byte for byte, in input order.

Why it is built this way: lines are read as plain text (split at "\\n" only, as the CLI does)
and handed to the Rust core unparsed, so Python never re-encodes ids, numbers or offsets; each
partition builds one `newsmark.Extractor` and feeds it batches of lines on one thread, since
Spark already runs one task per executor core. It needs pyspark and the newsmark package on
every executor (README: "Spark: millions of articles").
"""

import argparse
import sys
import time

from pyspark.sql import SparkSession

# Lines handed to the core at a time: amortises the call, keeps a task's memory small.
BATCH_LINES = 256


def extract_partition(options):
    """The function Spark runs on each partition's lines, yielding output lines."""

    def run(lines):
        import newsmark  # imported on the executor

        extractor = newsmark.Extractor(**options)
        batch = []
        for line in lines:
            batch.append(line)
            if len(batch) == BATCH_LINES:
                yield from extractor.extract_jsonl(batch, threads=1)
                batch = []
        yield from extractor.extract_jsonl(batch, threads=1)

    return run


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines articles: a file, folder or glob")
    parser.add_argument("output", help="folder to create for the JSON Lines results")
    parser.add_argument(
        "--partitions",
        type=int,
        help="at least this many partitions (default: 4 per core), each one output part file",
    )
    parser.add_argument("--reference-date", help="for records without their own (YYYY-MM-DD)")
    parser.add_argument("--labels", help="only these labels, comma-separated (PERSON,DATE)")
    order = parser.add_mutually_exclusive_group()
    order.add_argument("--day-first", dest="day_first", action="store_const", const=True)
    order.add_argument("--month-first", dest="day_first", action="store_const", const=False)
    return parser.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    options = {
        "reference_date": args.reference_date,
        "labels": [label.strip().upper() for label in args.labels.split(",")]
        if args.labels
        else None,
        "day_first": args.day_first,
    }
    spark = (
        SparkSession.builder.appName("newsmark")
        # Lines end at "\n" alone, as for the CLI (Hadoop's default also ends them at "\r").
        .config("spark.hadoop.textinputformat.record.delimiter", "\n")
        .getOrCreate()
    )
    sc = spark.sparkContext
    import newsmark  # on the driver: bad options fail here, before any task starts

    newsmark.Extractor(**options)
    partitions = args.partitions or 4 * sc.defaultParallelism
    started = time.perf_counter()
    lines = sc.textFile(args.input, minPartitions=partitions)
    lines.mapPartitions(extract_partition(options)).saveAsTextFile(args.output)
    print(
        f"newsmark: {args.output} written in {time.perf_counter() - started:.2f} s "
        f"({lines.getNumPartitions()} partitions)",
        file=sys.stderr,
    )
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
