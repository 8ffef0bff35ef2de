from unga.estimators.bridging import find_repeats, item_groups
from unga.estimators.dynamic_ordinal import DynamicOrdinalFit, DynamicOrdinalIdealPoints, fit_dynamic_ordinal
__all__ = ["DynamicOrdinalFit", "DynamicOrdinalIdealPoints", "find_repeats", "fit_dynamic_ordinal", "item_groups"]
