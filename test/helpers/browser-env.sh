#!/bin/sh
# Stands in for a web browser that writes down the environment it was started with.
env > "$AUTHCTL_TEST_BROWSER_ENV_FILE"
