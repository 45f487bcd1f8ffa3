package org.roundtable.vote.command;

import java.security.SecureRandom;

/**
 * Ballot receipts: 10 characters of Crockford's base32 alphabet (no I, L, O or U, so a receipt
 * read aloud or copied by hand is not mistaken), 50 random bits from a {@link SecureRandom}.
 */
public final class Receipts {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {
    }

    /** One draw of 64 random bits, of which 50 become the 10 characters (5 bits each). */
    public static String next() {
        long bits = RANDOM.nextLong();
        char[] receipt = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            receipt[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(receipt);
    }
}
