package vn.r57.core.catalog;

import java.math.BigDecimal;

/** A national target (Resolution 57-NQ/TW or its implementing letters) for one indicator. */
public record NationalTarget(BigDecimal value, int year, String note) {}
