"""The ``warta`` command: a thin face over the library.

Each sub-module adds its commands to :data:`main`. Library errors
(:class:`warta.errors.WartaError`) become a one-line message and exit code 2.
"""

from __future__ import annotations

import importlib
import sys

import click

from warta import __version__, build
from warta.errors import WartaError

COMMAND_MODULES = ("extract", "gazetteer", "store", "web")


class _Group(click.Group):
    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            return super().invoke(ctx)
        except WartaError as err:
            click.echo(f"Error [{err.code}]: {err}", err=True)
            sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warta", message=f"%(prog)s %(version)s ({build()} build)")
def main() -> None:
    """warta: conflict news into evidence, every field traceable to its text."""


for _name in COMMAND_MODULES:
    try:
        importlib.import_module(f"warta.cli.{_name}")
    except ModuleNotFoundError as _err:
        if _err.name != f"warta.cli.{_name}":
            raise
