package org.roundtable.vote.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReceiptsTest {

    @Test
    void writesTenCharactersWithoutLettersThatReadLikeDigits() {
        assertThat(IntStream.range(0, 1_000).mapToObj(i -> Receipts.next()))
                .allMatch(receipt -> receipt.matches("[0-9A-HJKMNP-TV-Z]{10}"));
    }

    @Test
    void neverRepeatsAReceiptInTenThousand() {
        Set<String> receipts = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> receipts.add(Receipts.next()));

        assertThat(receipts).hasSize(10_000);
    }
}
