#!/usr/bin/env python3
"""Load the event table (./ckg export --format csv --out events.csv) into pandas.

Usage: python3 events_pandas.py [events.csv]
Prints the number of events, how many have a date, and the events per ACLED sub-event type
(type, a tab, the count).
"""
import sys

import pandas as pd

path = sys.argv[1] if len(sys.argv) > 1 else "events.csv"

events = pd.read_csv(
    path,
    parse_dates=["event_date"],
    dtype={"event_id": str, "actor1_qid": str, "actor2_qid": str, "location_qid": str, "fatalities": "Int64"},
)

print(f"events\t{len(events)}")
print(f"dated\t{events['event_date'].notna().sum()}")
for sub_event_type, count in events.groupby("sub_event_type").size().sort_values(ascending=False).items():
    print(f"{sub_event_type}\t{count}")
