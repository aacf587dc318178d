#!/bin/sh
# Stands in for a web browser in tests ($BROWSER): hands the URL authctl opens to
# the test, which then drives headless Chromium to it.
printf '%s\n' "$1" >> "$AUTHCTL_TEST_BROWSER_FILE"
