package org.roundtable.vote.command;

import java.security.SecureRandom;

/**
 * Ballot receipts: 10 characters of Crockford's base32 alphabet (no I, L, O or U, so a receipt
 * read aloud or copied by hand is not mistaken), 50 random bits from a {@link SecureRandom}.
 */
final class Receipts {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {
    }

    static String next() {
        char[] receipt = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            receipt[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(receipt);
    }
}
