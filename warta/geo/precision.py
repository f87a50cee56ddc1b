"""Geographic precision codes of event datasets (ACLED ``geo_precision``,
UCDP ``where_prec``); they live in :mod:`warta.model`, beside the precisions
they translate."""

from warta.model import acled_geo_precision, ucdp_where_prec

__all__ = ["acled_geo_precision", "ucdp_where_prec"]
