package vn.r57.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Roots and rates in decimal arithmetic: exact where the root is a short decimal, 34 digits otherwise. */
class GrowthTest {

    @Test
    void shortDecimalRootsAreExact() {
        assertEquals("1.1", Growth.root(new BigDecimal("1.21"), 2).toPlainString());
        assertEquals("1.1", Growth.root(new BigDecimal("1.771561"), 6).toPlainString());
        assertEquals("10", Growth.root(new BigDecimal("1000000"), 6).toPlainString());
        assertEquals("0.5", Growth.root(new BigDecimal("0.015625"), 6).toPlainString());
    }

    @Test
    void otherRootsHaveThirtyFourSignificantDigits() {
        assertEquals("1.414213562373095048801688724209698", Growth.root(new BigDecimal("2"), 2).toPlainString());
        assertEquals("0.0001", Growth.root(new BigDecimal("1E-100"), 25).stripTrailingZeros().toPlainString());
    }

    @Test
    void theAnnualRateIsTheRootOfTheQuotientLessOne() {
        assertEquals("0.1", Growth.annualRate(new BigDecimal("50"), new BigDecimal("60.5"), 2).toPlainString());
        assertEquals("-1", Growth.annualRate(new BigDecimal("50"), BigDecimal.ZERO, 2).toPlainString());
    }

    @Test
    void aNegativeQuotientHasNoRoot() {
        assertThrows(ArithmeticException.class, () -> Growth.root(new BigDecimal("-1"), 2));
    }
}
