"""The problems of the category catalogue and of the commune settings (core/catalogue.py codes)
as translated sentences."""

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication

from ..core import catalogue as rules


def templates() -> Dict[str, str]:
    """One translated sentence per code; the parameters are those of core/catalogue.MESSAGES."""
    translate = QCoreApplication.translate
    return {
        rules.BAD_CODE: translate(
            "CatalogueText",
            "invalid category code '{code}' (lower-case letters, digits, '_', '-', '.'; at most "
            "63 characters)",
        ),
        rules.DUPLICATE_CODE: translate("CatalogueText", "duplicate category code '{code}'"),
        rules.EMPTY_PUBLIC_LABEL: translate(
            "CatalogueText", "empty public label for category '{code}'"
        ),
        rules.EMPTY_GROUP: translate("CatalogueText", "empty group for category '{code}'"),
        rules.NEGATIVE_DELAY: translate(
            "CatalogueText", "negative handling delay for category '{code}'"
        ),
        rules.OWN_PARENT: translate("CatalogueText", "category '{code}' is its own parent"),
        rules.MISSING_PARENT: translate(
            "CatalogueText", "category '{code}' points to a missing parent '{parent}'"
        ),
        rules.NESTED_PARENT: translate(
            "CatalogueText",
            "category '{code}': parent '{parent}' is itself a sub-category (only two levels)",
        ),
        rules.NO_DATA_ROW: translate("CatalogueText", "the file has no data row"),
        rules.MISSING_COLUMNS: translate(
            "CatalogueText", "missing column(s): {missing} (found: {found})"
        ),
        rules.NOT_A_NUMBER: translate(
            "CatalogueText",
            "column '{column}': '{value}' is not a whole number (write a number of days such as "
            "5, or leave the cell empty)",
        ),
        rules.NOT_YES_NO: translate(
            "CatalogueText",
            "column '{column}': '{value}' is not a yes/no value (write true or false, oui or "
            "non, 1 or 0)",
        ),
        rules.NOT_A_STAGE: translate(
            "CatalogueText",
            "column '{column}': '{value}' is not an opening stage (write closed, agents or public)",
        ),
        rules.NOT_A_DATE: translate(
            "CatalogueText",
            "column '{column}': '{value}' is not a date (write YYYY-MM-DD or DD/MM/YYYY)",
        ),
        rules.UNKNOWN_COMMUNE: translate("CatalogueText", "unknown commune code '{insee}'"),
        rules.UNKNOWN_CATEGORY: translate("CatalogueText", "unknown category '{code}'"),
        rules.SUBCATEGORY_CELL: translate(
            "CatalogueText", "'{code}' is a sub-category: open or close its parent '{parent}'"
        ),
        rules.DUPLICATE_CELL: translate(
            "CatalogueText", "cell {insee} x {code} already given at line {line}"
        ),
        rules.DATES_REVERSED: translate("CatalogueText", "valid_to is before valid_from"),
        rules.CATALOGUE_REFUSED: translate(
            "CatalogueText", "The category catalogue {source} cannot be imported:"
        ),
        rules.SETTINGS_REFUSED: translate(
            "CatalogueText", "The commune settings {source} cannot be imported:"
        ),
    }
