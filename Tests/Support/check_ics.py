#!/usr/bin/env python3
"""Checks an iCalendar file independently of wf and prints a JSON summary.

Usage: check_ics.py FILE.ics

Raw checks (RFC 5545 §3.1): every line ends in CRLF, is at most 75 octets and valid UTF-8;
continuation lines start with a space. Then the file is parsed with the `icalendar` library
(pip install icalendar) and its components are summarised as JSON on standard output.
Exit status: 0 ok, 1 a check failed (the reason on standard error), 3 icalendar is missing.
"""
import json
import sys

try:
    import icalendar
except ImportError:
    print("python's icalendar is missing: pip install icalendar", file=sys.stderr)
    sys.exit(3)


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def raw_checks(data):
    if not data.endswith(b"\r\n"):
        fail("the file does not end in CRLF")
    lines = data.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {number}: a bare LF or CR")
        if len(line) > 75:
            fail(f"line {number}: {len(line)} octets (more than 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as error:
            fail(f"line {number}: not valid UTF-8 ({error})")
    return len(lines)


def text(value):
    if value is None:
        return None
    if hasattr(value, "to_ical"):
        ical = value.to_ical()
        return ical.decode("utf-8") if isinstance(ical, bytes) else str(ical)
    return str(value)


def date_value(component, name):
    prop = component.get(name)
    if prop is None:
        return None
    value = prop.dt
    result = {"value": value.isoformat(), "date_only": not hasattr(value, "hour")}
    tzid = prop.params.get("TZID")
    if tzid:
        result["tzid"] = tzid
    return result


def main():
    if len(sys.argv) != 2:
        fail("usage: check_ics.py FILE.ics")
    with open(sys.argv[1], "rb") as handle:
        data = handle.read()
    line_count = raw_checks(data)
    calendar = icalendar.Calendar.from_ical(data)
    summary = {
        "lines": line_count,
        "version": text(calendar.get("VERSION")),
        "prodid": text(calendar.get("PRODID")),
        "calscale": text(calendar.get("CALSCALE")),
        "calname": str(calendar.get("X-WR-CALNAME")),
        "timezones": [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")],
        "todos": [],
        "events": [],
    }
    uids = set()
    for component in calendar.walk():
        if component.name not in ("VTODO", "VEVENT"):
            continue
        uid = str(component.get("UID"))
        if uid in uids:
            fail(f"duplicate UID {uid}")
        uids.add(uid)
        if component.get("DTSTAMP") is None:
            fail(f"{uid}: no DTSTAMP")
        item = {
            "uid": uid,
            "summary": str(component.get("SUMMARY")),
            "description": str(component.get("DESCRIPTION")) if component.get("DESCRIPTION") else None,
            "status": str(component.get("STATUS")) if component.get("STATUS") else None,
        }
        if component.name == "VTODO":
            item["due"] = date_value(component, "DUE")
            summary["todos"].append(item)
        else:
            item["start"] = date_value(component, "DTSTART")
            item["end"] = date_value(component, "DTEND")
            item["location"] = str(component.get("LOCATION")) if component.get("LOCATION") else None
            alarms = []
            for alarm in component.walk("VALARM"):
                trigger = alarm.get("TRIGGER")
                value = trigger.dt
                if hasattr(value, "total_seconds"):
                    alarms.append({"relative_seconds": int(value.total_seconds())})
                else:
                    alarms.append({"absolute": value.isoformat()})
                if str(alarm.get("ACTION")) != "DISPLAY":
                    fail(f"{uid}: an alarm without ACTION:DISPLAY")
            item["alarms"] = alarms
            summary["events"].append(item)
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
