"""Modules found by name in every installed app, so no central list names the apps.

How a new app uses it: put a module with the agreed name in the app, e.g.
`orders/demo.py` with `seed(*, users, customers, stdout)` for `seed_demo`;
`app_modules("demo")` finds it in INSTALLED_APPS order.
"""

from collections.abc import Iterator
from importlib import import_module
from types import ModuleType

from django.apps import apps
from django.utils.module_loading import module_has_submodule


def app_modules(name: str, *, exclude: tuple[str, ...] = ()) -> Iterator[ModuleType]:
    """`<app>.<name>` of every installed app that has one, in INSTALLED_APPS order."""
    for config in apps.get_app_configs():
        if config.name not in exclude and module_has_submodule(config.module, name):
            yield import_module(f"{config.name}.{name}")
