package dev.billingone.workstation.imports;

import java.nio.charset.StandardCharsets;

/**
 * The first row each natural key appeared on, for duplicate detection across a whole file in bounded memory:
 * keys are kept as 64-bit hashes in open-addressing arrays (12 bytes a key instead of ~110 for a
 * {@code HashMap<String, Integer>}), so a million-row file costs ~24 MB, not ~110 MB. Two different keys would have
 * to share a 64-bit hash to be reported as duplicates: for a million keys that is a chance of about 1 in 36 million.
 */
final class FirstRows {
    private long[] hashes = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    /** Records {@code row} as the first row of {@code key} and returns 0, or returns the row the key was first seen on. */
    int putIfAbsent(String key, int row) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        long hash = hash(key);
        int slot = slot(hash, hashes.length);
        while (hashes[slot] != 0) {
            if (hashes[slot] == hash) {
                return rows[slot];
            }
            slot = (slot + 1) & (hashes.length - 1);
        }
        hashes[slot] = hash;
        rows[slot] = row;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int slot = slot(oldHashes[i], hashes.length);
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & (hashes.length - 1);
                }
                hashes[slot] = oldHashes[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static int slot(long hash, int capacity) {
        return (int) (hash ^ (hash >>> 32)) & (capacity - 1);
    }

    /** FNV-1a over the UTF-8 bytes, then a murmur3 finaliser to spread the bits; 0 is reserved for "empty". */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
