"""The embedded gazetteer: an SQLite index of countries, admin units and
settlements built once from packaged GeoNames data, plus lookup, ranking and
precision codes. Nothing here knows about any one language."""

from warta.geo.gazetteer import Candidate, Gazetteer, default_gazetteer
from warta.geo.precision import acled_geo_precision, ucdp_where_prec

__all__ = ["Candidate", "Gazetteer", "default_gazetteer",
           "acled_geo_precision", "ucdp_where_prec"]
