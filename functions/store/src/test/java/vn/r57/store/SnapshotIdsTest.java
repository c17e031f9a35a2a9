package vn.r57.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnapshotIdsTest {

    @Test
    void generatedIdsAreWellFormedAndDistinct() {
        String first = SnapshotIds.generate();
        String second = SnapshotIds.generate();

        assertEquals(26, first.length());
        assertTrue(SnapshotIds.isWellFormed(first));
        assertNotEquals(first, second);
    }

    @Test
    void anythingElseIsNotAnId() {
        assertFalse(SnapshotIds.isWellFormed(null));
        assertFalse(SnapshotIds.isWellFormed(""));
        assertFalse(SnapshotIds.isWellFormed("abcdefghijklmnopqrstuvwxy"));
        assertFalse(SnapshotIds.isWellFormed("abcdefghijklmnopqrstuvwxyz2"));
        assertFalse(SnapshotIds.isWellFormed("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        assertFalse(SnapshotIds.isWellFormed("abcdefghijklmnopqrstuvwx01"));
        assertFalse(SnapshotIds.isWellFormed("../../etc/passwdabcdefghij"));
    }
}
