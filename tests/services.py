"""Tests that need a real service skip locally when it is missing, and fail on CI."""

import os

import pytest


def on_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_service(name: str, available: bool, why: str = "") -> None:
    if available:
        return
    message = f"{name} is not available{': ' + why if why else ''}"
    if on_ci():
        pytest.fail(f"{message} (CI=true: nothing may skip)")
    pytest.skip(message)
