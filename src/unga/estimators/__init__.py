from unga.estimators.dynamic_ordinal import DynamicOrdinalFit, DynamicOrdinalIdealPoints, fit_dynamic_ordinal
__all__ = ["DynamicOrdinalFit", "DynamicOrdinalIdealPoints", "fit_dynamic_ordinal"]
