from unga.estimators.bridging import find_repeats, item_groups
from unga.estimators.dynamic_ordinal import DynamicOrdinalFit, DynamicOrdinalIdealPoints, fit_dynamic_ordinal
from unga.estimators.gibbs_ordinal import GibbsFit, GibbsOrdinalIdealPoints, fit_gibbs_ordinal
__all__ = ["DynamicOrdinalFit", "DynamicOrdinalIdealPoints", "GibbsFit", "GibbsOrdinalIdealPoints", "find_repeats",
           "fit_dynamic_ordinal", "fit_gibbs_ordinal", "item_groups"]
